/* blocks.c — checking of train and finetune blocks (LANGUAGE.md sections 7, 8):
 * known keys, value types, constructor calls with named fields, data files
 * that exist, and the model's loss arguments against the data source. The
 * checked settings land in Model.train / Model.finetune as Spec trees. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "datapath.h"
#include "fe_peft.h"
#include "sema.h"

/* Value kinds a setting can require. */
typedef enum {
  K_ANY, K_STR, K_INT, K_POSINT, K_NATINT, K_NUM, K_POS, K_NONNEG, K_FRAC, K_UNIT, K_BOOL,
  K_STRLIST, K_NUMPAIR, K_GLOBS, K_TOKENIZER, K_FILE,
  K_DATA, K_INPUTS, K_OPTIM, K_SCHED, K_FROM, K_LORA, K_ADAPTER, K_PROMPT,
} Kind;

typedef struct Field {
  const char *name;
  Kind kind;
  const char *dflt; /* default as source text; NULL: required */
} Field;

typedef struct Ctor {
  const char *name;
  Kind makes;       /* which setting kind it constructs */
  Field f[6];
} Ctor;

static const Ctor ctors[] = {
  {"text", K_DATA, {{"path", K_FILE, NULL}, {"tokenizer", K_TOKENIZER, "\"char\""}, {"split", K_UNIT, "0.9"}}},
  {"tokens", K_DATA, {{"path", K_FILE, NULL}, {"split", K_UNIT, "0.9"}}},
  {"tsv", K_DATA, {{"path", K_FILE, NULL}, {"text", K_POSINT, "2"}, {"label", K_POSINT, "1"}, {"labels", K_STRLIST, "[]"},
                   {"tokenizer", K_TOKENIZER, "\"char\""}, {"split", K_UNIT, "0.8"}}},
  {"llama2c", K_TOKENIZER, {{"path", K_FILE, NULL}}},
  {"lm", K_INPUTS, {{0}}},
  {"classify", K_INPUTS, {{0}}},
  {"adamw", K_OPTIM, {{"lr", K_POS, "1e-3"}, {"betas", K_NUMPAIR, "[0.9, 0.999]"}, {"eps", K_POS, "1e-8"},
                      {"weight_decay", K_NONNEG, "0.01"}}},
  {"sgd", K_OPTIM, {{"lr", K_POS, NULL}, {"momentum", K_NONNEG, "0"}, {"weight_decay", K_NONNEG, "0"}}},
  {"constant", K_SCHED, {{0}}},
  {"cosine", K_SCHED, {{"warmup", K_NATINT, "0"}, {"min_lr", K_NONNEG, "0"}}},
  {"linear", K_SCHED, {{"warmup", K_NATINT, "0"}}},
  {"safetensors", K_FROM, {{"path", K_FILE, NULL}}},
  {"lora", K_LORA, {{"rank", K_POSINT, "8"}, {"alpha", K_POS, "16"}, {"targets", K_GLOBS, "[\"*.wq\", \"*.wv\"]"},
                    {"dropout", K_FRAC, "0"}}},
  {"adapter", K_ADAPTER, {{"size", K_POSINT, NULL}, {"targets", K_GLOBS, NULL}}},
  {"prompt", K_PROMPT, {{"tokens", K_POSINT, NULL}, {"vocab_init", K_BOOL, "false"}}},
};
#define NCTORS ((int)(sizeof ctors / sizeof ctors[0]))

static const Field train_keys[] = {
  {"data", K_DATA, NULL},        {"inputs", K_INPUTS, NULL},   {"batch", K_POSINT, "8"},
  {"seq", K_POSINT, NULL},       {"steps", K_POSINT, "1000"},  {"optimizer", K_OPTIM, "adamw()"},
  {"schedule", K_SCHED, "constant"}, {"clip", K_NONNEG, "0"},  {"eval_every", K_NATINT, "0"},
  {"eval_steps", K_POSINT, "20"}, {"log_every", K_POSINT, "10"}, {"save_every", K_NATINT, "0"},
  {"seed", K_NATINT, "1337"},    {"grad_accum", K_POSINT, "1"}, {"keep", K_POSINT, "3"},
};
/* Other spellings of train keys (the issue tracker's and PyTorch users'
 * names): each reads and writes the key it stands for. */
