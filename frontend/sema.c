/* sema.c — the entry points of semantic analysis: global names, config and
 * --set, the model and its entry functions, then the train and finetune
 * blocks (LANGUAGE.md sections 2-6). fe_check runs it to check; fe_lower runs
 * it again with a graph attached to emit one entry function's IR. */
#include "sema.h"

#include <stdlib.h>
#include <string.h>

/* ---- the program -------------------------------------------------------------------- */

static bool is_const_value(const Value *v) {
  if (v_is_number(v) || v->k == V_STR || v->k == V_NONE) return true;
  if (v->k == V_LIST || v->k == V_TUPLE) {
    for (int i = 0; i < v->n; i++)
      if (!is_const_value(&v->items[i])) return false;
    return true;
  }
  return false;
}

/* Parses "KEY=VALUE" from --set into a synthetic source. Returns the N_ASSIGN
 * node, or NULL after reporting. `block` receives "config", "train" or "finetune". */
static const Node *parse_set(Sema *s, const char *arg, const char **block) {
  const char *eq = strchr(arg, '=');
  if (!eq || eq == arg) {
    diag_plain(s->d, "--set expects KEY=VALUE (e.g. --set d=256 or --set train.steps=500), found '%s'", arg);
    return NULL;
  }
  char *key = xstrndup(arg, (size_t)(eq - arg));
  const char *blk = "config";
  char *k = key;
  char *dot = strchr(key, '.');
  if (dot) {
    *dot = 0;
    blk = !strcmp(key, "train") ? "train" : !strcmp(key, "finetune") ? "finetune" : NULL;
    k = dot + 1;
    if (!blk) {
      diag_plain(s->d, "--set %s: only config names, train.KEY and finetune.KEY can be set", arg);
      free(key);
      return NULL;
    }
  }
  /* train.KEY.FIELD / finetune.KEY.FIELD (finetune.lora.rank=8) set one
   * field of a record: parsed as KEY = VALUE, then renamed "KEY.FIELD" for
   * the block check, which merges it into the record */
  char *field = dot && strchr(k, '.') ? strchr(k, '.') : NULL;
  if (field) *field++ = 0;
  bool ident = k[0] && !(k[0] >= '0' && k[0] <= '9') && (!field || field[0]);
  for (char *c = field ? field : ""; *c; c++)
    if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '_')) ident = false;
  for (char *c = k; *c; c++)
    if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '_')) ident = false;
  if (!ident) {
    diag_plain(s->d, "--set %s: '%s' is not a name", arg, k);
    free(key);
    return NULL;
  }
  StrBuf src = {0};
  sb_printf(&src, "%s { %s = %s\n}", blk, k, eq + 1);
  char *full = field ? arena_printf(s->a, "%s.%s", k, field) : NULL;
  free(key);
  AstFile *f;
  char *label = arena_printf(s->a, "--set %s", arg);
  int before = s->d->nerrors;
  fe_parse_text(s->prog, label, sb_cstr(&src), src.len, &f);
  sb_free(&src);
  if (s->d->nerrors > before || f->items.n != 1 || !f->items.v[0] || f->items.v[0]->list.n != 1) {
    if (s->d->nerrors == before) diag_plain(s->d, "--set %s: the value must be one expression", arg);
    return NULL;
  }
  *block = blk;
  const Node *asg = f->items.v[0]->list.v[0];
  if (full && asg->kind == N_ASSIGN && asg->list.n == 1) ((Node *)asg->list.v[0])->name = full;
  return asg;
}

/* Binds a top-level name; a definition in a file that imports another
 * overrides the imported one, while two in the same file are an error. */
static void define_global(Sema *s, const char *name, Value v, Span sp, const Node *def) {
  Binding *prev = fe_scope_find_local(&s->globals, name);
  if (prev && prev->span.file == sp.file) {
    fe_error(s, sp, "'%s' is already defined as a %s", name,
             prev->v.k == V_FN ? "function" : prev->v.k == V_MODDEF ? "module" : "config value");
    diag_note(s->d, prev->span, "first defined here");
    return;
  }
  (void)def;
  fe_scope_set(s, &s->globals, name, v, sp);
}

/* The dims of an entry argument's type: unbound names become symbolic shape
 * variables, anything else must evaluate to a non-negative integer. Every
 * bad dim is reported; '...' stops the walk. */
