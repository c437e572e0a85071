/* peft.c — LoRA's parameters in the checked model (fe_peft.h). */
#include "fe_peft.h"

#include <math.h>
#include <string.h>

#include "sema.h"

/* A weight LoRA can adapt: a 2-d parameter called `w` (a linear layer's,
 * [in, out]) that a target glob selects by its own name or by the name of
 * the instance that owns it ("*.wq" selects "layers.3.attention.wq.w"), as
 * the finetune block's check counts them. */
static bool lora_selects(const Spec *targets, const ParamInfo *p) {
  size_t ln = strlen(p->name);
  if (p->rank != 2 || ln < 1 || p->name[ln - 1] != 'w' || (ln > 1 && p->name[ln - 2] != '.')) return false;
  char *owner = xstrndup(p->name, ln > 1 ? ln - 2 : 0);
  bool hit = false;
  for (int g = 0; g < targets->n && !hit; g++)
    hit = fe_glob_match(targets->items[g]->s, p->name) || fe_glob_match(targets->items[g]->s, owner);
  free(owner);
  return hit;
}

static bool name_taken(const Model *m, const char *name) {
  for (int i = 0; i < m->params.n; i++)
    if (!strcmp(m->params.v[i].name, name)) return true;
  return false;
}

/* Appends a new trainable parameter to the model; false (after reporting)
 * when the name is taken. */
static bool add_param(Sema *s, const Spec *rec, char *name, DType dt, int rank, int64_t d0, int64_t d1, InitKind init,
                      double bound) {
  Model *m = s->model;
  if (name_taken(m, name)) {
    fe_error(s, rec->span, "%s: the model already has a parameter '%s' (a name the finetune block's %s needs)", rec->s,
             name, rec->s);
    free(name);
    return false;
  }
  ParamInfo pi = {0};
  pi.name = name;
  pi.dtype = dt;
  pi.rank = rank;
  pi.dims[0] = d0;
  pi.dims[1] = d1;
  pi.count = rank == 2 ? d0 * d1 : d0;
  pi.init = init;
  pi.init_a = -bound;
  pi.init_b = bound;
  pi.span = rec->span;
  pi.peft = true;
  vec_push(&m->params, pi);
  m->total_params += pi.count;
  return true;
}

/* adapter(size, targets): D [out, size] (uniform(-1/sqrt(out), 1/sqrt(out)),
 * as torch.nn.Linear), bd [size], U [size, out] and bu [out] (zeros) beside
 * the weight of every linear layer a target glob names; other instances are
 * refused when a graph is compiled (fe_peft_unsupported). */
static void declare_adapters(Sema *s, int n) {
  Model *m = s->model;
  const Spec *rec = spec_get(&m->finetune, "adapter");
  const Spec *targets = spec_field(rec, "targets");
  int64_t size = (int64_t)spec_num(spec_field(rec, "size"), 0);
  for (int i = 0; targets && i < n; i++) {
    ParamInfo w = m->params.v[i]; /* a copy: the vector grows below */
    size_t ln = strlen(w.name);
    if (w.rank != 2 || ln < 3 || strcmp(w.name + ln - 2, ".w")) continue;
    char *inst = xstrndup(w.name, ln - 2);
    bool hit = false;
    for (int g = 0; g < targets->n && !hit; g++) hit = fe_glob_match(targets->items[g]->s, inst);
    int64_t out = w.dims[1];
    double b = 1.0 / sqrt((double)out);
    if (hit && add_param(s, rec, xasprintf("%s.adapter_down", inst), w.dtype, 2, out, size, INIT_UNIFORM, b) &&
        add_param(s, rec, xasprintf("%s.adapter_down_b", inst), w.dtype, 1, size, 0, INIT_ZEROS, 0) &&
        add_param(s, rec, xasprintf("%s.adapter_up", inst), w.dtype, 2, size, out, INIT_ZEROS, 0))
      add_param(s, rec, xasprintf("%s.adapter_up_b", inst), w.dtype, 1, out, 0, INIT_ZEROS, 0);
    free(inst);
  }
}

/* prompt(tokens = n): prompt_embeddings [n, d], d the width of the token
 * table (the first 2-d parameter; the rewrite checks that it is the one the
 * sequence indexes). Init: normal(0, 1), PEFT's RANDOM (torch.nn.Embedding's
 * default); with vocab_init = true (PEFT's SAMPLE_VOCAB) `llmc train` copies
 * rows of the token table into it after the base weights are loaded. */
static void declare_prompt(Sema *s) {
  Model *m = s->model;
  const Spec *rec = spec_get(&m->finetune, "prompt");
  if (!rec) return;
  int64_t n = (int64_t)spec_num(spec_field(rec, "tokens"), 0);
  for (int i = 0; i < m->params.n; i++) {
    if (m->params.v[i].rank != 2) continue;
    ParamInfo t = m->params.v[i];
    if (add_param(s, rec, xstrdup(FE_PROMPT_PARAM), t.dtype, 2, n, t.dims[1], INIT_NORMAL, 0)) {
      ParamInfo *p = &m->params.v[m->params.n - 1];
      p->init_a = 0;
      p->init_b = 1;
    }
    return;
  }
  fe_error(s, rec->span, "prompt: the model has no 2-d parameter (a token embedding table) to size the prompt by");
}

