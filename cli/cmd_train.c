/* cmd_train.c — `llmc train`: the training loop around train/trainer.h
 * (progress, evaluation, checkpoints, metrics.jsonl, loss.svg, Ctrl-C), and
 * the helpers `eval` and `generate` share (train_cli.h). docs/training.md. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "classify.h"
#include "datapath.h"
#include "fe_peft.h"
#include "init.h"
#include "report.h"
#include "llama2c.h"
#include "train_cli.h"

double tcli_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- shared helpers ------------------------------------------------------------------ */

int tcli_take(int *argc, char **argv, const char *names, TOpts *t) {
  static const struct {
    const char *name;
    size_t off;
  } opts[] = {
    {"--out", offsetof(TOpts, out)},       {"--resume", offsetof(TOpts, resume)},
    {"--ckpt", offsetof(TOpts, ckpt)},     {"--prompt", offsetof(TOpts, prompt)},
    {"--temperature", offsetof(TOpts, temperature)}, {"--top-k", offsetof(TOpts, top_k)},
    {"--top-p", offsetof(TOpts, top_p)},   {"-n", offsetof(TOpts, n)},
    {"--keep", offsetof(TOpts, keep)},     {"--stop-after", offsetof(TOpts, stop_after)},
    {"--adapter", offsetof(TOpts, adapter)},
  };
  int w = 0;
  for (int i = 0; i < *argc; i++) {
    const char *a = argv[i];
    int hit = -1;
    size_t nl = 0;
    for (int k = 0; k < (int)(sizeof opts / sizeof opts[0]) && hit < 0; k++) {
      nl = strlen(opts[k].name);
      const char *p = strstr(names, opts[k].name);
      bool listed = p && (p[nl] == ' ' || !p[nl]) && (p == names || p[-1] == ' ');
      if (listed && !strncmp(a, opts[k].name, nl) && (a[nl] == 0 || a[nl] == '=')) hit = k;
    }
    if (hit < 0) {
      argv[w++] = argv[i];
      continue;
    }
    const char *val = a[nl] == '=' ? a + nl + 1 : i + 1 < *argc ? argv[++i] : NULL;
    if (!val) {
      cli_error("llmc %s: option '%s' needs a value", cli_current->name, opts[hit].name);
      return 2;
    }
    *(const char **)((char *)t + opts[hit].off) = val;
  }
  *argc = w;
  return 0;
}

TrainConfig tcli_config(const Model *m, bool fuse) {
  const SpecBlock *tb = &m->train;
  TrainConfig c = {0};
  c.batch = (int64_t)spec_num(spec_get(tb, "batch"), 8);
  c.seq = (int64_t)spec_num(spec_get(tb, "seq"), 64);
  c.steps = (int64_t)spec_num(spec_get(tb, "steps"), 1000);
  c.accum = (int)spec_num(spec_get(tb, "grad_accum"), 1);
  c.eval_every = (int64_t)spec_num(spec_get(tb, "eval_every"), 0);
  c.eval_batches = (int64_t)spec_num(spec_get(tb, "eval_steps"), 20);
  c.seed = (uint64_t)spec_num(spec_get(tb, "seed"), 1337);
  c.target = (PlOptions){.no_fuse = !fuse};
  cli_env_options(&c.target);
  AdamwOpts *a = &c.adamw;
  *a = rt_adamw_defaults();
  const Spec *opt = spec_get(tb, "optimizer");
  a->lr = spec_num(spec_field(opt, "lr"), a->lr);
  if (opt && opt->s && !strcmp(opt->s, "sgd")) {
    c.opt = OPT_SGD;
    c.momentum = spec_num(spec_field(opt, "momentum"), 0);
  } else if (opt) {
    const Spec *betas = spec_field(opt, "betas");
    if (betas && betas->kind == SPEC_LIST && betas->n == 2) {
      a->beta1 = spec_num(betas->items[0], a->beta1);
      a->beta2 = spec_num(betas->items[1], a->beta2);
    }
    a->eps = spec_num(spec_field(opt, "eps"), a->eps);
    a->weight_decay = spec_num(spec_field(opt, "weight_decay"), a->weight_decay);
  }
  a->clip = spec_num(spec_get(tb, "clip"), 0);
  a->steps = c.steps;
  const Spec *sch = spec_get(tb, "schedule");
  if (sch && sch->kind == SPEC_RECORD && sch->s) {
    a->warmup = (int64_t)spec_num(spec_field(sch, "warmup"), 0);
    if (!strcmp(sch->s, "cosine")) {
      a->schedule = LR_COSINE;
      a->min_lr = spec_num(spec_field(sch, "min_lr"), 0);
    } else if (!strcmp(sch->s, "linear")) {
      a->schedule = LR_LINEAR;
    }
  }
  return c;
}

