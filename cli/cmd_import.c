/* cmd_import.c — `llmc import llama2c MODEL.bin [--tokenizer TOK.bin] -o
 * OUT.safetensors`: converts a llama2.c model file (legacy, version 1 or 2) into
 * a checkpoint that `llmc generate` and `eval` read, with the parameters named
 * as the stdlib LlamaBlock contract names them (train/llama2c.h) and the
 * tokenizer file embedded in the metadata, so nothing else is needed. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "llama2c.h"
#include "train_cli.h"

typedef struct ImportArgs {
  const char *format, *model, *tokenizer, *out;
} ImportArgs;

/* 0 to go on, 1 after --help, 2 after a usage error. */
static int parse_import(int argc, char **argv, ImportArgs *a) {
  memset(a, 0, sizeof *a);
  for (int i = 0; i < argc; i++) {
    const char *s = argv[i];
    if (!strcmp(s, "--help") || !strcmp(s, "-h")) return cli_usage(cli_current, stdout), 1;
    bool takes = !strcmp(s, "--tokenizer") || !strcmp(s, "-o") || !strcmp(s, "--out");
    if (takes && i + 1 >= argc) return cli_error("%s expects a value", s), 2;
    if (!strcmp(s, "--tokenizer")) a->tokenizer = argv[++i];
    else if (takes) a->out = argv[++i];
    else if (s[0] == '-' && s[1]) return cli_error("import: unknown option '%s'", s), 2;
    else if (!a->format) a->format = s;
    else if (!a->model) a->model = s;
    else return cli_error("import: unexpected argument '%s'", s), 2;
  }
  if (!a->format || !a->model || !a->out) {
    cli_error("usage: llmc import llama2c MODEL.bin [--tokenizer TOK.bin] -o OUT.safetensors");
    return 2;
  }
  if (strcmp(a->format, "llama2c")) {
    cli_error("import: unknown format '%s'; the one supported is llama2c", a->format);
    return 2;
  }
  return 0;
}

/* The metadata describing where the parameters came from. */
static void import_meta(StMeta *meta, const ImportArgs *a, const L2cConfig *c) {
  const char *slash = strrchr(a->model, '/');
  char *cfg = xasprintf("{\"version\": %d, \"group_size\": %d, \"dim\": %d, \"hidden_dim\": %d, \"n_layers\": %d, "
                        "\"n_heads\": %d, \"n_kv_heads\": %d, \"vocab_size\": %d, \"seq_len\": %d, "
                        "\"shared_classifier\": %s}",
                        c->version, c->group_size, c->dim, c->hidden_dim, c->n_layers, c->n_heads, c->n_kv_heads,
                        c->vocab, c->seq_len, c->shared ? "true" : "false");
  st_meta_set(meta, "llmc.source", "llama2c");
  st_meta_set(meta, "llmc.source.file", slash ? slash + 1 : a->model);
  st_meta_set(meta, "llmc.llama2c.config", cfg);
  free(cfg);
}

static int import_main(const ImportArgs *a, Diag *d) {
  L2cConfig c;
  TensorList params = {0};
  StMeta meta = {0};
  uint8_t *tokbuf = NULL;
  Tokenizer *tok = NULL;
  int status = 1;
  char hex[65];
  if (!l2c_read(a->model, &c, &params, d) || !tcli_file_sha256(a->model, hex, d)) goto done;
  import_meta(&meta, a, &c);
  st_meta_set(&meta, "llmc.source.sha256", hex); /* an adapter trained on the .bin accepts this copy as its base */
  if (a->tokenizer) {
    size_t len;
    if (!(tokbuf = (uint8_t *)sup_read_file(a->tokenizer, &len))) {
      diag_plain(d, "%s: cannot read the tokenizer: %s", a->tokenizer, strerror(errno));
      goto done;
    }
    /* parsed with the model's vocabulary, so a tokenizer that does not fit is refused now */
    if (!(tok = tok_load_llama2c_mem(tokbuf, len, a->tokenizer, c.vocab, d))) goto done;
    l2c_meta_embed_tokenizer(&meta, a->tokenizer, tokbuf, len);
  }
  if (!st_write_meta(a->out, &params, &meta, d)) goto done;
  int64_t n = 0;
  for (int i = 0; i < params.v.n; i++) n += tensor_numel(params.v.v[i]);
  fprintf(stderr, "llmc import: %s (llama2.c %s, dim %d, %d layers, %d/%d heads, vocab %d, seq_len %d, %s classifier): "
                  "%d tensors, %" PRId64 " parameters -> %s%s\n", a->model,
          c.version == 2 ? "version 2, Q8_0 dequantised" : c.version ? "version 1" : "legacy format",
          c.dim, c.n_layers, c.n_heads, c.n_kv_heads, c.vocab, c.seq_len, c.shared ? "shared" : "unshared",
          params.v.n, n, a->out, a->tokenizer ? ", tokenizer embedded" : "");
  if (!a->tokenizer)
    fprintf(stderr, "llmc import: note: no --tokenizer; generate and eval need one embedded, import again with it\n");
  status = 0;
done:
  tok_free(tok);
  free(tokbuf);
  st_meta_free(&meta);
  tl_free(&params);
  return status;
}

int cmd_import(int argc, char **argv) {
  ImportArgs a;
  int rc = parse_import(argc, argv, &a);
  if (rc) return rc == 1 ? 0 : 2;
  Diag d;
  diag_init(&d, stderr);
  int status = import_main(&a, &d);
  diag_free(&d);
  return status;
}