static const struct { const char *alias, *key; } key_aliases[] = {
  {"accum", "grad_accum"}, {"eval_batches", "eval_steps"}, {"ckpt_every", "save_every"},
};
static const Field ft_keys[] = {
  {"from", K_FROM, NULL}, {"freeze", K_GLOBS, NULL}, {"lora", K_LORA, NULL},
  {"adapter", K_ADAPTER, NULL}, {"prompt", K_PROMPT, NULL},
};

static const char *kind_desc(Kind k) {
  switch (k) {
  case K_STR: return "a string";
  case K_INT: return "an integer";
  case K_POSINT: return "a positive integer";
  case K_NATINT: return "a non-negative integer";
  case K_NUM: return "a number";
  case K_POS: return "a positive number";
  case K_NONNEG: return "a non-negative number";
  case K_FRAC: return "a number in [0, 1)";
  case K_UNIT: return "a number in (0, 1]";
  case K_BOOL: return "true or false";
  case K_STRLIST: return "a list of strings";
  case K_NUMPAIR: return "a list of two numbers in [0, 1), like [0.9, 0.999]";
  case K_GLOBS: return "a glob string or a list of them, like [\"*.wq\", \"*.wv\"]";
  case K_TOKENIZER: return "a tokenizer: \"char\", \"byte\" or llama2c(\"tok.bin\")";
  case K_FILE: return "a file name";
  case K_DATA: return "a data source: text(...), tokens(...) or tsv(...)";
  case K_INPUTS: return "lm or classify";
  case K_OPTIM: return "an optimizer: adamw(...) or sgd(lr, momentum)";
  case K_SCHED: return "a schedule: constant, cosine(warmup, min_lr) or linear(warmup)";
  case K_FROM: return "a checkpoint: llama2c(\"model.bin\") or safetensors(\"ckpt.safetensors\")";
  case K_LORA: return "lora(rank, alpha, targets, dropout)";
  case K_ADAPTER: return "adapter(size, targets)";
  case K_PROMPT: return "prompt(tokens = n, vocab_init = false)";
  default: return "a value";
  }
}

static Spec *spec_new(SpecKind k, Span sp) {
  Spec *s = xcalloc(1, sizeof *s);
  s->kind = k;
  s->span = sp;
  return s;
}

void fe_spec_free(Spec *s);

/* Converts a compile-time value into a Spec (NULL for a tensor or the like). */
static Spec *spec_of_value(const Value *v, Span sp) {
  Spec *r;
  int64_t i;
  switch (v->k) {
  case V_BOOL:
    r = spec_new(SPEC_BOOL, sp);
    dim_is_const(v->i, &r->i);
    return r;
  case V_INT:
    if (!dim_is_const(v->i, &i)) return NULL;
    r = spec_new(SPEC_INT, sp);
    r->i = i;
    r->f = (double)i;
    return r;
  case V_FLOAT:
    r = spec_new(SPEC_FLOAT, sp);
    r->f = v->f;
    return r;
  case V_STR:
    r = spec_new(SPEC_STR, sp);
    r->s = xstrdup(v->s);
    return r;
  case V_LIST:
  case V_TUPLE:
    r = spec_new(SPEC_LIST, sp);
    r->n = v->n;
    r->items = xcalloc((size_t)(v->n ? v->n : 1), sizeof(Spec *));
    for (int k = 0; k < v->n; k++) {
      r->items[k] = spec_of_value(&v->items[k], sp);
      if (!r->items[k]) {
        fe_spec_free(r);
        return NULL;
      }
    }
    return r;
  default: return NULL;
  }
}

typedef struct BlockCtx {
  Sema *s;
  const char *block;   /* "train" or "finetune" */
  const char *model_dir;
} BlockCtx;

static Spec *eval_setting(BlockCtx *b, const Node *e, Kind want, const char *key);

static const Ctor *find_ctor(const char *name) {
  for (int i = 0; i < NCTORS; i++)
    if (!strcmp(ctors[i].name, name)) return &ctors[i];
  return NULL;
}