bool tcli_data_spec(const Model *m, DataSpec *s, Diag *d) {
  memset(s, 0, sizeof *s);
  const Spec *data = spec_get(&m->train, "data");
  if (!m->train.present || !data || data->kind != SPEC_RECORD || !data->s) {
    diag_plain(d, "model %s has no train block with data = ...; see LANGUAGE.md section 7", m->name);
    return false;
  }
  s->kind = !strcmp(data->s, "tokens") ? DATA_TOKENS : !strcmp(data->s, "tsv") ? DATA_TSV : DATA_TEXT;
  const Spec *path = spec_field(data, "path");
  s->path = xstrdup(path && path->s ? path->s : "");
  s->split = spec_num(spec_field(data, "split"), s->kind == DATA_TSV ? 0.8 : 0.9);
  const Spec *tok = spec_field(data, "tokenizer");
  s->tokenizer = TOK_CHAR;
  if (tok && tok->kind == SPEC_STR && !strcmp(tok->s, "byte")) s->tokenizer = TOK_BYTE;
  if (tok && tok->kind == SPEC_RECORD && tok->s && !strcmp(tok->s, "llama2c")) {
    s->tokenizer = TOK_LLAMA2C;
    const Spec *tp = spec_field(tok, "path");
    s->tokenizer_path = xstrdup(tp && tp->s ? tp->s : "");
  }
  if (s->kind == DATA_TSV) {
    s->text_col = (int)spec_num(spec_field(data, "text"), 2);
    s->label_col = (int)spec_num(spec_field(data, "label"), 1);
    const Spec *labels = spec_field(data, "labels");
    for (int i = 0; labels && labels->kind == SPEC_LIST && i < labels->n; i++) {
      s->labels = xrealloc(s->labels, sizeof *s->labels * (size_t)(s->nlabels + 1));
      s->labels[s->nlabels++] = xstrdup(labels->items[i]->s ? labels->items[i]->s : "");
    }
  }
  return true;
}

void tcli_data_spec_free(DataSpec *s) {
  free(s->path);
  free(s->tokenizer_path);
  for (int i = 0; i < s->nlabels; i++) free(s->labels[i]);
  free(s->labels);
}

int tcli_vocab(Program *p, const Model *m, bool cls) {
  if (!cls) {
    Graph *g = fe_lower(p, "forward", false);
    int v = 0;
    if (g && g->outputs.n > 0) {
      const IrNode *x = &g->nodes.v[g->outputs.v[0].node];
      int64_t c;
      if (x->rank > 0 && dim_is_const(x->shape[x->rank - 1], &c)) v = (int)c;
    }
    ir_graph_free(g);
    if (v > 0) return v;
  }
  for (int i = 0; i < m->params.n; i++)
    if (m->params.v[i].rank == 2) return (int)m->params.v[i].dims[0];
  return 256;
}

void tcli_init_params(const Model *m, uint64_t seed, TensorList *params) {
  for (int i = 0; i < m->params.n; i++) {
    const ParamInfo *pi = &m->params.v[i];
    tl_add(params, rt_init_tensor(pi->name, pi->dtype, pi->rank, pi->dims, (RtInit)pi->init, pi->init_a, pi->init_b, seed));
  }
}

static void json_str(StrBuf *b, const char *s) {
  sb_putc(b, '"');
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') sb_printf(b, "\\%c", c);
    else if (c < 0x20) sb_printf(b, "\\u%04x", c);
    else sb_putc(b, (char)c);
  }
  sb_putc(b, '"');
}

/* A setting as JSON; a record is {"kind": NAME, field: value, ...}. */
static void spec_json(StrBuf *b, const Spec *s) {
  switch (s->kind) {
  case SPEC_INT: sb_printf(b, "%" PRId64, s->i); break;
  case SPEC_FLOAT: sb_printf(b, "%.17g", s->f); break;
  case SPEC_BOOL: sb_puts(b, s->i ? "true" : "false"); break;
  case SPEC_STR: json_str(b, s->s ? s->s : ""); break;
  case SPEC_LIST:
    sb_putc(b, '[');
    for (int i = 0; i < s->n; i++) {
      if (i) sb_puts(b, ", ");
      spec_json(b, s->items[i]);
    }
    sb_putc(b, ']');
    break;
  case SPEC_RECORD:
    sb_puts(b, "{\"kind\": ");
    json_str(b, s->s ? s->s : "");
    for (int i = 0; i < s->n; i++) {
      sb_puts(b, ", ");
      json_str(b, s->names[i]);
      sb_puts(b, ": ");
      spec_json(b, s->items[i]);
    }
    sb_putc(b, '}');
    break;
  }
}

