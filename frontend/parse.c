/* parse.c — running the scanner and parser over files, and following imports. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parse_ctx.h"
#include "sema.h"
#include "parser.h"

typedef void *yyscan_t;
int fe_yylex_init_extra(struct Parser *extra, yyscan_t *scanner);
int fe_yylex_destroy(yyscan_t scanner);
void *fe_yy_scan_bytes(const char *bytes, int len, yyscan_t scanner);
int fe_yyparse(yyscan_t scanner, Parser *p);

#ifndef LLMC_STDLIB_DIR
#define LLMC_STDLIB_DIR "stdlib"
#endif

/* $LLMC_STDLIB, else share/llmc/stdlib beside an installed binary
 * (<prefix>/bin/llmc), else the source tree's stdlib the binary was built from. */
const char *fe_default_stdlib_dir(void) {
  static char installed[4096];
  const char *env = getenv("LLMC_STDLIB");
  if (env && *env) return env;
  char exe[2048];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = 0;
      snprintf(installed, sizeof installed, "%s/../share/llmc/stdlib", exe);
      char probe[4200];
      snprintf(probe, sizeof probe, "%s/nn.llm", installed);
      if (sup_file_exists(probe)) return installed;
    }
  }
  return LLMC_STDLIB_DIR;
}

Node *fe_new_node(Parser *p, NodeKind k, Span sp) {
  Node *n = arena_alloc(p->arena, sizeof(Node));
  n->kind = k;
  n->span = sp;
  vec_push(p->all_nodes, n);
  return n;
}

Program *fe_program_new(Diag *d, const FeOptions *opts) {
  Program *p = xcalloc(1, sizeof *p);
  p->diag = d;
  if (opts) p->opts = *opts;
  arena_init(&p->arena);
  p->stdlib_dir = xstrdup(p->opts.stdlib_dir ? p->opts.stdlib_dir : fe_default_stdlib_dir());
  return p;
}

void fe_model_free(Model *m);

void fe_program_free(Program *p) {
  if (!p) return;
  for (int i = 0; i < p->all_nodes.n; i++) {
    vec_free(&p->all_nodes.v[i]->list);
    vec_free(&p->all_nodes.v[i]->list2);
  }
  vec_free(&p->all_nodes);
  for (int i = 0; i < p->files.n; i++) {
    vec_free(&p->files.v[i]->items);
    free(p->files.v[i]->path);
    free(p->files.v[i]);
  }
  vec_free(&p->files);
  vec_free(&p->items);
  fe_model_free(p->model);
  free(p->stdlib_dir);
  arena_free(&p->arena);
  free(p);
}

bool fe_parse_text(Program *prog, const char *path, const char *text, size_t len, AstFile **out) {
  if (len > (size_t)INT_MAX / 2) {
    diag_plain(prog->diag, "%s: file is too large to parse", path);
    return false;
  }
  AstFile *f = xcalloc(1, sizeof *f);
  f->path = xstrdup(path);
  f->file = diag_add_source(prog->diag, path, text, len);
  const SourceFile *sf = diag_file(prog->diag, f->file);
  Parser ps = {0};
  ps.arena = &prog->arena;
  ps.diag = prog->diag;
  ps.file = f->file;
  ps.text = sf->text;
  ps.len = sf->len;
  ps.items = &f->items;
  ps.all_nodes = &prog->all_nodes;
  yyscan_t sc;
  fe_yylex_init_extra(&ps, &sc);
  fe_yy_scan_bytes(sf->text, (int)sf->len, sc);
  int rc = fe_yyparse(sc, &ps);
  fe_yylex_destroy(sc);
  vec_push(&prog->files, f);
  if (out) *out = f;
  return rc == 0 && ps.nerrors == 0;
}

/* The nodes stay where `f`'s Program allocated them: the checker only reads
 * them, so one parse can serve many programs (the fuzzer parses the stdlib
 * once instead of once per input). */
void fe_add_parsed_file(Program *p, const AstFile *f) {
  AstFile *c = xcalloc(1, sizeof *c);
  c->file = f->file;
  c->path = xstrdup(f->path);
  for (int i = 0; i < f->items.n; i++) vec_push(&c->items, f->items.v[i]);
  vec_push(&p->files, c);
}

/* Resolves an import name: beside the importing file, then each -I folder,
 * then the stdlib. "nn" means "nn.llm". Returns a malloc'd path or NULL. */