static bool ctor_fits(const Ctor *c, Kind want) {
  if (c->makes == want) return true;
  if (want == K_FROM && !strcmp(c->name, "llama2c")) return true;
  return false;
}

/* Parses a default given as source text. */
static Spec *eval_default(BlockCtx *b, const char *text, Kind want, const char *key) {
  Diag *d = b->s->d;
  StrBuf src = {0};
  sb_printf(&src, "train {\n%s = %s\n}\n", key, text);
  AstFile *f;
  fe_parse_text(b->s->prog, "<default>", sb_cstr(&src), src.len, &f);
  sb_free(&src);
  if (f->items.n != 1 || !f->items.v[0] || f->items.v[0]->list.n != 1) UNREACHABLE();
  int before = d->nerrors;
  Spec *r = eval_setting(b, f->items.v[0]->list.v[0]->a, want, key);
  ASSERT(d->nerrors == before);
  return r;
}

static Spec *eval_ctor(BlockCtx *b, const Ctor *c, const Node *e, const NodeList *args, const char *key) {
  Sema *s = b->s;
  int nf = 0;
  while (nf < 6 && c->f[nf].name) nf++;
  const Node *given[6] = {0};
  int pos = 0;
  bool ok = true;
  for (int i = 0; args && i < args->n; i++) {
    const Node *a = args->v[i];
    int j = -1;
    if (a->kind == N_KWARG) {
      for (int k = 0; k < nf; k++)
        if (!strcmp(c->f[k].name, a->name)) j = k;
      if (j < 0) {
        const char *names[6];
        for (int k = 0; k < nf; k++) names[k] = c->f[k].name;
        const char *sug = diag_closest(a->name, names, nf);
        if (sug) fe_error(s, a->name_span, "%s() has no parameter '%s'; did you mean '%s'?", c->name, a->name, sug);
        else if (nf) fe_error(s, a->name_span, "%s() has no parameter '%s'", c->name, a->name);
        else fe_error(s, a->name_span, "%s takes no arguments", c->name);
        ok = false;
        continue;
      }
      if (given[j]) {
        fe_error(s, a->name_span, "parameter '%s' of %s() is given twice", a->name, c->name);
        ok = false;
        continue;
      }
      given[j] = a->a;
    } else {
      if (pos >= nf) {
        fe_error(s, a->span, "too many arguments to %s(): it takes %d", c->name, nf);
        ok = false;
        continue;
      }
      given[pos++] = a;
    }
  }
  if (!ok) return NULL;
  Spec *r = spec_new(SPEC_RECORD, e->span);
  r->s = xstrdup(c->name);
  r->n = nf;
  r->names = xcalloc((size_t)(nf ? nf : 1), sizeof(char *));
  r->items = xcalloc((size_t)(nf ? nf : 1), sizeof(Spec *));
  for (int k = 0; k < nf; k++) {
    r->names[k] = xstrdup(c->f[k].name);
    if (given[k]) {
      r->items[k] = eval_setting(b, given[k], c->f[k].kind, c->f[k].name);
    } else if (c->f[k].dflt) {
      /* lora's alpha defaults to its rank... no: to 16, as documented */
      r->items[k] = eval_default(b, c->f[k].dflt, c->f[k].kind, c->f[k].name);
    } else {
      fe_error(s, e->span, "%s() needs '%s' (%s)", c->name, c->f[k].name, kind_desc(c->f[k].kind));
      ok = false;
    }
    if (!r->items[k]) ok = false;
  }
  (void)key;
  if (!ok) {
    fe_spec_free(r);
    return NULL;
  }
  return r;
}

static bool num_in(const Spec *v, Kind k) {
  if (v->kind != SPEC_INT && v->kind != SPEC_FLOAT) return false;
  double x = v->kind == SPEC_INT ? (double)v->i : v->f;
  switch (k) {
  case K_NUM: return true;
  case K_POS: return x > 0;
  case K_NONNEG: return x >= 0;
  case K_FRAC: return x >= 0 && x < 1;
  case K_UNIT: return x > 0 && x <= 1;
  default: return false;
  }
}