void tcli_run_meta(const Model *m, const Opts *o, const Tokenizer *tok, StMeta *meta) {
  st_meta_set(meta, "llmc.model", m->name);
  /* the config block itself is not reachable from here (its values reach the
   * checkpoint through the parameter shapes); its overrides are */
  StrBuf sets = {0};
  for (int i = 0; i < o->sets.n; i++)
    if (strncmp(o->sets.v[i], "train.", 6)) {
      if (sets.len) sb_puts(&sets, "; ");
      sb_puts(&sets, o->sets.v[i]);
    }
  st_meta_set(meta, "llmc.config.sets", sb_cstr(&sets));
  sb_free(&sets);
  StrBuf all = {0};
  sb_putc(&all, '{');
  for (int i = 0; i < m->train.n; i++) {
    StrBuf v = {0};
    spec_json(&v, m->train.values[i]);
    char *key = xasprintf("llmc.train.%s", m->train.keys[i]);
    st_meta_set(meta, key, sb_cstr(&v));
    free(key);
    if (i) sb_puts(&all, ", ");
    json_str(&all, m->train.keys[i]);
    sb_printf(&all, ": %s", sb_cstr(&v));
    sb_free(&v);
  }
  sb_putc(&all, '}');
  st_meta_set(meta, "llmc.config", sb_cstr(&all));
  sb_free(&all);
  TokKind k = tok_kind(tok);
  st_meta_set(meta, "llmc.tokenizer", k == TOK_CHAR ? "char" : k == TOK_BYTE ? "byte" : "llama2c");
  if (k == TOK_CHAR) st_meta_set(meta, "llmc.tokenizer.vocab", tok_char_vocab(tok));
  if (k == TOK_LLAMA2C) {
    const char *f = tok_file(tok), *slash = strrchr(f, '/');
    st_meta_set(meta, "llmc.tokenizer.file", slash ? slash + 1 : f);
    st_meta_set(meta, "llmc.tokenizer.sha256", tok_file_hash(tok));
  }
}

Tokenizer *tcli_ckpt_tokenizer(const char *path, const StMeta *meta, int vocab, Diag *d) {
  const char *k = st_meta_get(meta, "llmc.tokenizer");
  if (!k && st_meta_get(meta, "llmc.source")) {
    diag_plain(d, "%s: imported without a tokenizer; run llmc import again with --tokenizer TOK.bin", path);
    return NULL;
  }
  if (!k) {
    diag_plain(d, "%s: metadata key 'llmc.tokenizer' is missing; not a checkpoint of llmc train", path);
    return NULL;
  }
  if (!strcmp(k, "byte")) return tok_new_byte();
  if (!strcmp(k, "char")) {
    const char *v = st_meta_get(meta, "llmc.tokenizer.vocab");
    if (!v) {
      diag_plain(d, "%s: metadata key 'llmc.tokenizer.vocab' is missing (the char vocabulary)", path);
      return NULL;
    }
    return tok_new_char_vocab(v, d);
  }
  if (strcmp(k, "llama2c")) {
    diag_plain(d, "%s: metadata key 'llmc.tokenizer' is '%s'; expected char, byte or llama2c", path, k);
    return NULL;
  }
  /* embedded (llmc import), else the file beside the checkpoint or in the data directory */
  size_t emb_len;
  bool bad;
  uint8_t *emb = l2c_meta_tokenizer_bytes(meta, path, &emb_len, &bad, d);
  if (emb || bad) {
    const char *name = st_meta_get(meta, "llmc.tokenizer.file");
    Tokenizer *t = emb ? tok_load_llama2c_mem(emb, emb_len, name ? name : "the embedded tokenizer", vocab, d) : NULL;
    free(emb);
    return t;
  }
  const char *file = st_meta_get(meta, "llmc.tokenizer.file"), *hash = st_meta_get(meta, "llmc.tokenizer.sha256");
  if (!file || !hash) {
    diag_plain(d, "%s: metadata keys 'llmc.tokenizer.file' and 'llmc.tokenizer.sha256' are needed for llama2c", path);
    return NULL;
  }
  char *dir = sup_dirname(path), *tried = NULL;
  char *found = sup_find_data_file(file, dir, NULL, &tried);
  free(dir);
  free(tried);
  if (!found) {
    diag_plain(d, "%s: cannot find the tokenizer file %s", path, file);
    return NULL;
  }
  Tokenizer *t = tok_load_llama2c(found, vocab, d);
  if (t && strcmp(tok_file_hash(t), hash)) {
    diag_plain(d, "%s: the tokenizer %s has SHA-256 %s but the checkpoint was trained with %s", path, found,
               tok_file_hash(t), hash);
    tok_free(t);
    t = NULL;
  }
  free(found);
  return t;
}