static bool entry_dims(Sema *s, Scope *sc, const NodeList *dims, const char *fname, Dim *dd) {
  bool ok = true;
  for (int k = 0; k < dims->n; k++) {
    const Node *e = dims->v[k];
    if (e->kind == N_ELLIPSIS) {
      fe_error(s, e->span, "the entry function '%s' needs a fixed rank: name each dimension (B, T, ...) instead "
                           "of '...'", fname);
      return false;
    }
    if (e->kind == N_IDENT && !fe_scope_find(sc, e->name) && fe_builtin_lookup(e->name) < 0) {
      int id = s->symnames.n;
      vec_push(&s->symnames, e->name);
      dd[k] = dim_var(id);
      fe_scope_set(s, sc, e->name, v_dim(dd[k]), e->span);
      continue;
    }
    Value v = fe_eval_expr(s, sc, e);
    int64_t x;
    if (v.k == V_ERR) {
      ok = false;
    } else if (v.k != V_INT) {
      fe_error(s, e->span, "a dimension must be an integer, found %s", fe_v_str(s, &v));
      ok = false;
    } else if (dim_is_const(v.i, &x) && x < 0) {
      fe_error(s, e->span, "a dimension must not be negative, found %lld", (long long)x);
      ok = false;
    } else {
      dd[k] = v.i;
    }
  }
  return ok;
}

/* One argument of an entry function: it comes from outside, so it needs a
 * type; while lowering it becomes an INPUT node. */
static bool entry_arg(Sema *s, Scope *sc, const Node *p, const char *fname, CallArg *arg) {
  if (!p->a) {
    fe_error(s, p->span, "argument '%s' of the entry function '%s' needs a type, e.g. %s: i32[B, T]", p->name, fname,
             p->name);
    return false;
  }
  DType dt;
  const NodeList *dims;
  if (!fe_parse_type(s, p->a, &dt, &dims)) return false;
  Dim dd[FE_MAX_RANK];
  if (dims->n > FE_MAX_RANK) {
    fe_error(s, p->a->span, "at most %d dimensions", FE_MAX_RANK);
    return false;
  }
  if (!entry_dims(s, sc, dims, fname, dd)) return false;
  *arg = (CallArg){NULL, fe_v_tensor(s, dt, dims->n, dd), p->span};
  arg->v.ir = fe_emit_input(s, p->name, dt, dims->n, dd, p->span);
  return true;
}

static Value check_entry(Sema *s, Instance *model, const char *fname, bool training) {
  Binding *b = fe_scope_find_local(&model->scope, fname);
  if (!b) return v_err();
  if (b->v.k != V_FN) {
    fe_error(s, b->span, "'%s' of a model must be a function", fname);
    return v_err();
  }
  const Node *fn = b->v.node;
  /* Entry arguments come from outside: each needs a type, whose unbound dim
   * names become symbolic shape variables. */
  Scope *sc = arena_alloc(s->a, sizeof *sc);
  sc->parent = &model->scope;
  CallArg *args = arena_alloc(s->a, sizeof(CallArg) * (size_t)(fn->list2.n + 1));
  bool ok = true;
  for (int i = 0; i < fn->list2.n; i++)
    if (!entry_arg(s, sc, fn->list2.v[i], fname, &args[i])) ok = false;
  if (!ok) return v_err();
  s->training = training;
  Value r = fe_call_user_fn(s, fn, model, args, fn->list2.n, (Span){0, 0, 0});
  if (!strcmp(fname, "loss") && r.k != V_ERR && !(r.k == V_TENSOR && r.rank == 0 && r.dt != DT_I32)) {
    fe_error(s, fn->a ? fn->a->span : fn->name_span, "'loss' must return a floating-point scalar f32[], found %s",
             fe_v_str(s, &r));
    return v_err();
  }
  return r;
}

/* ---- the phases of sema_run ------------------------------------------------------------ */

/* The --set overrides, parsed and sorted by the block they set. */
typedef struct SetList {
  const Node *cfg[LLMC_MAX_SETS], *train[LLMC_MAX_SETS], *ft[LLMC_MAX_SETS];
  bool cfg_used[LLMC_MAX_SETS];
  int ncfg, ntrain, nft;
} SetList;

typedef VEC(const char *) NameVec;

/* Items of imported files first, then the main file's. */
static void gather_items(Program *p) {
  if (p->items.n || !p->files.n) return;
  for (int i = 1; i < p->files.n; i++)
    for (int j = 0; j < p->files.v[i]->items.n; j++) vec_push(&p->items, p->files.v[i]->items.v[j]);
  for (int j = 0; j < p->files.v[0]->items.n; j++) vec_push(&p->items, p->files.v[0]->items.v[j]);
}