static Spec *eval_setting(BlockCtx *b, const Node *e, Kind want, const char *key) {
  Sema *s = b->s;
  /* constructor calls and bare constructor names */
  const char *cname = NULL;
  const NodeList *args = NULL;
  if (e->kind == N_IDENT && find_ctor(e->name) && !fe_scope_find_name(s, e->name)) cname = e->name;
  if (e->kind == N_CALL && e->a->kind == N_IDENT && find_ctor(e->a->name)) {
    cname = e->a->name;
    args = &e->list;
  }
  if (cname) {
    const Ctor *c = find_ctor(cname);
    if (!ctor_fits(c, want)) {
      fe_error(s, e->span, "'%s' expects %s, found %s(...)", key, kind_desc(want), cname);
      return NULL;
    }
    return eval_ctor(b, c, e, args, key);
  }
  Value v = fe_eval_expr(s, &s->globals, e);
  if (v.k == V_ERR) return NULL;
  Spec *r = spec_of_value(&v, e->span);
  if (r && r->kind == SPEC_LIST && e->kind == N_LIST && e->list.n == r->n)
    for (int i = 0; i < r->n; i++) r->items[i]->span = e->list.v[i]->span;
  if (!r) {
    fe_error(s, e->span, "'%s' expects %s, found %s", key, kind_desc(want), fe_v_str(s, &v));
    return NULL;
  }
  bool ok = true;
  switch (want) {
  case K_ANY: break;
  case K_STR: ok = r->kind == SPEC_STR; break;
  case K_INT: ok = r->kind == SPEC_INT; break;
  case K_POSINT: ok = r->kind == SPEC_INT && r->i > 0; break;
  case K_NATINT: ok = r->kind == SPEC_INT && r->i >= 0; break;
  case K_NUM: case K_POS: case K_NONNEG: case K_FRAC: case K_UNIT: ok = num_in(r, want); break;
  case K_BOOL: ok = r->kind == SPEC_BOOL; break;
  case K_STRLIST:
    ok = r->kind == SPEC_LIST;
    for (int i = 0; ok && i < r->n; i++) ok = r->items[i]->kind == SPEC_STR;
    break;
  case K_GLOBS:
    if (r->kind == SPEC_STR) { /* one glob: make it a list */
      Spec *l = spec_new(SPEC_LIST, r->span);
      l->n = 1;
      l->items = xcalloc(1, sizeof(Spec *));
      l->items[0] = r;
      r = l;
    }
    ok = r->kind == SPEC_LIST;
    for (int i = 0; ok && i < r->n; i++) ok = r->items[i]->kind == SPEC_STR && r->items[i]->s[0];
    break;
  case K_NUMPAIR:
    ok = r->kind == SPEC_LIST && r->n == 2 && num_in(r->items[0], K_FRAC) && num_in(r->items[1], K_FRAC);
    break;
  case K_TOKENIZER:
    ok = r->kind == SPEC_STR && (!strcmp(r->s, "char") || !strcmp(r->s, "byte"));
    break;
  case K_FILE:
    ok = r->kind == SPEC_STR && r->s[0] != 0;
    if (ok && s->prog->opts.check_files) {
      char *tried = NULL;
      char *found = sup_find_data_file(r->s, b->model_dir, s->prog->opts.data_dir, &tried);
      if (!found) {
        fe_error(s, e->span, "cannot find the file \"%s\" (looked in: %s); run 'make data', set $LLMC_DATA or pass "
                             "--data-dir DIR", r->s, tried);
        fe_spec_free(r);
        free(tried);
        return NULL;
      }
      free(r->s);
      r->s = found; /* the resolved path */
      free(tried);
    }
    break;
  default: ok = false; break;
  }
  if (!ok) {
    fe_error(s, e->span, "'%s' expects %s, found %s", key, kind_desc(want), fe_v_str(s, &v));
    fe_spec_free(r);
    return NULL;
  }
  return r;
}

