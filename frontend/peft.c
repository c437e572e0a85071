/* peft.c — LoRA's parameters in the checked model (fe_peft.h). */
#include "fe_peft.h"

#include <math.h>
#include <string.h>

#include "sema.h"

/* '*' matches any run of characters, dots included (as the freeze globs). */
static bool peft_glob(const char *pat, const char *str) {
  const char *star = NULL, *mark = NULL;
  while (*str) {
    if (*pat == '*') {
      star = pat++;
      mark = str;
    } else if (*pat == *str) {
      pat++;
      str++;
    } else if (star) {
      pat = star + 1;
      str = ++mark;
    } else {
      return false;
    }
  }
  while (*pat == '*') pat++;
  return *pat == 0;
}

/* A weight LoRA can adapt: a 2-d parameter called `w` (a linear layer's,
 * [in, out]) that a target glob selects by its own name or by the name of an
 * instance that holds it ("*.wq" selects "layers.3.attention.wq.w"). */
static bool lora_selects(const Spec *targets, const ParamInfo *p) {
  size_t ln = strlen(p->name);
  if (p->rank != 2 || ln < 1 || p->name[ln - 1] != 'w' || (ln > 1 && p->name[ln - 2] != '.')) return false;
  char *buf = xstrdup(p->name);
  bool hit = false;
  for (int g = 0; g < targets->n && !hit; g++) {
    hit = peft_glob(targets->items[g]->s, p->name);
    for (size_t i = ln; i > 0 && !hit; i--)
      if (buf[i - 1] == '.') {
        buf[i - 1] = 0;
        hit = peft_glob(targets->items[g]->s, buf);
        buf[i - 1] = '.';
      }
  }
  free(buf);
  return hit;
}

static bool name_taken(const Model *m, const char *name) {
  for (int i = 0; i < m->params.n; i++)
    if (!strcmp(m->params.v[i].name, name)) return true;
  return false;
}

void fe_peft_declare(Sema *s) {
  Model *m = s->model;
  const Spec *rec = spec_get(&m->finetune, "lora");
  const Spec *targets = spec_field(rec, "targets");
  if (!targets) return;
  int64_t rank = (int64_t)spec_num(spec_field(rec, "rank"), 8);
  int n = m->params.n; /* the model's own parameters; the new ones go after them */
  for (int i = 0; i < n; i++) {
    if (!lora_selects(targets, &m->params.v[i])) continue;
    ParamInfo w = m->params.v[i]; /* a copy: the vector grows below */
    size_t stem = strlen(w.name) - 1; /* "....wq." */
    for (int k = 0; k < 2; k++) {
      ParamInfo pi = {0};
      pi.name = xasprintf("%.*slora_%c", (int)stem, w.name, k ? 'B' : 'A');
      if (name_taken(m, pi.name)) {
        fe_error(s, rec->span, "lora: the model already has a parameter '%s' (the name of a LoRA matrix)", pi.name);
        free(pi.name);
        return;
      }
      pi.dtype = w.dtype;
      pi.rank = 2;
      pi.dims[0] = k ? rank : w.dims[0];
      pi.dims[1] = k ? w.dims[1] : rank;
      pi.count = pi.dims[0] * pi.dims[1];
      /* PEFT: A by nn.init.kaiming_uniform_(a = sqrt(5)) on its [rank, in]
       * weight: bound sqrt(6 / ((1 + 5) * in)) = 1 / sqrt(in); B zeros */
      pi.init = k ? INIT_ZEROS : INIT_UNIFORM;
      pi.init_a = k ? 0 : -1.0 / sqrt((double)w.dims[0]);
      pi.init_b = k ? 0 : 1.0 / sqrt((double)w.dims[0]);
      pi.span = rec->span;
      vec_push(&m->params, pi);
      m->total_params += pi.count;
    }
  }
}

int fe_peft_loras(const Model *m, IrLora **out) {
  *out = NULL;
  const Spec *rec = m ? spec_get(&m->finetune, "lora") : NULL;
  if (!rec) return 0;
  double rank = spec_num(spec_field(rec, "rank"), 8), alpha = spec_num(spec_field(rec, "alpha"), 16);
  double dropout = spec_num(spec_field(rec, "dropout"), 0);
  VEC(IrLora) l = {0};
  for (int i = 0; i < m->params.n; i++) {
    const char *name = m->params.v[i].name;
    size_t ln = strlen(name);
    if (ln < 7 || strcmp(name + ln - 7, ".lora_A")) continue;
    IrLora e = {xasprintf("%.*s.w", (int)(ln - 7), name), xstrdup(name), xasprintf("%.*s.lora_B", (int)(ln - 7), name),
                (int64_t)rank, alpha / rank, dropout};
    vec_push(&l, e);
  }
  *out = l.v;
  return l.n;
}

void fe_peft_loras_free(IrLora *l, int n) {
  for (int i = 0; i < n; i++) {
    free((char *)l[i].weight);
    free((char *)l[i].a);
    free((char *)l[i].b);
  }
  free(l);
}

const char *fe_peft_unsupported(const Model *m) {
  if (!m) return NULL;
  if (spec_get(&m->finetune, "adapter")) return "adapter";
  if (spec_get(&m->finetune, "prompt")) return "prompt";
  return NULL;
}
