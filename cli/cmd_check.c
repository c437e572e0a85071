/* cmd_check.c — `llmc check`: diagnostics, and the parameter table. */
#include <string.h>

#include "cli.h"
#include "fe_peft.h"

static void put_count(FILE *f, int64_t n, int width) {
  char buf[64], out[64];
  snprintf(buf, sizeof buf, "%lld", (long long)n);
  int len = (int)strlen(buf), k = 0;
  for (int i = 0; i < len; i++) {
    out[k++] = buf[i];
    if ((len - i - 1) % 3 == 0 && i != len - 1 && buf[i] != '-') out[k++] = ',';
  }
  out[k] = 0;
  fprintf(f, "%*s", width, out);
}

static void print_summary(const Model *m, const char *path) {
  int wname = 4;
  for (int i = 0; i < m->params.n; i++) {
    int l = (int)strlen(m->params.v[i].name);
    if (l > wname) wname = l;
  }
  printf("model %s (%s)\n", m->name, path);
  printf("  %-*s  %-16s %-5s %12s  %s\n", wname, "name", "shape", "dtype", "count", "");
  int64_t trainable = 0, frozen = 0;
  for (int i = 0; i < m->params.n; i++) {
    const ParamInfo *p = &m->params.v[i];
    char shape[128];
    int k = snprintf(shape, sizeof shape, "[");
    for (int j = 0; j < p->rank && k < 100; j++) k += snprintf(shape + k, sizeof shape - (size_t)k, "%s%lld", j ? ", " : "", (long long)p->dims[j]);
    snprintf(shape + k, sizeof shape - (size_t)k, "]");
    printf("  %-*s  %-16s %-5s ", wname, p->name, shape, dtype_name(p->dtype));
    put_count(stdout, p->count, 12);
    printf("  %s\n", p->frozen ? "frozen" : "");
    if (!p->frozen) trainable += p->count;
    else frozen += p->count;
  }
  printf("  %-*s  %-16s %-5s ", wname, "total", "", "");
  put_count(stdout, m->total_params, 12);
  printf("\n  %d tensors, ", m->params.n);
  put_count(stdout, m->total_params, 0);
  printf(" parameters: ");
  put_count(stdout, trainable, 0);
  printf(" trainable (%.2f%%), ", m->total_params ? 100.0 * (double)trainable / (double)m->total_params : 0.0);
  put_count(stdout, frozen, 0);
  printf(" frozen\n");
  const char *methods[] = {"lora", "adapter", "prompt"};
  for (int k = 0; k < 3; k++) {
    int nt;
    int64_t extra = fe_peft_params(m, methods[k], &nt);
    if (!nt) continue;
    printf("  finetune %s: ", methods[k]);
    put_count(stdout, extra, 0);
    /* LoRA's matrices are in the table above (NAME.lora_A, NAME.lora_B) */
    if (k == 0) printf(" parameters on %d linear layer%s (the lora_A and lora_B above)\n", nt, nt == 1 ? "" : "s");
    else if (k == 2) printf(" parameters (%s above: embeddings prepended to the sequence)\n", FE_PROMPT_PARAM);
    else printf(" parameters on %d module%s (the adapter_* above; adapters on modules other than linear layers are "
                "not supported yet, issue 13)\n", nt, nt == 1 ? "" : "s");
  }
}

int cmd_check(int argc, char **argv) {
  Opts o = {0};
  int rc = cli_parse(argc, argv, &o, "--summary --set -I --data-dir --stdlib --no-color");
  if (rc) {
    cli_opts_free(&o);
    return rc == 1 ? 0 : rc;
  }
  if (o.files.n == 0) {
    fprintf(stderr, "llmc check: no input files; usage: llmc check FILE... [--summary]\n");
    cli_opts_free(&o);
    return 2;
  }
  int status = 0;
  for (int i = 0; i < o.files.n; i++) {
    Diag d;
    cli_diag_init(&d, &o);
    Program *p = cli_load(&o, o.files.v[i], &d);
    if (!p) status = 1;
    else if (o.summary && fe_model(p)) print_summary(fe_model(p), o.files.v[i]);
    fe_program_free(p);
    diag_free(&d);
  }
  cli_opts_free(&o);
  return status;
}