/* The index of a known key, or -1 with *sug set to the closest known one. */
static int find_key(const Field *keys, int nkeys, const char *name, const char **sug) {
  const char *names[32];
  for (size_t a = 0; a < sizeof key_aliases / sizeof key_aliases[0]; a++)
    if (!strcmp(name, key_aliases[a].alias)) name = key_aliases[a].key;
  for (int k = 0; k < nkeys; k++) {
    if (!strcmp(keys[k].name, name)) return k;
    names[k] = keys[k].name;
  }
  *sug = diag_closest(name, names, nkeys);
  return -1;
}

/* --set BLOCK.KEY.FIELD=VALUE: one field of the record KEY (the block's own,
 * else the constructor's defaults) replaced by VALUE, checked as that field. */
static void set_field(BlockCtx *b, const Field *keys, int nkeys, const Node *set, SpecBlock *out) {
  Sema *s = b->s;
  const char *name = set->list.v[0]->name, *dot = strchr(name, '.');
  char *key = xstrndup(name, (size_t)(dot - name));
  const char *sug;
  int j = find_key(keys, nkeys, key, &sug);
  int at = -1;
  for (int k = 0; k < out->n; k++)
    if (!strcmp(out->keys[k], key)) at = k;
  /* the record's own constructor (sgd, not adamw), else the first that makes the key */
  const Ctor *c = at >= 0 && out->values[at]->kind == SPEC_RECORD ? find_ctor(out->values[at]->s) : NULL;
  for (int k = 0; j >= 0 && at < 0 && k < NCTORS && !c; k++)
    if (ctors[k].makes == keys[j].kind) c = &ctors[k];
  int f = -1;
  for (int k = 0; c && k < 6 && c->f[k].name; k++)
    if (!strcmp(c->f[k].name, dot + 1)) f = k;
  if (f < 0) {
    diag_plain(s->d, "--set %s.%s: %s", b->block, name,
               j < 0 ? "unknown setting" : !c ? "the setting is not a record such as lora(...)" : "no such field of the record");
    free(key);
    return;
  }
  for (int k = 0; at < 0 && k < 6 && c->f[k].name; k++)
    if (!c->f[k].dflt) { /* the record cannot be made from its defaults */
      diag_plain(s->d, "--set %s.%s: the %s block has no %s; set %s.%s = %s first", b->block, name, b->block, key,
                 b->block, key, kind_desc(keys[j].kind));
      free(key);
      return;
    }
  if (at < 0) { /* not in the block: the constructor's defaults */
    char *call = xasprintf("%s()", c->name);
    Spec *v = eval_default(b, call, keys[j].kind, key);
    free(call);
    out->keys[out->n] = xstrdup(key);
    out->values[at = out->n++] = v;
  }
  Spec *rec = out->values[at], *v = eval_setting(b, set->a, c->f[f].kind, c->f[f].name);
  for (int k = 0; v && rec && k < rec->n; k++)
    if (!strcmp(rec->names[k], dot + 1)) {
      fe_spec_free(rec->items[k]);
      rec->items[k] = v;
      v = NULL;
    }
  fe_spec_free(v);
  free(key);
}

