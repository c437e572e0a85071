/* sequence.c — one kernel that runs a plan's launches in order, in one work
 * item (codegen.h: cg_sequence). Each kernel's source becomes a function of
 * its work-item index; the sequence kernel calls it for every index of its
 * launch, then the next, with the buffers at their byte offsets and the
 * shape variables as constants. */
#include <string.h>

#include "codegen.h"

/* What a kernel must not use to run as a function of its index: anything of
 * the work group (local memory, barriers, group ids and sizes). */
static const char *const GROUP_WORDS[] = {"__local", "barrier(", "get_local_id", "get_group_id", "get_local_size",
                                          "get_num_groups", "get_global_size", "mem_fence"};

bool cg_sequenceable(const Kernel *k, const char **why) {
  if (k->dialect != DIALECT_OPENCL) return *why = "not OpenCL C", false;
  for (size_t i = 0; i < sizeof GROUP_WORDS / sizeof GROUP_WORDS[0]; i++)
    if (strstr(k->source, GROUP_WORDS[i])) return *why = "it works in work groups (local memory or barriers)", false;
  StrBuf head = {0};
  sb_printf(&head, "__kernel void %s(", k->name);
  const char *at = strstr(k->source, sb_cstr(&head));
  bool one = at && !strstr(at + 1, sb_cstr(&head)) && strstr(at, ") {\n");
  sb_free(&head);
  if (!one) return *why = "its entry point is not where codegen puts it", false;
  return true;
}

/* k's source with the entry point as a plain function that takes its work-item
 * index last: `void NAME(..., long llmc_gid)`. */
static void function_form(const Kernel *k, StrBuf *out) {
  StrBuf head = {0};
  sb_printf(&head, "__kernel void %s(", k->name);
  const char *src = k->source, *at = strstr(src, sb_cstr(&head)), *open = strstr(at, ") {\n");
  sb_putn(out, src, (size_t)(at - src));
  sb_printf(out, "#define restrict\nvoid %s(", k->name);
  sb_putn(out, at + head.len, (size_t)(open - (at + head.len)));
  sb_puts(out, ", long llmc_gid");
  static const char GID[] = "get_global_id(0)";
  for (const char *s = open; *s;) {
    const char *g = strstr(s, GID);
    if (!g) {
      sb_puts(out, s);
      break;
    }
    sb_putn(out, s, (size_t)(g - s));
    sb_puts(out, "llmc_gid");
    s = g + sizeof GID - 1;
  }
  sb_free(&head);
}

static const char *elem_type(DType t) { return t == DT_I32 ? "int" : t == DT_F32 ? "float" : "ushort"; }

static void print_arg(StrBuf *b, const KArg *ka, const CgSeqArg *a) {
  if (ka->kind == KARG_SYM) sb_printf(b, "%d", (int)a->value);
  else if (ka->kind == KARG_SEED) sb_puts(b, "llmc_seed");
  else
    sb_printf(b, "(__global %s%s *)(m%d + %lluUL)", ka->kind == KARG_IN ? "const " : "", elem_type(ka->dtype), a->buf,
              (unsigned long long)a->off);
}

char *cg_sequence(const CgSeq *s, char **name) {
  StrBuf b = {0};
  /* each kernel once, as a function */
  for (int i = 0; i < s->nsteps; i++) {
    bool first = true;
    for (int j = 0; j < i && first; j++) first = strcmp(s->steps[j].k->name, s->steps[i].k->name) != 0;
    if (first) function_form(s->steps[i].k, &b);
  }
  StrBuf body = {0};
  sb_puts(&body, "(");
  for (int m = 0; m < s->nbufs; m++) sb_printf(&body, "__global uchar *m%d, ", m);
  sb_puts(&body, "ulong llmc_seed) {\n");
  for (int i = 0; i < s->nsteps; i++) {
    const CgSeqStep *st = &s->steps[i];
    if (st->items <= 0) continue;
    sb_printf(&body, "  /* %s */\n  for (long g = 0; g < %lldL; g++)\n    %s(", st->k->label, (long long)st->items,
              st->k->name);
    for (int a = 0; a < st->k->nargs; a++) {
      print_arg(&body, &st->k->args[a], &st->args[a]);
      sb_puts(&body, ", ");
    }
    sb_puts(&body, "g);\n");
  }
  for (int i = 0; i < s->nrows; i++) { /* rows stored at an index read from a buffer */
    const CgSeqRow *r = &s->rows[i];
    sb_printf(&body,
              "  { /* row store %d */\n"
              "    const int r = *(__global const int *)(m%d + %lluUL);\n"
              "    if (r >= 0 && r < %lld)\n"
              "      for (long o = 0; o < %lldL; o++)\n"
              "        for (long e = 0; e < %lldL; e++)\n"
              "          (m%d + %lluUL)[(o * %lldL + r) * %lldL + e] = (m%d + %lluUL)[o * %lldL + e];\n"
              "  }\n",
              i, r->index.buf, (unsigned long long)r->index.off, (long long)r->rows, (long long)r->outer,
              (long long)r->bytes, r->dst.buf, (unsigned long long)r->dst.off, (long long)r->rows, (long long)r->bytes,
              r->src.buf, (unsigned long long)r->src.off, (long long)r->bytes);
  }
  sb_puts(&body, "}\n");
  uint64_t h = 1469598103934665603ull; /* FNV-1a of everything but the comments' labels */
  for (size_t i = 0; i < b.len; i++) h = (h ^ (unsigned char)b.s[i]) * 1099511628211ull;
  for (size_t i = 0; i < body.len; i++) h = (h ^ (unsigned char)body.s[i]) * 1099511628211ull;
  StrBuf nm = {0};
  sb_printf(&nm, "seq_%016llx", (unsigned long long)h);
  sb_printf(&b, "\n/* %s: %d launches in order, in one work item */\n__kernel void %s%s", sb_cstr(&nm), s->nsteps,
            sb_cstr(&nm), sb_cstr(&body));
  sb_free(&body);
  sb_cstr(&nm);
  sb_cstr(&b);
  *name = nm.s;
  return b.s;
}