bool tcli_check_seq(const Model *m, int64_t seq, Diag *d) {
  IrPrompt pr;
  if (!fe_peft_prompt(m, &pr) || m->ctx <= 0 || seq + pr.n <= m->ctx) return true;
  diag_plain(d, "finetune.prompt: %" PRId64 " prompt tokens before a sequence of %" PRId64 " make %" PRId64
                " positions, more than the model's ctx = %" PRId64 " (its config); lower train.seq (--set train.seq=%"
                PRId64 ") or finetune.prompt.tokens", pr.n, seq, pr.n + seq, m->ctx, m->ctx - pr.n);
  return false;
}

/* prompt(vocab_init = true), PEFT's SAMPLE_VOCAB: each prompt embedding a row
 * of the token table (the first 2-d parameter, as the prompt is sized by),
 * drawn uniformly with the run's seed; after the base weights are loaded. */
static void prompt_vocab_init(const Model *m, uint64_t seed, TensorList *params) {
  const Spec *rec = spec_get(&m->finetune, "prompt");
  const Spec *vi = spec_field(rec, "vocab_init");
  Tensor *p = tl_find(params, FE_PROMPT_PARAM);
  if (!vi || !vi->i || !p) return;
  const Tensor *table = NULL;
  for (int i = 0; i < params->v.n && !table; i++)
    if (params->v.v[i]->rank == 2 && params->v.v[i] != p) table = params->v.v[i];
  if (!table || table->shape[1] != p->shape[1]) return;
  uint64_t st = seed ^ 0x70726f6d7074ULL; /* "prompt" */
  for (int64_t r = 0; r < p->shape[0]; r++) {
    int64_t row = (int64_t)(rt_splitmix64(&st) % (uint64_t)table->shape[0]);
    for (int64_t k = 0; k < p->shape[1]; k++) tensor_set(p, r * p->shape[1] + k, tensor_get(table, row * p->shape[1] + k));
  }
}

/* ---- llmc train ----------------------------------------------------------------------- */

/* Set by SIGINT; the loop finishes its step, writes a checkpoint and exits
 * 130. (A signal handler can only reach a static object: the one mutable
 * global of the driver, of the type the C standard allows there.) */
static volatile sig_atomic_t g_interrupted;
static void on_sigint(int sig) {
  (void)sig;
  g_interrupted = 1;
}

typedef struct Run {
  const Model *m;
  Program *p;          /* for the final figures of a classifier (its forward graph) */
  Device *dev;
  const Dataset *ds;
  TrainConfig c;
  Trainer *tr;
  char *dir, *metrics_path, *svg_path, *name;
  FILE *metrics;
  StMeta meta;         /* identifies the run: checked on resume */
  Curve train, val;
  int keep;
  int64_t stop_after;  /* 0: none */
  bool tty, bar_shown;
  double t_start, last_line, ema_step; /* progress */
  double last_val;
  int64_t last_eval_step, nsteps; /* nsteps: taken by this process */
} Run;

static bool mkdir_p(const char *dir, Diag *d) {
  char *p = xstrdup(dir);
  for (char *s = p + 1;; s++) {
    bool end = *s == 0;
    if (*s == '/' || end) {
      *s = 0;
      if (mkdir(p, 0777) != 0 && errno != EEXIST) {
        diag_plain(d, "%s: cannot create the folder: %s", p, strerror(errno));
        free(p);
        return false;
      }
      if (end) break;
      *s = '/';
    }
  }
  free(p);
  return true;
}

static bool write_svg(Run *r, Diag *d) {
  StrBuf b = {0};
  report_svg(&b, r->name, &r->train, &r->val);
  bool ok = report_write_file(r->svg_path, b.s ? b.s : "", b.len, d);
  sb_free(&b);
  return ok;
}

static bool save_ckpt(Run *r, Diag *d) {
  char *path = xasprintf("%s/ckpt-%" PRId64 ".safetensors", r->dir, trainer_step_count(r->tr));
  bool ok = trainer_save(r->tr, path, &r->meta, d);
  free(path);
  if (ok) ckpt_prune(r->dir, r->keep);
  return ok;
}