static void check_block(BlockCtx *b, const Node *blk, const Field *keys, int nkeys, const Node *const *sets, int nsets,
                        SpecBlock *out) {
  Sema *s = b->s;
  const Node *given[32] = {0};
  Span gspan[32];
  int nfields = 0;
  if (blk) {
    for (int i = 0; i < blk->list.n; i++) {
      const Node *st = blk->list.v[i];
      if (!st || (st->kind == N_ASSIGN && !st->a)) continue;
      if (st->kind != N_ASSIGN || st->list.n != 1 || st->a->kind == N_PARAM || st->a->kind == N_REPEAT) {
        fe_error(s, st->span, "a %s block holds only 'key = value' lines", b->block);
        continue;
      }
      const Node *t = st->list.v[0];
      const char *sug;
      int j = find_key(keys, nkeys, t->name, &sug);
      if (j < 0) {
        StrBuf all = {0};
        for (int k = 0; k < nkeys; k++) sb_printf(&all, "%s%s", k ? ", " : "", keys[k].name);
        if (sug) fe_error(s, t->span, "unknown %s setting '%s'; did you mean '%s'?", b->block, t->name, sug);
        else fe_error(s, t->span, "unknown %s setting '%s' (known: %s)", b->block, t->name, sb_cstr(&all));
        sb_free(&all);
        continue;
      }
      if (given[j]) {
        fe_error(s, t->span, "'%s' is set twice in the %s block", t->name, b->block);
        continue;
      }
      given[j] = st->a;
      gspan[j] = t->span;
    }
  }
  const Node *fields[32] = {0}; /* --set KEY.FIELD=VALUE, merged below */
  for (int i = 0; i < nsets; i++) {
    const Node *t = sets[i]->list.v[0];
    const char *sug;
    if (strchr(t->name, '.')) {
      if (nfields < 32) fields[nfields++] = sets[i];
      continue;
    }
    int j = find_key(keys, nkeys, t->name, &sug);
    if (j < 0) {
      diag_plain(s->d, "--set %s.%s: unknown %s setting%s%s%s", b->block, t->name, b->block, sug ? "; did you mean '" : "",
                 sug ? sug : "", sug ? "'?" : "");
      continue;
    }
    given[j] = sets[i]->a;
    gspan[j] = t->span;
  }
  /* KEY = None (in the block or from --set) removes the setting, default included */
  bool removed[32] = {0};
  for (int k = 0; k < nkeys; k++)
    if (given[k] && given[k]->kind == N_IDENT && !strcmp(given[k]->name, "None")) {
      removed[k] = true;
      given[k] = NULL;
    }
  out->present = blk != NULL;
  if (blk) out->span = blk->span;
  out->keys = xcalloc((size_t)nkeys, sizeof(char *));
  out->values = xcalloc((size_t)nkeys, sizeof(Spec *));
  for (int k = 0; k < nkeys; k++) {
    Spec *v = NULL;
    if (given[k]) v = eval_setting(b, given[k], keys[k].kind, keys[k].name);
    else if (keys[k].dflt && blk && !removed[k]) v = eval_default(b, keys[k].dflt, keys[k].kind, keys[k].name);
    if (!v) continue;
    (void)gspan;
    out->keys[out->n] = xstrdup(keys[k].name);
    out->values[out->n++] = v;
  }
  for (int i = 0; i < nfields; i++) set_field(b, keys, nkeys, fields[i], out);
}