static void parse_sets(Sema *s, SetList *sets) {
  const FeOptions *o = &s->prog->opts;
  if (o->nsets > LLMC_MAX_SETS)
    diag_plain(s->d, "too many --set options (%d); the limit is %d (LLMC_MAX_SETS)", o->nsets, LLMC_MAX_SETS);
  for (int i = 0; i < o->nsets && i < LLMC_MAX_SETS; i++) {
    const char *blk;
    const Node *a = parse_set(s, o->sets[i], &blk);
    if (!a) continue;
    if (!strcmp(blk, "config")) sets->cfg[sets->ncfg++] = a;
    else if (!strcmp(blk, "train")) sets->train[sets->ntrain++] = a;
    else sets->ft[sets->nft++] = a;
  }
}

/* config { name = value ... }: each value, or its --set override, must be a
 * compile-time constant. */
static void define_config(Sema *s, const Node *it, SetList *sets, NameVec *cfg_names) {
  for (int j = 0; j < it->list.n; j++) {
    const Node *st = it->list.v[j];
    if (!st) continue;
    if (st->kind == N_ASSIGN && !st->a) {
      for (int k = 0; k < st->list.n; k++) fe_scope_set(s, &s->globals, st->list.v[k]->name, v_err(), st->list.v[k]->span);
      continue;
    }
    if (st->kind != N_ASSIGN || st->list.n != 1 || st->a->kind == N_PARAM || st->a->kind == N_REPEAT) {
      fe_error(s, st->span, "a config block holds only 'name = value' lines");
      continue;
    }
    const Node *target = st->list.v[0];
    const Node *e = st->a;
    for (int k = 0; k < sets->ncfg; k++)
      if (!strcmp(sets->cfg[k]->list.v[0]->name, target->name)) {
        e = sets->cfg[k]->a;
        sets->cfg_used[k] = true;
      }
    Value v = fe_eval_expr(s, &s->globals, e);
    if (v.k != V_ERR && !is_const_value(&v)) {
      fe_error(s, e->span, "config values must be numbers, bools, strings or lists of them, found %s", fe_v_str(s, &v));
      v = v_err();
    }
    Binding *prev = fe_scope_find_local(&s->globals, target->name);
    if (prev && prev->span.file == target->span.file) {
      fe_error(s, target->span, "config value '%s' is defined twice", target->name);
      diag_note(s->d, prev->span, "first defined here");
      continue;
    }
    fe_scope_set(s, &s->globals, target->name, v, target->span);
    vec_push(cfg_names, target->name);
    int64_t ctx;
    if (!strcmp(target->name, "ctx") && v.k == V_INT && dim_is_const(v.i, &ctx)) s->model->ctx = ctx;
  }
}

/* Remembers the one model, train or finetune item; a second is an error. */
static void take_unique(Sema *s, const Node *it, const Node **slot, const char *what, const char *note) {
  if (*slot) {
    fe_error(s, it->kind == N_MODEL ? it->name_span : it->span, "%s", what);
    diag_note(s->d, (*slot)->kind == N_MODEL ? (*slot)->name_span : (*slot)->span, "%s", note);
    return;
  }
  *slot = it;
}

/* Definitions and config, in order. */
static void define_items(Sema *s, SetList *sets, const Node **train, const Node **finetune) {
  Program *p = s->prog;
  NameVec cfg_names = {0};
  for (int i = 0; i < p->items.n; i++) {
    const Node *it = p->items.v[i];
    if (!it) continue;
    switch (it->kind) {
    case N_IMPORT: break;
    case N_FN:
    case N_MODULE: {
      Value v = v_kind(it->kind == N_FN ? V_FN : V_MODDEF);
      v.node = it;
      define_global(s, it->name, v, it->name_span, it);
      break;
    }
    case N_MODEL:
      take_unique(s, it, &s->model_node,
                  arena_printf(s->a, "a program has exactly one model, but '%s' is a second one", it->name),
                  "the first model is here");
      break;
    case N_CONFIG: define_config(s, it, sets, &cfg_names); break;
    case N_TRAIN: take_unique(s, it, train, "a program has at most one train block", "the first one is here"); break;
    case N_FINETUNE:
      take_unique(s, it, finetune, "a program has at most one finetune block", "the first one is here");
      break;
    default: UNREACHABLE();
    }
  }
  for (int k = 0; k < sets->ncfg; k++) {
    if (sets->cfg_used[k]) continue;
    const char *name = sets->cfg[k]->list.v[0]->name;
    const char *sug = diag_closest(name, cfg_names.v, cfg_names.n);
    if (sug) diag_plain(s->d, "--set %s: no config value named '%s'; did you mean '%s'?", name, name, sug);
    else diag_plain(s->d, "--set %s: no config value named '%s' (set train.KEY or finetune.KEY for those blocks)", name, name);
  }
  vec_free(&cfg_names);
}