static void fmt_eta(char *buf, size_t n, double s) {
  if (!isfinite(s) || s < 0) s = 0;
  long t = (long)(s + 0.5);
  if (t >= 3600) snprintf(buf, n, "%ldh%02ldm", t / 3600, t / 60 % 60);
  else snprintf(buf, n, "%ldm%02lds", t / 60, t % 60);
}

static void progress(Run *r, const StepInfo *si, double tps, bool force) {
  double now = tcli_now();
  if (!force && now - r->last_line < (r->tty ? 0.1 : 5)) return; /* a terminal: at most 10 redraws a second */
  r->last_line = now;
  char eta[32], val[32] = "-";
  fmt_eta(eta, sizeof eta, r->ema_step * (double)(r->c.steps - si->step));
  if (isfinite(r->last_val)) snprintf(val, sizeof val, "%.4f", r->last_val);
  if (r->tty) {
    int width = 24, fill = (int)(width * (double)si->step / (double)r->c.steps);
    char bar[64];
    for (int i = 0; i < width; i++) bar[i] = i < fill ? '#' : '.';
    bar[width] = 0;
    fprintf(stderr, "\r[%s] %" PRId64 "/%" PRId64 " loss %.4f val %s lr %.2e %.0f tok/s ETA %s \033[K", bar, si->step,
            r->c.steps, si->loss, val, si->lr, tps, eta);
    r->bar_shown = true;
  } else {
    fprintf(stderr, "step %" PRId64 "/%" PRId64 ": loss %.4f, val loss %s, lr %.3e, %.0f tokens/s, ETA %s\n", si->step,
            r->c.steps, si->loss, val, si->lr, tps, eta);
  }
}

/* Ends the progress bar's line, if one is drawn, before other output. */
static void end_bar(Run *r) {
  if (r->bar_shown) fputc('\n', stderr);
  r->bar_shown = false;
}

/* A number as JSON: null when it is not finite (a diverged loss). */
static const char *json_num(char buf[32], double v) {
  if (isfinite(v)) snprintf(buf, 32, "%.9g", v);
  else snprintf(buf, 32, "null");
  return buf;
}

static bool do_eval(Run *r, Diag *d) {
  double v;
  if (!trainer_eval(r->tr, &v, d)) return false;
  int64_t s = trainer_step_count(r->tr);
  r->last_val = v;
  r->last_eval_step = s;
  char vs[32];
  fprintf(r->metrics, "{\"step\": %" PRId64 ", \"val_loss\": %s}\n", s, json_num(vs, v));
  fflush(r->metrics);
  report_curve_add(&r->val, (double)s, v);
  end_bar(r);
  fprintf(stderr, "step %" PRId64 ": val loss %.4f\n", s, v);
  return write_svg(r, d);
}

/* A classifier at the end of training: accuracy, precision, recall, F1 and
 * the confusion matrix over the whole validation split, as llmc eval gives
 * them, printed and written to metrics.jsonl. Runs forward on the parameters
 * the final checkpoint holds (trainer_save brought the host copies up to date). */
static bool final_cls(Run *r, Diag *d) {
  Graph *g = pl_build_graph(r->p, "forward", false, false, d);
  Runner run = {0};
  ClsMetrics cm = {0};
  const TensorList *params = trainer_params(r->tr);
  double t0 = tcli_now();
  bool ok = g && runner_init(&run, r->dev, g, &r->c.target, r->c.batch, r->c.seq, d) &&
            runner_keep_params(&run, params, d) &&
            cls_evaluate(&run, params, r->ds, r->c.batch, r->c.seq, rt_graph_has_input(g, "mask"),
                         data_nlabels(r->ds) > 0 ? data_nlabels(r->ds) : 2, &cm, d);
  if (ok) {
    int64_t s = trainer_step_count(r->tr);
    StrBuf b = {0};
    cls_json_members(&b, &cm);
    fprintf(r->metrics, "{\"step\": %" PRId64 ", \"split\": \"validation\", %s}\n", s, sb_cstr(&b));
    fflush(r->metrics);
    sb_free(&b);
    fprintf(stderr, "llmc train: the classifier at step %" PRId64 " on the whole validation split (%.1f s):\n", s,
            tcli_now() - t0);
    cls_print(stderr, &cm, "  ");
  }
  cls_free(&cm);
  runner_free(&run);
  ir_graph_free(g);
  return ok;
}

/* The loop: steps until the end, --stop-after or Ctrl-C; then the final
 * evaluation and checkpoint (and a classifier's figures). 0, 1 on an error,
 * 130 when interrupted. */