void fe_peft_declare(Sema *s) {
  Model *m = s->model;
  declare_prompt(s);
  declare_adapters(s, m->params.n);
  const Spec *rec = spec_get(&m->finetune, "lora");
  const Spec *targets = spec_field(rec, "targets");
  if (!targets) return;
  int64_t rank = (int64_t)spec_num(spec_field(rec, "rank"), 8);
  int n = m->params.n; /* the model's own parameters; the new ones go after them */
  for (int i = 0; i < n; i++) {
    if (!lora_selects(targets, &m->params.v[i])) continue;
    ParamInfo w = m->params.v[i]; /* a copy: the vector grows below */
    int stem = (int)strlen(w.name) - 1; /* "....wq." */
    /* PEFT: A by nn.init.kaiming_uniform_(a = sqrt(5)) on its [rank, in]
     * weight: bound sqrt(6 / ((1 + 5) * in)) = 1 / sqrt(in); B zeros */
    double bound = 1.0 / sqrt((double)w.dims[0]);
    if (!add_param(s, rec, xasprintf("%.*slora_A", stem, w.name), w.dtype, 2, w.dims[0], rank, INIT_UNIFORM, bound) ||
        !add_param(s, rec, xasprintf("%.*slora_B", stem, w.name), w.dtype, 2, rank, w.dims[1], INIT_ZEROS, 0))
      return;
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

int fe_peft_adapters(const Model *m, IrAdapter **out) {
  *out = NULL;
  const Spec *rec = m ? spec_get(&m->finetune, "adapter") : NULL;
  if (!rec) return 0;
  VEC(IrAdapter) l = {0};
  for (int i = 0; i < m->params.n; i++) {
    const char *name = m->params.v[i].name;
    size_t ln = strlen(name), k = strlen(".adapter_down");
    if (ln < k || strcmp(name + ln - k, ".adapter_down")) continue;
    int st = (int)(ln - k);
    char *bias = xasprintf("%.*s.b", st, name);
    if (!name_taken(m, bias)) {
      free(bias);
      bias = NULL;
    }
    IrAdapter e = {xasprintf("%.*s.w", st, name), bias, xstrdup(name), xasprintf("%s_b", name),
                   xasprintf("%.*s.adapter_up", st, name), xasprintf("%.*s.adapter_up_b", st, name),
                   m->params.v[i].dims[1]};
    vec_push(&l, e);
  }
  *out = l.v;
  return l.n;
}

void fe_peft_adapters_free(IrAdapter *l, int n) {
  for (int i = 0; i < n; i++) {
    free((char *)l[i].weight);
    free((char *)l[i].bias);
    free((char *)l[i].down);
    free((char *)l[i].down_b);
    free((char *)l[i].up);
    free((char *)l[i].up_b);
  }
  free(l);
}

/* An instance an adapter target names that is not a linear layer (it has no
 * 2-d weight `w`, so it got no adapter), or NULL. */
static char *adapter_refused(const Model *m) {
  const Spec *targets = spec_field(spec_get(&m->finetune, "adapter"), "targets");
  char *bad = NULL;
  for (int i = 0; targets && i < m->params.n && !bad; i++) {
    char *buf = xstrdup(m->params.v[i].name);
    for (size_t j = strlen(buf); j > 0 && !bad; j--) {
      if (buf[j - 1] != '.') continue;
      buf[j - 1] = 0;
      bool hit = false;
      for (int g = 0; g < targets->n && !hit; g++) hit = fe_glob_match(targets->items[g]->s, buf);
      char *down = xasprintf("%s.adapter_down", buf);
      if (hit && !name_taken(m, down)) bad = xstrdup(buf);
      free(down);
    }
    free(buf);
  }
  return bad;
}

bool fe_peft_prompt(const Model *m, IrPrompt *out) {
  const Spec *rec = m ? spec_get(&m->finetune, "prompt") : NULL;
  if (!rec) return false;
  out->param = FE_PROMPT_PARAM;
  out->n = (int64_t)spec_num(spec_field(rec, "tokens"), 0);
  return true;
}

char *fe_peft_unsupported(const Model *m) {
  if (!m) return NULL;
  char *bad = adapter_refused(m);
  if (!bad) return NULL;
  char *msg = xasprintf("finetune.adapter: '%s' is not a linear layer; adapters go after linear layers only so far "
                        "(issue 13): target instances with a 2-d weight 'w', such as \"*.mlp.proj\"", bad);
  free(bad);
  return msg;
}
