/* emit.c — the last pass: the unique kernels as files (NAME.cl or NAME.cu,
 * NAME the kernel's entry point, each compilable on its own; launches of
 * equal code share one file) and the plan in a readable form (plan.txt: each
 * launch, its label, its arguments and the kernel it runs), for
 * `llmc compile -o DIR` and LLMC_PLAN_DUMP=DIR. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "pipeline.h"

static bool write_text(const char *path, const char *text, Diag *d) {
  FILE *f = fopen(path, "w");
  if (!f) {
    diag_plain(d, "cannot write '%s': %s", path, strerror(errno));
    return false;
  }
  fputs(text, f);
  bool ok = fclose(f) == 0;
  if (!ok) diag_plain(d, "cannot write '%s': %s", path, strerror(errno));
  return ok;
}

bool pl_emit(const Graph *g, const Schedule *fp, Kernel *const *kern, const char *dir, Diag *d) {
  if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
    diag_plain(d, "cannot create '%s': %s", dir, strerror(errno));
    return false;
  }
  StrBuf plan = {0};
  sb_printf(&plan, "# llmc plan for graph %s: kernels in launch order\n", g->entry ? g->entry : "main");
  sb_puts(&plan, "# shape variables:");
  for (int i = 0; i < g->syms.n; i++) sb_printf(&plan, " %s", g->syms.v[i]);
  int unique = 0; /* kernels of equal names are equal: built once, launched several times */
  for (int q = 0; q < fp->nk; q++) {
    bool first = true;
    for (int r = 0; r < q && first; r++) first = strcmp(kern[r]->name, kern[q]->name) != 0;
    unique += first;
  }
  sb_printf(&plan, "\n# %d launches, %d unique kernels\n\n", fp->nk, unique);
  for (int i = 0; i < g->nodes.n; i++) {
    const IrNode *x = &g->nodes.v[i];
    if (!fp->live[i] || (x->op != OP_PARAM && x->op != OP_INPUT)) continue;
    sb_printf(&plan, "load    %%%d %s \"%s\" : ", i, op_name(x->op), x->name);
    ir_print_type(&plan, g, x);
    sb_putc(&plan, '\n');
  }
  bool ok = true;
  for (int q = 0; q < fp->nk && ok; q++) {
    const SchedKernel *K = &fp->k[q];
    Kernel *k = kern[q];
    bool first = true; /* one file per unique kernel: launches of equal code share it */
    for (int r = 0; r < q && first; r++) first = strcmp(kern[r]->name, k->name) != 0;
    if (first) {
      char path[4096];
      snprintf(path, sizeof path, "%s/%s.%s", dir, k->name, k->dialect == DIALECT_CUDA ? "cu" : "cl");
      ok = write_text(path, k->source, d);
    }
    sb_printf(&plan, "launch  %-24s %-7s items=", k->label, fuse_kind_name(K->kind));
    dim_print(&plan, k->items, g->syms.v);
    sb_printf(&plan, " local=%d args=(", k->local);
    for (int a = 0; a < k->nargs; a++) {
      const KArg *ka = &k->args[a];
      if (a) sb_puts(&plan, ", ");
      if (ka->kind == KARG_SYM) sb_puts(&plan, g->syms.v[ka->sym]);
      else if (ka->kind == KARG_SEED) sb_puts(&plan, "seed");
      else sb_printf(&plan, "%s%%%d", ka->kind == KARG_OUT ? "out " : "", ka->node);
    }
    sb_printf(&plan, ")   # step %d\n        kernel %s\n", q, k->name);
    sb_puts(&plan, "        computes");
    for (int j = 0; j < K->nmembers; j++) {
      int32_t m = K->members[j];
      bool out = false;
      for (int o = 0; o < K->nouts; o++) out |= K->outs[o] == m;
      sb_printf(&plan, " %s%%%d %s", out ? "*" : "", m, op_name(g->nodes.v[m].op));
    }
    sb_puts(&plan, "\n");
  }
  for (int i = 0; i < g->nodes.n; i++)
    if (fp->live[i] && fp->alias[i] != i) {
      sb_printf(&plan, "alias   %%%d = view of %%%d : ", i, fp->alias[i]);
      ir_print_type(&plan, g, &g->nodes.v[i]);
      sb_putc(&plan, '\n');
    }
  for (int i = 0; i < g->outputs.n; i++) sb_printf(&plan, "output  %s = %%%d\n", g->outputs.v[i].name, g->outputs.v[i].node);
  sb_puts(&plan, "# * marks the values a kernel stores; the others it computes inline\n");
  if (ok) {
    char path[4096];
    snprintf(path, sizeof path, "%s/plan.txt", dir);
    ok = write_text(path, sb_cstr(&plan), d);
  }
  sb_free(&plan);
  return ok;
}