static int train_loop(Run *r, Diag *d) {
  const TrainConfig *c = &r->c;
  int64_t save_every = (int64_t)spec_num(spec_get(&r->m->train, "save_every"), 0);
  double tokens = (double)(c->batch * c->seq * c->accum);
  r->t_start = tcli_now();
  while (trainer_step_count(r->tr) < c->steps && !g_interrupted) {
    StepInfo si;
    if (!trainer_step(r->tr, &si, d)) return 1;
    double tps = si.seconds > 0 ? tokens / si.seconds : 0;
    char ls[32], gs[32];
    /* the first step of a process also builds kernels lazily (PoCL): the ETA starts at the second */
    r->ema_step = r->ema_step > 0 && ++r->nsteps > 2 ? 0.9 * r->ema_step + 0.1 * si.seconds : si.seconds;
    fprintf(r->metrics,
            "{\"step\": %" PRId64 ", \"loss\": %s, \"lr\": %.9g, \"grad_norm\": %s, \"tokens_per_s\": %.1f}\n",
            si.step, json_num(ls, si.loss), si.lr, json_num(gs, si.grad_norm), tps);
    fflush(r->metrics);
    report_curve_add(&r->train, (double)si.step, si.loss);
    progress(r, &si, tps, si.step == 1 || si.step == c->steps);
    if (!isfinite(si.loss)) {
      diag_plain(d, "step %" PRId64 ": the loss is %g; stopping (lower the learning rate?)", si.step, si.loss);
      return 1;
    }
    bool eval_now = c->eval_every > 0 && si.step % c->eval_every == 0 && si.step < c->steps;
    if (eval_now && !do_eval(r, d)) return 1;
    bool save_now = save_every > 0 ? si.step % save_every == 0 : eval_now;
    if (save_now && si.step < c->steps && !save_ckpt(r, d)) return 1;
    if (r->stop_after > 0 && si.step >= r->stop_after) break;
  }
  end_bar(r);
  bool done = trainer_step_count(r->tr) >= c->steps;
  if (done && r->last_eval_step != trainer_step_count(r->tr) && !do_eval(r, d)) return 1;
  if (!save_ckpt(r, d) || !write_svg(r, d)) return 1;
  double wall = tcli_now() - r->t_start;
  uint64_t peak = rt_device_peak_bytes(r->dev); /* training's: before the classifier's forward plan */
  if (done && data_is_classification(r->ds) && !final_cls(r, d)) return 1;
  if (r->dev)
    fprintf(stderr, "llmc train: peak device memory %.2f MB (parameters, gradients, optimiser state, activations)\n",
            (double)peak / 1e6);
  fprintf(stderr, "llmc train: %s at step %" PRId64 " after %.1f s; checkpoint, metrics.jsonl and loss.svg in %s\n",
          g_interrupted ? "interrupted" : done ? "done" : "stopped", trainer_step_count(r->tr), wall, r->dir);
  return g_interrupted ? 130 : 0;
}

/* The run folder: --resume DIR, --out DIR or runs/<model>-<YYYYmmdd-HHMMSS>. */
static char *run_dir(const TOpts *t, const Model *m) {
  if (t->resume) return xstrdup(t->resume);
  if (t->out) return xstrdup(t->out);
  time_t now = time(NULL);
  struct tm tm;
  localtime_r(&now, &tm);
  char stamp[32];
  strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
  return xasprintf("runs/%s-%s", m->name, stamp);
}

/* Restores the newest checkpoint of r->dir and its metrics; false after reporting. */
static bool resume_run(Run *r, Diag *d) {
  int64_t step = 0;
  char *path = ckpt_newest(r->dir, &step);
  if (!path) {
    diag_plain(d, "%s: no checkpoint (ckpt-STEP.safetensors) to resume from", r->dir);
    return false;
  }
  StMeta got = {0};
  const char *hb = st_meta_get(&r->meta, "llmc.base.sha256");
  bool ok = trainer_load(r->tr, path, &got, d);
  if (ok && hb && (!st_meta_get(&got, "llmc.base.sha256") || strcmp(hb, st_meta_get(&got, "llmc.base.sha256")))) {
    const char *gb = st_meta_get(&got, "llmc.base.sha256"), *gn = st_meta_get(&got, "llmc.base");
    diag_plain(d, "%s was trained on the base %s (SHA-256 %s), but this run's base is %s (SHA-256 %s)", path,
               gn ? gn : "(none recorded)", gb ? gb : "-", st_meta_get(&r->meta, "llmc.base.path"), hb);
    ok = false;
  }
  ok = ok && ckpt_check_meta(path, &got, &r->meta, "llmc.model", d) &&
            ckpt_check_meta(path, &got, &r->meta, "llmc.tokenizer", d) &&
            ckpt_check_meta(path, &got, &r->meta, "llmc.train.", d) &&
            ckpt_check_meta(path, &got, &r->meta, "llmc.config.", d);
  if (ok) {
    StrBuf kept = {0};
    int64_t at = trainer_step_count(r->tr);
    report_read_metrics(r->metrics_path, at, &kept, &r->train, &r->val);
    ok = report_write_file(r->metrics_path, kept.s ? kept.s : "", kept.len, d);
    sb_free(&kept);
    r->last_eval_step = r->val.n ? (int64_t)r->val.x[r->val.n - 1] : -1;
    if (r->val.n) r->last_val = r->val.y[r->val.n - 1];
    fprintf(stderr, "llmc train: resuming %s from step %" PRId64 " (%s)\n", r->dir, at, path);
  }
  st_meta_free(&got);
  free(path);
  return ok;
}