static char *resolve_import(Program *p, const char *from_dir, const char *name) {
  StrBuf nb = {0};
  sb_puts(&nb, name);
  size_t ln = strlen(name);
  if (ln < 4 || strcmp(name + ln - 4, ".llm") != 0) sb_puts(&nb, ".llm");
  const char *fname = sb_cstr(&nb);
  char *found = NULL;
  if (fname[0] == '/') {
    if (sup_file_exists(fname)) found = xstrdup(fname);
  } else {
    const char *dirs[64];
    int nd = 0;
    dirs[nd++] = from_dir;
    for (int i = 0; i < p->opts.ninclude_dirs && nd < 63; i++) dirs[nd++] = p->opts.include_dirs[i];
    dirs[nd++] = p->stdlib_dir;
    for (int i = 0; i < nd && !found; i++) {
      char *cand = sup_path_join(dirs[i], fname);
      if (sup_file_exists(cand)) found = cand;
      else free(cand);
    }
  }
  sb_free(&nb);
  return found;
}

static bool already_loaded(Program *p, const char *path) {
  char *rp = realpath(path, NULL);
  bool seen = false;
  for (int i = 0; i < p->files.n && !seen; i++) {
    char *rq = realpath(p->files.v[i]->path, NULL);
    if (rp && rq && !strcmp(rp, rq)) seen = true;
    free(rq);
  }
  free(rp);
  return seen;
}

/* The files being loaded, outermost first (real paths), to report a cycle. */
typedef struct Chain {
  char *v[66];          /* real paths, to compare */
  const char *shown[66]; /* the paths as resolved, for the message */
  int n;
} Chain;

/* An import of a file already on the chain: reports the cycle, naming each file. */
static bool check_cycle(Program *p, const Chain *c, const char *ip, Span at) {
  char *rp = realpath(ip, NULL);
  int from = -1;
  for (int i = 0; rp && i < c->n && from < 0; i++)
    if (!strcmp(c->v[i], rp)) from = i;
  free(rp);
  if (from < 0) return true;
  StrBuf b = {0};
  for (int i = from; i < c->n; i++) sb_printf(&b, "'%s' imports ", c->shown[i]);
  sb_printf(&b, "'%s'", c->shown[from]);
  if (from == c->n - 1) diag_error(p->diag, at, "a file cannot import itself: %s", sb_cstr(&b));
  else diag_error(p->diag, at, "import cycle: %s", sb_cstr(&b));
  sb_free(&b);
  return false;
}

static bool load_file(Program *p, const char *path, Span from, int depth, Chain *chain) {
  size_t len;
  char *text = sup_read_file(path, &len);
  if (!text) {
    if (from.file) diag_error(p->diag, from, "cannot read '%s': %s", path, strerror(errno));
    else diag_plain(p->diag, "cannot read '%s': %s", path, strerror(errno));
    return false;
  }
  AstFile *f;
  bool ok = fe_parse_text(p, path, text, len, &f);
  free(text);
  char *dir = sup_dirname(path);
  char *self = realpath(path, NULL);
  chain->shown[chain->n] = path;
  chain->v[chain->n++] = self ? self : xstrdup(path);
  for (int i = 0; i < f->items.n; i++) {
    Node *it = f->items.v[i];
    if (it->kind != N_IMPORT) continue;
    if (it->slen != strlen(it->str) || it->slen == 0) {
      diag_error(p->diag, it->name_span, "import name must be a non-empty file name");
      ok = false;
      continue;
    }
    if (depth > 64) {
      diag_error(p->diag, it->span, "imports nested more than 64 deep");
      ok = false;
      continue;
    }
    char *ip = resolve_import(p, dir, it->str);
    if (!ip) {
      diag_error(p->diag, it->name_span,
                 "cannot find module '%s': looked for '%s%s' beside this file, in -I folders and in the stdlib (%s)",
                 it->str, it->str, strstr(it->str, ".llm") ? "" : ".llm", p->stdlib_dir);
      ok = false;
      continue;
    }
    if (!check_cycle(p, chain, ip, it->name_span)) ok = false;
    else if (!already_loaded(p, ip)) ok = load_file(p, ip, it->name_span, depth + 1, chain) && ok;
    free(ip);
  }
  free(chain->v[--chain->n]);
  free(dir);
  return ok;
}

bool fe_load(Program *p, const char *path) {
  int first = p->files.n;
  Chain chain = {0};
  bool ok = load_file(p, path, (Span){0, 0, 0}, 0, &chain);
  /* Items of imported files first, then the main file's, so names resolve in order. */
  if (p->files.n > first) {
    AstFile *main_file = p->files.v[first];
    for (int i = first + 1; i < p->files.n; i++)
      for (int j = 0; j < p->files.v[i]->items.n; j++) vec_push(&p->items, p->files.v[i]->items.v[j]);
    for (int j = 0; j < main_file->items.n; j++) vec_push(&p->items, main_file->items.v[j]);
  }
  return ok;
}