/* Checking: forward, loss, and every other fully typed function of the model. */
static void check_entries(Sema *s, Instance *inst) {
  const Node *m = s->model_node;
  if (!s->model->has_forward)
    fe_error(s, m->name_span, "model %s has no 'forward' function (fn forward(idx: i32[B, T]) -> ...)", m->name);
  check_entry(s, inst, "forward", false);
  check_entry(s, inst, "loss", true);
  /* other annotated functions of the model are checked as entries too */
  for (Binding *b = inst->scope.head; b; b = b->next) {
    if (b->v.k != V_FN || !strcmp(b->name, "forward") || !strcmp(b->name, "loss")) continue;
    bool typed = true;
    for (int i = 0; i < b->v.node->list2.n; i++) typed &= b->v.node->list2.v[i]->a != NULL;
    if (typed) check_entry(s, inst, b->name, false);
  }
}

/* Lowering: one entry function, whose result becomes the graph's outputs. */
static void lower_entry(Sema *s, Instance *inst, const char *entry, bool training) {
  const Node *m = s->model_node;
  Value r = check_entry(s, inst, entry, training);
  fe_emit_outputs(s, entry, &r, m->name_span);
  if (!fe_scope_find_local(&inst->scope, entry)) diag_plain(s->d, "model %s has no function '%s'", m->name, entry);
}

/* Instantiates the model, then checks its entries or lowers one of them.
 * Returns false when lowering (the train and finetune blocks are then skipped). */
static bool run_model(Sema *s, const char *entry, bool training) {
  Program *p = s->prog;
  if (!s->model_node) {
    if (p->files.n && s->d->nerrors == 0)
      diag_error(s->d, ((Span){p->files.v[0]->file, 0, 0}), "the program has no model; declare one with 'model Name { ... }'");
    return true;
  }
  const Node *m = s->model_node;
  s->model->name = xstrdup(m->name);
  s->model->span = m->name_span;
  Instance *inst = fe_instantiate(s, m, NULL, 0, "", (Span){0, 0, 0});
  s->model_inst = inst;
  if (inst) {
    s->model->has_forward = fe_scope_find_local(&inst->scope, "forward") != NULL;
    s->model->has_loss = fe_scope_find_local(&inst->scope, "loss") != NULL;
    if (s->g) {
      lower_entry(s, inst, entry, training);
      return false;
    }
    check_entries(s, inst);
  }
  for (int i = 0; i < s->model->params.n; i++) s->model->total_params += s->model->params.v[i].count;
  return true;
}

/* Checks the program, or (with g) lowers one entry function into g. */
static bool sema_run(Program *p, Model *model, Graph *g, const char *entry, bool training) {
  Diag *d = p->diag;
  int errors_before = d->nerrors;
  gather_items(p);
  Sema S = {0}, *s = &S;
  s->prog = p;
  s->d = d;
  s->a = &p->arena;
  s->globals.what = "the program";
  s->model = model;
  s->g = g;
  if (p->files.n) s->model->dir = sup_dirname(p->files.v[0]->path);

  SetList *sets = xcalloc(1, sizeof *sets);
  parse_sets(s, sets);
  const Node *train = NULL, *finetune = NULL;
  define_items(s, sets, &train, &finetune);
  fe_resolve_names(s);
  fe_check_recursion(s);
  bool checking = run_model(s, entry, training);
  fe_resolve_report(s);
  if (checking) fe_check_spec_blocks(s, train, finetune, sets->train, sets->ntrain, sets->ft, sets->nft);

  free(sets);
  vec_free(&s->symnames);
  vec_free(&s->seen);
  vec_free(&s->unres);
  vec_free(&s->statics);
  vec_free(&s->recursive);
  free(s->param_nodes);
  return d->nerrors == errors_before;
}

bool fe_check(Program *p) {
  fe_model_free(p->model);
  p->model = xcalloc(1, sizeof(Model));
  return sema_run(p, p->model, NULL, NULL, false);
}

Graph *fe_lower(Program *p, const char *entry, bool training) {
  Model *m = xcalloc(1, sizeof(Model));
  Graph *g = ir_graph_new();
  bool ok = sema_run(p, m, g, entry, training);
  /* the checked model's frozen flags come from the finetune block */
  fe_model_free(m);
  if (!ok || g->outputs.n == 0) {
    ir_graph_free(g);
    return NULL;
  }
  return g;
}

const Model *fe_model(const Program *p) { return p->model; }
void fe_set_base_only(Program *p, bool on) { p->base_only = on; }
bool fe_base_only(const Program *p) { return p->base_only; }