/* finetune.from = safetensors("P") or llama2c("model.bin") (read as `llmc
 * import` reads it, train/llama2c.h): the parameters the file holds by name
 * (of the same shapes) replace their initial values; the others (a new head,
 * LoRA) keep them. */
static bool load_from(const Model *m, TensorList *params, Diag *d) {
  const Spec *from = spec_get(&m->finetune, "from");
  const char *path;
  bool l2c;
  if (from && from->kind == SPEC_RECORD && from->s && strcmp(from->s, "llama2c") && strcmp(from->s, "safetensors")) {
    diag_plain(d, "finetune.from = %s(...) is not a format llmc reads; expected safetensors or llama2c", from->s);
    return false;
  }
  if (!tcli_base_of(m, &path, &l2c)) return true;
  TensorList file = {0};
  int loaded = tcli_read_base(path, l2c, &file, d) ? tcli_copy_by_name(path, &file, params, d) : -1;
  if (loaded >= 0) fprintf(stderr, "llmc train: %d of %d parameters from %s\n", loaded, params->v.n, path);
  tl_free(&file);
  return loaded >= 0;
}

/* Everything between the loaded program and the loop; 0 or an exit status. */
static int train_setup(Run *r, Program *p, const Opts *o, const TOpts *to, Diag *d) {
  const Model *m = r->m;
  DataSpec ds_spec;
  int status = 1;
  Dataset *ds = NULL;
  Graph *gg = NULL, *eg = NULL;
  Device *dev = NULL;
  TensorList params = {0};
  bool *trainable = NULL;
  if (!tcli_check_seq(m, r->c.seq, d) || !tcli_data_spec(m, &ds_spec, d)) return 1;
  if (to->resume) { /* before the data and the plans: a wrong folder is said at once */
    int64_t step = 0;
    char *ck = ckpt_newest(r->dir, &step);
    bool have = ck != NULL;
    free(ck);
    if (!have) {
      diag_plain(d, "%s: no checkpoint (ckpt-STEP.safetensors) to resume from", r->dir);
      return 1;
    }
  }
  int vocab = tcli_vocab(p, m, ds_spec.kind == DATA_TSV);
  double t0 = tcli_now();
  ds = data_open(&ds_spec, NULL, vocab, (int)r->c.seq, r->c.seed, d);
  if (!ds) goto done;
  fprintf(stderr, "llmc train: %s: %" PRId64 " train and %" PRId64 " validation %s (%.1f s)\n", ds_spec.path,
          data_tokens(ds, false), data_tokens(ds, true), data_is_classification(ds) ? "rows" : "tokens",
          tcli_now() - t0);
  gg = pl_build_graph(p, "loss", true, true, d);
  eg = gg ? pl_build_graph(p, "loss", false, false, d) : NULL;
  if (!eg || !cli_open_device(o, &dev, d)) goto done;
  tcli_init_params(m, r->c.seed, &params);
  if (!load_from(m, &params, d)) goto done;
  prompt_vocab_init(m, r->c.seed, &params);
  trainable = xcalloc((size_t)params.v.n + 1, sizeof *trainable);
  int ntrain = 0;
  for (int i = 0; i < m->params.n; i++) ntrain += trainable[i] = !m->params.v[i].frozen;
  if (!ntrain) { /* a PEFT method adds trainable parameters (finetune.lora), so this is freeze = ["*"] alone */
    diag_plain(d, "model %s: every parameter is frozen, so there is nothing to train", m->name);
    goto done;
  }
  t0 = tcli_now();
  r->tr = trainer_new(&r->c, gg, eg, &params, trainable, ds, dev, d);
  r->p = p;
  r->dev = dev;
  r->ds = ds;
  if (!r->tr) goto done;
  fprintf(stderr, "llmc train: model %s, %" PRId64 " parameters, on %s; plans ready in %.1f s\n", m->name,
          m->total_params, dev ? rt_device_info(dev)->name : "the reference interpreter", tcli_now() - t0);
  tcli_run_meta(m, o, data_tokenizer(ds), &r->meta);
  if (r->c.adapter_ckpt && !tcli_base_meta(m, r->c.seed, &r->meta, d)) goto done;
  int64_t have = 0;
  char *old = to->resume ? NULL : ckpt_newest(r->dir, &have);
  if (old) {
    diag_plain(d, "%s already holds checkpoints (%s); continue it with --resume %s, or choose another --out", r->dir,
               old, r->dir);
    free(old);
    goto done;
  }
  if (!mkdir_p(r->dir, d) || (to->resume && !resume_run(r, d))) goto done;
  r->metrics = fopen(r->metrics_path, to->resume ? "a" : "w");
  if (!r->metrics) {
    diag_plain(d, "%s: cannot open: %s", r->metrics_path, strerror(errno));
    goto done;
  }
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  status = train_loop(r, d);
  fclose(r->metrics);
done:
  trainer_free(r->tr);
  free(trainable);
  tl_free(&params);
  rt_device_close(dev);
  ir_graph_free(gg);
  ir_graph_free(eg);
  data_free(ds);
  tcli_data_spec_free(&ds_spec);
  return status;
}

