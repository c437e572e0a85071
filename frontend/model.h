/* model.h — what semantic analysis produces: the instantiated model (its
 * parameters by dotted name), its entry functions, and the checked `train` and
 * `finetune` settings. Later phases (lowering to IR, training) read this. */
#ifndef LLMC_MODEL_H
#define LLMC_MODEL_H

#include "ast.h"
#include "ir.h"

#define FE_MAX_RANK IR_MAX_RANK

typedef enum InitKind { INIT_ZEROS, INIT_ONES, INIT_NORMAL, INIT_UNIFORM, INIT_CONSTANT } InitKind;

typedef struct ParamInfo {
  char *name;          /* dotted path: "blocks.3.attn.wq.w" */
  DType dtype;
  int rank;
  int64_t dims[FE_MAX_RANK];
  int64_t count;       /* number of elements */
  InitKind init;
  double init_a, init_b; /* normal: mean, std; uniform: lo, hi; constant: value */
  bool frozen;         /* `frozen` in the source, or selected by finetune.freeze */
  bool peft;           /* added by the finetune block's LoRA or adapters (frontend/peft.c) */
  Span span;           /* the declaration */
} ParamInfo;

/* A setting from a train or finetune block, after checking. Calls such as
 * adamw(lr = 1e-3) become records whose fields are all named. */
typedef enum SpecKind { SPEC_INT, SPEC_FLOAT, SPEC_BOOL, SPEC_STR, SPEC_LIST, SPEC_RECORD } SpecKind;
typedef struct Spec Spec;
struct Spec {
  SpecKind kind;
  Span span;
  int64_t i;
  double f;
  char *s;             /* SPEC_STR: the string; SPEC_RECORD: the constructor name */
  int n;               /* list items or record fields */
  char **names;        /* record field names */
  Spec **items;        /* list items or record field values */
};

typedef struct SpecBlock {
  bool present;
  Span span;
  int n;
  char **keys;
  Spec **values;
} SpecBlock;

/* Looks a key up in a block (NULL when absent). */
const Spec *spec_get(const SpecBlock *b, const char *key);
/* Looks a field of a record up (NULL when absent). */
const Spec *spec_field(const Spec *rec, const char *name);
double spec_num(const Spec *s, double dflt); /* int or float value, else dflt */

typedef struct Model {
  char *name;
  Span span;
  VEC(ParamInfo) params;  /* declaration order */
  int64_t total_params;
  bool has_forward, has_loss;
  SpecBlock train, finetune;
  char *dir;              /* folder of the main .llm file */
  int64_t ctx;            /* the config value `ctx` (the longest sequence the model is meant for), 0 when the
                           * program has no integer config of that name; bounds prompt tuning's seq + tokens */
} Model;

void fe_model_free(Model *m); /* accepts NULL */

#endif