bool fe_glob_match(const char *pat, const char *str) {
  /* '*' matches any run of characters, dots included */
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

static const char *owner_of(Sema *s, const char *pname) {
  const char *dot = strrchr(pname, '.');
  return dot ? arena_strndup(s->a, pname, (size_t)(dot - pname)) : "";
}

/* A glob selects a parameter when it matches its name or the path of any
 * module instance that contains it. */
static bool glob_selects(const char *glob, const char *pname) {
  if (fe_glob_match(glob, pname)) return true;
  size_t n = strlen(pname);
  char *buf = xstrndup(pname, n);
  bool hit = false;
  for (size_t i = n; i > 0 && !hit; i--)
    if (buf[i - 1] == '.') {
      buf[i - 1] = 0;
      hit = fe_glob_match(glob, buf);
    }
  free(buf);
  return hit;
}

static void apply_finetune(Sema *s, SpecBlock *ft) {
  Model *m = s->model;
  const Spec *freeze = spec_get(ft, "freeze");
  for (int g = 0; freeze && g < freeze->n; g++) {
    const Spec *gl = freeze->items[g];
    int hits = 0;
    for (int i = 0; i < m->params.n; i++)
      if (glob_selects(gl->s, m->params.v[i].name)) {
        m->params.v[i].frozen = true;
        hits++;
      }
    if (!hits) diag_warning(s->d, gl->span, "freeze pattern \"%s\" matches no parameter", gl->s);
  }
  /* adapters go after module instances: any instance that holds parameters */
  const Spec *ad = spec_field(spec_get(ft, "adapter"), "targets");
  for (int g = 0; ad && g < ad->n; g++) {
    const Spec *gl = ad->items[g];
    int hits = 0;
    for (int i = 0; i < m->params.n && !hits; i++) {
      char *buf = xstrdup(m->params.v[i].name);
      for (size_t j = strlen(buf); j > 0 && !hits; j--)
        if (buf[j - 1] == '.') {
          buf[j - 1] = 0;
          hits += fe_glob_match(gl->s, buf);
        }
      free(buf);
    }
    if (!hits)
      fe_error(s, gl->span, "adapter target \"%s\" matches no module instance; targets are globs over instance names "
                            "such as \"*.mlp\" or \"layers.*.attention\"", gl->s);
  }
  const char *peft[] = {"lora"};
  for (int k = 0; k < 1; k++) {
    const Spec *rec = spec_get(ft, peft[k]);
    const Spec *targets = spec_field(rec, "targets");
    for (int g = 0; targets && g < targets->n; g++) {
      const Spec *gl = targets->items[g];
      int hits = 0;
      for (int i = 0; i < m->params.n; i++) {
        const ParamInfo *p = &m->params.v[i];
        size_t ln = strlen(p->name);
        bool is_w = ln >= 1 && p->name[ln - 1] == 'w' && (ln == 1 || p->name[ln - 2] == '.');
        if (!is_w || p->rank != 2) continue;
        if (fe_glob_match(gl->s, p->name) || fe_glob_match(gl->s, owner_of(s, p->name))) hits++;
      }
      if (!hits)
        fe_error(s, gl->span, "%s target \"%s\" matches no linear layer (a module instance with a 2-d weight 'w'); "
                              "targets are globs over instance names such as \"*.wq\"", peft[k], gl->s);
    }
  }
  fe_peft_declare(s); /* after the freeze globs: LoRA's matrices are trainable */
}

static void check_loss_args(Sema *s, const SpecBlock *tr) {
  const Spec *data = spec_get(tr, "data");
  if (!data || !s->model_inst) return;
  Binding *lb = NULL;
  for (Binding *x = s->model_inst->scope.head; x; x = x->next)
    if (!strcmp(x->name, "loss")) lb = x;
  if (!lb || lb->v.k != V_FN) {
    fe_error(s, tr->span, "training needs the model to define 'loss' (fn loss(idx: i32[B, T], targets: i32[B, T]) -> f32[])");
    return;
  }
  const Node *fn = lb->v.node;
  const Spec *inputs = spec_get(tr, "inputs");
  bool cls = !strcmp(data->s, "tsv") || (inputs && !strcmp(inputs->s, "classify"));
  if (inputs && !strcmp(inputs->s, "lm") && !strcmp(data->s, "tsv")) {
    fe_error(s, inputs->span, "inputs = lm needs text(...) or tokens(...) data; tsv(...) feeds loss(idx, label[, mask])");
    return;
  }
  const char *want[3] = {"idx", cls ? "label" : "targets", "mask"};
  int nwant = cls ? 3 : 2;
  for (int i = 0; i < fn->list2.n; i++) {
    const char *a = fn->list2.v[i]->name;
    bool known = false;
    for (int k = 0; k < nwant; k++) known |= !strcmp(a, want[k]);
    if (!known)
      fe_error(s, fn->list2.v[i]->span, "the training data feeds loss(%s) by name, but loss has an argument '%s'",
               cls ? "idx, label[, mask]" : "idx, targets", a);
  }
  for (int k = 0; k < 2; k++) {
    bool have = false;
    for (int i = 0; i < fn->list2.n; i++) have |= !strcmp(fn->list2.v[i]->name, want[k]);
    if (!have)
      fe_error(s, fn->name_span, "loss must take an argument named '%s': the %s data feeds loss(%s)", want[k], data->s,
               cls ? "idx, label[, mask]" : "idx, targets");
  }
}

void fe_check_spec_blocks(Sema *s, const Node *train, const Node *finetune, const Node *const *train_sets,
                          int ntrain_sets, const Node *const *ft_sets, int nft_sets) {
  BlockCtx b = {s, "train", s->model ? s->model->dir : NULL};
  int before = s->d->nerrors;
  if (train || ntrain_sets) {
    check_block(&b, train, train_keys, (int)(sizeof train_keys / sizeof train_keys[0]), train_sets, ntrain_sets,
                &s->model->train);
    if (train && !spec_get(&s->model->train, "data") && s->d->nerrors == before)
      fe_error(s, train->span, "the train block needs 'data', e.g. data = text(\"input.txt\", tokenizer = \"char\")");
    const Spec *data = spec_get(&s->model->train, "data");
    if (data && strcmp(data->s, "tsv") && !spec_get(&s->model->train, "seq") && s->d->nerrors == before)
      fe_error(s, train->span, "the train block needs 'seq' (the sequence length) for %s(...) data", data->s);
    if (s->d->nerrors == before) check_loss_args(s, &s->model->train);
  }
  if (finetune || nft_sets) {
    b.block = "finetune";
    int fb = s->d->nerrors;
    check_block(&b, finetune, ft_keys, (int)(sizeof ft_keys / sizeof ft_keys[0]), ft_sets, nft_sets, &s->model->finetune);
    if (s->d->nerrors == fb) apply_finetune(s, &s->model->finetune);
  }
}

int64_t fe_peft_params(const Model *m, const char *method, int *ntargets) {
  const Spec *rec = spec_get(&m->finetune, method);
  *ntargets = 0;
  if (!rec) return 0;
  const Spec *targets = spec_field(rec, "targets");
  int64_t total = 0;
  if (!strcmp(method, "prompt")) {
    /* n trainable embeddings of the width of the first 2-d parameter (the token table) */
    int64_t n = (int64_t)spec_num(spec_field(rec, "tokens"), 0);
    for (int i = 0; i < m->params.n; i++)
      if (m->params.v[i].rank == 2) {
        *ntargets = 1;
        return n * m->params.v[i].dims[1];
      }
    return 0;
  }
  if (!strcmp(method, "adapter")) {
    /* one bottleneck (down [w, size] + bias, up [size, w] + bias) after each
     * targeted instance; w is its output width: the last dim of its 2-d
     * weight `w`, else the size of its 1-d parameters (a norm) */
    int64_t sz = (int64_t)spec_num(spec_field(rec, "size"), 0);
    VEC(char *) seen = {0};
    for (int i = 0; targets && i < m->params.n; i++) {
      char *buf = xstrdup(m->params.v[i].name);
      for (size_t j = strlen(buf); j > 0; j--) {
        if (buf[j - 1] != '.') continue;
        buf[j - 1] = 0;
        bool hit = false, dup = false;
        for (int g = 0; g < targets->n && !hit; g++) hit = fe_glob_match(targets->items[g]->s, buf);
        for (int k = 0; k < seen.n && !dup; k++) dup = !strcmp(seen.v[k], buf);
        if (!hit || dup) continue;
        int64_t w = 0;
        size_t lb = strlen(buf);
        for (int q = 0; q < m->params.n && !w; q++) {
          const ParamInfo *pp = &m->params.v[q];
          if (strncmp(pp->name, buf, lb) || pp->name[lb] != '.' || strchr(pp->name + lb + 1, '.')) continue;
          if (!strcmp(pp->name + lb + 1, "w") && pp->rank == 2) w = pp->dims[1];
          else if (pp->rank == 1) w = pp->dims[0];
        }
        vec_push(&seen, xstrdup(buf));
        if (!w) continue;
        (*ntargets)++;
        total += 2 * w * sz + sz + w;
      }
      free(buf);
    }
    for (int k = 0; k < seen.n; k++) free(seen.v[k]);
    vec_free(&seen);
    return total;
  }
  for (int i = 0; targets && i < m->params.n; i++) {
    const ParamInfo *p = &m->params.v[i];
    size_t ln = strlen(p->name);
    bool is_w = ln >= 1 && p->name[ln - 1] == 'w' && (ln == 1 || p->name[ln - 2] == '.');
    if (!is_w || p->rank != 2) continue;
    char *owner = xstrndup(p->name, ln >= 2 ? ln - 2 : 0);
    bool hit = false;
    for (int g = 0; g < targets->n && !hit; g++) hit = fe_glob_match(targets->items[g]->s, owner);
    free(owner);
    if (!hit) continue;
    (*ntargets)++;
    int64_t r = (int64_t)spec_num(spec_field(rec, "rank"), 0);
    total += r * (p->dims[0] + p->dims[1]); /* A [n_in, r], B [r, n_out] */
  }
  return total;
}