static int64_t parse_count(const char *s, const char *what, int64_t dflt, bool *ok) {
  if (!s) return dflt;
  char *end;
  long long v = strtoll(s, &end, 10);
  if (*end || end == s || v < 0) {
    cli_error("llmc %s: %s expects a non-negative integer, found '%s'", cli_current->name, what, s);
    *ok = false;
  }
  return v;
}

int cmd_train(int argc, char **argv) {
  Opts o = {0};
  TOpts to = {0};
  int rc = tcli_take(&argc, argv, "--out --resume --keep --stop-after", &to);
  if (!rc) rc = cli_parse(argc, argv, &o, "--set -I --data-dir --stdlib --backend --device --no-fuse");
  bool ok = true;
  Run r = {0};
  r.keep = (int)parse_count(to.keep, "--keep", -1, &ok);
  r.stop_after = parse_count(to.stop_after, "--stop-after", 0, &ok);
  if (rc || !ok || o.files.n != 1 || !cli_check_backend(&o) || (to.out && to.resume)) {
    if (!rc && ok && o.files.n != 1) cli_error("llmc train: expects one FILE; see 'llmc train --help'");
    if (!rc && to.out && to.resume) cli_error("llmc train: --resume DIR writes into DIR; --out is not needed");
    cli_opts_free(&o);
    return rc == 1 ? 0 : 2;
  }
  Diag d;
  cli_diag_init(&d, &o);
  int status = 1;
  Program *p = cli_load(&o, o.files.v[0], &d);
  if (p) {
    r.m = fe_model(p);
    if (!r.m->train.present || !r.m->has_loss) {
      cli_error("llmc train: model %s needs a 'loss' function and a train block (LANGUAGE.md section 7)", r.m->name);
    } else {
      r.c = tcli_config(r.m, !o.no_fuse);
      r.c.verbose = o.verbose;
      r.c.adapter_ckpt = r.m->finetune.present || r.m->finetune.n > 0; /* checkpoints: the trainable tensors, the base named by hash */
      if (r.keep < 0) r.keep = (int)spec_num(spec_get(&r.m->train, "keep"), 3); /* --keep, else train.keep */
      r.dir = run_dir(&to, r.m);
      r.metrics_path = xasprintf("%s/metrics.jsonl", r.dir);
      r.svg_path = xasprintf("%s/loss.svg", r.dir);
      const char *slash = strrchr(r.dir, '/');
      r.name = xstrdup(slash && slash[1] ? slash + 1 : r.dir);
      r.tty = isatty(2);
      r.last_val = NAN;
      r.last_eval_step = -1;
      status = train_setup(&r, p, &o, &to, &d);
    }
  }
  free(r.dir);
  free(r.metrics_path);
  free(r.svg_path);
  free(r.name);
  st_meta_free(&r.meta);
  report_curve_free(&r.train);
  report_curve_free(&r.val);
  fe_program_free(p);
  diag_free(&d);
  cli_opts_free(&o);
  return status;
}
