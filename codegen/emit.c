/* emit.c — printing a kernel AST as OpenCL C 1.2 or CUDA C. The two dialects
 * differ only in the table below (qualifiers, thread ids, barriers, type and
 * math-function spellings) and in the prelude's few definitions; everything
 * else, helpers included, is the same text. */
#include <math.h>
#include <string.h>

#include "kast.h"

typedef struct Spelling {
  const char *kernel;        /* before the kernel's name */
  const char *global_in;     /* before an input buffer's element type */
  const char *global_out;
  const char *restrict_;     /* after a buffer's `*`: the buffers never alias */
  const char *local;         /* before a local-memory array */
  const char *barrier;
  const char *type[KT__COUNT];
  const char *fn[KF__COUNT];
  const char *global_id, *local_id, *group_id, *local_size; /* spelled without a cast */
  const char *inf, *nan;
  const char *long_suffix, *ulong_suffix;
  const char *prelude;       /* typedefs and macros the helpers use */
} Spelling;

#define HELPER_FNS                                                                                    \
  [KF_H2F] = "llmc_h2f", [KF_F2H] = "llmc_f2h", [KF_BF2F] = "llmc_bf2f", [KF_F2BF] = "llmc_f2bf",     \
  [KF_F2I] = "llmc_f2i", [KF_IDIV] = "llmc_idiv", [KF_IPOW] = "llmc_ipow", [KF_FMAX] = "llmc_fmax",   \
  [KF_FMIN] = "llmc_fmin", [KF_RAND] = "llmc_rand"

static const Spelling spell_opencl = {
    .kernel = "__kernel void",
    .global_in = "__global const ",
    .global_out = "__global ",
    .restrict_ = "restrict ",
    .local = "__local ",
    .barrier = "barrier(CLK_LOCAL_MEM_FENCE);",
    .type = {[KT_VOID] = "void", [KT_INT] = "int", [KT_UINT] = "uint", [KT_LONG] = "long", [KT_ULONG] = "ulong",
             [KT_FLOAT] = "float", [KT_U16] = "ushort", [KT_VEC16] = "float16", [KT_VEC8] = "float8"},
    .fn = {[KF_EXP] = "exp", [KF_LOG] = "log", [KF_SQRT] = "sqrt", [KF_RSQRT] = "rsqrt", [KF_FABS] = "fabs",
           [KF_SIN] = "sin", [KF_COS] = "cos", [KF_TANH] = "tanh", [KF_ERF] = "erf", [KF_ERFC] = "erfc",
           [KF_POW] = "pow", [KF_FMA] = "fma", [KF_ISNAN] = "isnan", HELPER_FNS},
    .global_id = "get_global_id(0)",
    .local_id = "get_local_id(0)",
    .group_id = "get_group_id(0)",
    .local_size = "get_local_size(0)",
    .inf = "INFINITY",
    .nan = "NAN",
    .long_suffix = "L",
    .ulong_suffix = "UL",
    .prelude = "#pragma OPENCL FP_CONTRACT OFF\n"
               "typedef ulong llmc_u64;\n"
               "typedef uint llmc_u32;\n"
               "typedef ushort llmc_u16;\n"
               "#define LLMC_FN static inline\n"
               "#define LLMC_U64(c) c##UL\n"
               "#define LLMC_AS_FLOAT(u) as_float(u)\n"
               "#define LLMC_AS_UINT(f) as_uint(f)\n",
};

static const Spelling spell_cuda = {
    .kernel = "extern \"C\" __global__ void",
    .global_in = "const ",
    .global_out = "",
    .restrict_ = "__restrict__ ",
    .local = "__shared__ ",
    .barrier = "__syncthreads();",
    .type = {[KT_VOID] = "void", [KT_INT] = "int", [KT_UINT] = "unsigned int", [KT_LONG] = "long long",
             [KT_ULONG] = "unsigned long long", [KT_FLOAT] = "float", [KT_U16] = "unsigned short"},
    .fn = {[KF_EXP] = "expf", [KF_LOG] = "logf", [KF_SQRT] = "sqrtf", [KF_RSQRT] = "rsqrtf", [KF_FABS] = "fabsf",
           [KF_SIN] = "sinf", [KF_COS] = "cosf", [KF_TANH] = "tanhf", [KF_ERF] = "erff", [KF_ERFC] = "erfcf",
           [KF_POW] = "powf", [KF_FMA] = "fmaf", [KF_ISNAN] = "isnan", HELPER_FNS},
    .global_id = NULL, /* blockIdx.x * blockDim.x + threadIdx.x, with a widening cast */
    .local_id = "threadIdx.x",
    .group_id = "blockIdx.x",
    .local_size = "blockDim.x",
    .inf = "__int_as_float(0x7f800000)",
    .nan = "__int_as_float(0x7fc00000)",
    .long_suffix = "LL",
    .ulong_suffix = "ULL",
    .prelude = "typedef unsigned long long llmc_u64;\n"
               "typedef unsigned int llmc_u32;\n"
               "typedef unsigned short llmc_u16;\n"
               "#define LLMC_FN static __device__ __forceinline__\n"
               "#define LLMC_U64(c) c##ULL\n"
               "#define LLMC_AS_FLOAT(u) __uint_as_float(u)\n"
               "#define LLMC_AS_UINT(f) __float_as_uint(f)\n",
};

static const Spelling *spelling(Dialect d) { return d == DIALECT_CUDA ? &spell_cuda : &spell_opencl; }

/* ---- prelude helpers: identical text in both dialects ------------------------------ */

typedef struct Helper {
  KFn fn;
  KFn needs;    /* another helper it calls, or KF__COUNT */
  const char *guard;
  const char *text;
} Helper;

static const Helper helpers[] = {
    {KF_H2F, KF__COUNT, "LLMC_H2F",
     "/* f16 bits -> float, exactly */\n"
     "LLMC_FN float llmc_h2f(llmc_u16 h) {\n"
     "  llmc_u32 sign = (llmc_u32)(h >> 15) << 31, e = (h >> 10) & 0x1fu, m = h & 0x3ffu;\n"
     "  if (e == 0) { /* zero or subnormal: m * 2^-24 */\n"
     "    float f = (float)m * 5.9604644775390625e-8f;\n"
     "    return sign ? -f : f;\n"
     "  }\n"
     "  if (e == 31) return LLMC_AS_FLOAT(sign | 0x7f800000u | (m << 13));\n"
     "  return LLMC_AS_FLOAT(sign | ((e + 112u) << 23) | (m << 13));\n"
     "}\n"},
    {KF_F2H, KF__COUNT, "LLMC_F2H",
     "/* float -> f16 bits, round to nearest even */\n"
     "LLMC_FN llmc_u16 llmc_f2h(float f) {\n"
     "  llmc_u32 x = LLMC_AS_UINT(f), sign = (x >> 16) & 0x8000u, m = x & 0x7fffffu;\n"
     "  int e = (int)((x >> 23) & 0xffu);\n"
     "  if (e == 0xff) return (llmc_u16)(sign | 0x7c00u | (m ? 0x200u : 0u));\n"
     "  e = e - 127 + 15;\n"
     "  if (e >= 31) return (llmc_u16)(sign | 0x7c00u);\n"
     "  if (e <= 0) {\n"
     "    if (e < -10) return (llmc_u16)sign;\n"
     "    m |= 0x800000u;\n"
     "    llmc_u32 shift = (llmc_u32)(14 - e), q = m >> shift;\n"
     "    llmc_u32 rem = m & ((1u << shift) - 1u), mid = 1u << (shift - 1u);\n"
     "    if (rem > mid || (rem == mid && (q & 1u))) q++;\n"
     "    return (llmc_u16)(sign | q);\n"
     "  }\n"
     "  llmc_u32 h = sign | ((llmc_u32)e << 10) | (m >> 13), rem = m & 0x1fffu;\n"
     "  if (rem > 0x1000u || (rem == 0x1000u && (h & 1u))) h++;\n"
     "  return (llmc_u16)h;\n"
     "}\n"},
    {KF_BF2F, KF__COUNT, "LLMC_BF2F",
     "/* bf16 bits -> float, exactly */\n"
     "LLMC_FN float llmc_bf2f(llmc_u16 h) { return LLMC_AS_FLOAT((llmc_u32)h << 16); }\n"},
    {KF_F2BF, KF__COUNT, "LLMC_F2BF",
     "/* float -> bf16 bits, round to nearest even, NaN kept quiet */\n"
     "LLMC_FN llmc_u16 llmc_f2bf(float f) {\n"
     "  llmc_u32 x = LLMC_AS_UINT(f);\n"
     "  if ((x & 0x7fffffffu) > 0x7f800000u) return (llmc_u16)((x >> 16) | 0x40u);\n"
     "  return (llmc_u16)((x + 0x7fffu + ((x >> 16) & 1u)) >> 16);\n"
     "}\n"},
    {KF_F2I, KF__COUNT, "LLMC_F2I",
     "/* float -> int: truncates toward zero, saturates, NaN gives 0 */\n"
     "LLMC_FN int llmc_f2i(float x) {\n"
     "  if (isnan(x)) return 0;\n"
     "  if (x >= 2147483648.0f) return 2147483647;\n"
     "  if (x <= -2147483648.0f) return -2147483647 - 1;\n"
     "  return (int)x;\n"
     "}\n"},
    {KF_IDIV, KF__COUNT, "LLMC_IDIV",
     "/* int division truncating toward zero; INT_MIN / -1 wraps, x / 0 gives 0 */\n"
     "LLMC_FN int llmc_idiv(int a, int b) {\n"
     "  if (b == 0) return 0;\n"
     "  if (b == -1) return (int)(0u - (llmc_u32)a);\n"
     "  return a / b;\n"
     "}\n"},
    {KF_IPOW, KF__COUNT, "LLMC_IPOW",
     "/* int power, wrapping; a negative power gives 1 / a^-e truncated (0 for 0) */\n"
     "LLMC_FN int llmc_ipow(int a, int e) {\n"
     "  if (e < 0) return a == 1 ? 1 : a == -1 ? ((e & 1) ? -1 : 1) : 0;\n"
     "  llmc_u32 acc = 1u, b = (llmc_u32)a;\n"
     "  for (; e; e >>= 1) {\n"
     "    if (e & 1) acc *= b;\n"
     "    b *= b;\n"
     "  }\n"
     "  return (int)acc;\n"
     "}\n"},
    {KF_FMAX, KF__COUNT, "LLMC_FMAX",
     "/* max and min propagating NaN */\n"
     "LLMC_FN float llmc_fmax(float a, float b) { return isnan(a) || isnan(b) ? a + b : a > b ? a : b; }\n"},
    {KF_FMIN, KF__COUNT, "LLMC_FMIN",
     "LLMC_FN float llmc_fmin(float a, float b) { return isnan(a) || isnan(b) ? a + b : a < b ? a : b; }\n"},
    {KF_RAND, KF__COUNT, "LLMC_RAND",
     "/* splitmix64's finaliser of z + gamma */\n"
     "LLMC_FN llmc_u64 llmc_mix64(llmc_u64 z) {\n"
     "  z += LLMC_U64(0x9e3779b97f4a7c15);\n"
     "  z = (z ^ (z >> 30)) * LLMC_U64(0xbf58476d1ce4e5b9);\n"
     "  z = (z ^ (z >> 27)) * LLMC_U64(0x94d049bb133111eb);\n"
     "  return z ^ (z >> 31);\n"
     "}\n"
     "/* element i of random stream `stream` in a run seeded `seed`: uniform in [0, 1) */\n"
     "LLMC_FN float llmc_rand(llmc_u64 seed, llmc_u64 stream, llmc_u64 i) {\n"
     "  llmc_u64 key = llmc_mix64(seed ^ llmc_mix64(stream));\n"
     "  llmc_u64 u = llmc_mix64(key + i * LLMC_U64(0x9e3779b97f4a7c15));\n"
     "  return (float)(u >> 40) * 5.9604644775390625e-8f; /* 2^-24 */\n"
     "}\n"},
};

/* ---- comments -------------------------------------------------------------------------- */

void cg_comment_escape(StrBuf *b, const char *s, bool multiline) {
  char prev = 0;
  for (; *s; s++) {
    unsigned char ch = (unsigned char)*s;
    char out;
    if (ch == '\n' && multiline) out = '\n';
    else if (ch < 0x20 || ch >= 0x7f) out = '?';
    else out = (char)ch;
    /* neither "*" "/" (ends the comment) nor "/" "*" (a nested opener) */
    if ((prev == '*' && out == '/') || (prev == '/' && out == '*')) sb_putc(b, ' ');
    /* a backslash before a line break would splice lines */
    if (prev == '\\' && out == '\n') sb_putc(b, ' ');
    sb_putc(b, out);
    prev = out;
  }
  if (prev == '\\' || prev == '*' || prev == '/') sb_putc(b, ' ');
}

/* ---- expressions --------------------------------------------------------------------- */

typedef struct Printer {
  StrBuf *b;
  const Spelling *sp;
  const KFunc *f;
} Printer;

enum { P_COND = 3, P_LOR = 4, P_LAND = 5, P_BOR = 6, P_BXOR = 7, P_BAND = 8, P_EQ = 9, P_REL = 10, P_SHIFT = 11,
       P_ADD = 12, P_MUL = 13, P_UNARY = 15, P_PRIMARY = 16 };

static int op_prec(KOp op) {
  switch (op) {
  case KO_MUL:
  case KO_DIV:
  case KO_MOD: return P_MUL;
  case KO_ADD:
  case KO_SUB: return P_ADD;
  case KO_SHL:
  case KO_SHR: return P_SHIFT;
  case KO_LT:
  case KO_LE:
  case KO_GT:
  case KO_GE: return P_REL;
  case KO_EQ:
  case KO_NE: return P_EQ;
  case KO_BAND: return P_BAND;
  case KO_BXOR: return P_BXOR;
  case KO_BOR: return P_BOR;
  case KO_AND: return P_LAND;
  case KO_OR: return P_LOR;
  default: return P_UNARY;
  }
}

static const char *op_text(KOp op) {
  static const char *const t[] = {[KO_NEG] = "-", [KO_NOT] = "!", [KO_ADD] = "+", [KO_SUB] = "-", [KO_MUL] = "*",
                                  [KO_DIV] = "/", [KO_MOD] = "%", [KO_LT] = "<", [KO_LE] = "<=", [KO_GT] = ">",
                                  [KO_GE] = ">=", [KO_EQ] = "==", [KO_NE] = "!=", [KO_AND] = "&&", [KO_OR] = "||",
                                  [KO_BAND] = "&", [KO_BOR] = "|", [KO_BXOR] = "^", [KO_SHL] = "<<", [KO_SHR] = ">>"};
  return t[op];
}

static bool negative_literal(const KExpr *e) {
  return (e->kind == KE_INT && e->i < 0 && e->type != KT_ULONG && e->type != KT_UINT) ||
         (e->kind == KE_FLOAT && signbit(e->f)) || (e->kind == KE_UNARY && e->op == KO_NEG);
}

static int expr_prec(const KExpr *e) {
  switch (e->kind) {
  case KE_INT:
  case KE_FLOAT: return negative_literal(e) ? P_UNARY : P_PRIMARY;
  case KE_UNARY:
  case KE_CAST: return P_UNARY;
  case KE_BINARY: return op_prec(e->op);
  case KE_COND: return P_COND;
  case KE_VEC: return P_UNARY;
  default: return P_PRIMARY;
  }
}

/* The shortest decimal that reads back as exactly v. */
static void print_float(StrBuf *b, float v) {
  char s[48];
  for (int p = 1; p <= 9; p++) {
    snprintf(s, sizeof s, "%.*g", p, (double)v);
    if (strtof(s, NULL) == v) break;
  }
  sb_puts(b, s);
  if (!strpbrk(s, ".e")) sb_puts(b, ".0");
  sb_putc(b, 'f');
}

static void print_expr(Printer *p, const KExpr *e, int min_prec);

static void print_builtin(Printer *p, const KExpr *e) {
  const Spelling *sp = p->sp;
  const char *ty = sp->type[e->type];
  switch (e->builtin) {
  case KB_GLOBAL_ID:
    if (sp->global_id) sb_printf(p->b, "(%s)%s", ty, sp->global_id);
    else if (e->type == KT_INT || e->type == KT_UINT) sb_printf(p->b, "(%s)(blockIdx.x * blockDim.x + threadIdx.x)", ty);
    else sb_printf(p->b, "((%s)blockIdx.x * blockDim.x + threadIdx.x)", ty);
    return;
  case KB_LOCAL_ID: sb_printf(p->b, "(%s)%s", ty, sp->local_id); return;
  case KB_GROUP_ID: sb_printf(p->b, "(%s)%s", ty, sp->group_id); return;
  case KB_LOCAL_SIZE: sb_printf(p->b, "(%s)%s", ty, sp->local_size); return;
  case KB_INF: sb_puts(p->b, sp->inf); return;
  case KB_NAN: sb_puts(p->b, sp->nan); return;
  }
}

static void print_child(Printer *p, const KExpr *parent, const KExpr *c, int min_prec) {
  /* a different operator under a bitwise or logical one gets parentheses
   * (what -Wparentheses asks for) */
  if (parent->kind == KE_BINARY && c->kind == KE_BINARY && c->op != parent->op) {
    int pp = op_prec(parent->op);
    bool bits = pp == P_BAND || pp == P_BOR || pp == P_BXOR || pp == P_SHIFT;
    if (bits || (parent->op == KO_OR && c->op == KO_AND)) min_prec = P_PRIMARY;
  }
  print_expr(p, c, min_prec);
}

static void print_expr(Printer *p, const KExpr *e, int min_prec) {
  StrBuf *b = p->b;
  int prec = expr_prec(e);
  /* builtins spelled with a cast read as unary expressions */
  bool paren = prec < min_prec || (e->kind == KE_BUILTIN && min_prec > P_UNARY && e->builtin <= KB_LOCAL_SIZE);
  if (paren) sb_putc(b, '(');
  switch (e->kind) {
  case KE_INT:
    if (e->type == KT_INT && e->i == INT32_MIN) sb_puts(b, "(-2147483647 - 1)");
    else if (e->type == KT_INT) sb_printf(b, "%lld", (long long)e->i);
    else if (e->type == KT_UINT) sb_printf(b, "%lluu", (unsigned long long)e->i);
    else if (e->type == KT_LONG && e->i == INT64_MIN) sb_printf(b, "(-9223372036854775807%s - 1)", p->sp->long_suffix);
    else if (e->type == KT_LONG) sb_printf(b, "%lld%s", (long long)e->i, p->sp->long_suffix);
    else sb_printf(b, "%llu%s", (unsigned long long)e->i, p->sp->ulong_suffix);
    break;
  case KE_FLOAT:
    if (isnan(e->f)) sb_puts(b, p->sp->nan);
    else if (isinf(e->f)) sb_printf(b, "%s%s", e->f < 0 ? "-" : "", p->sp->inf);
    else print_float(b, e->f);
    break;
  case KE_VAR: sb_puts(b, e->name); break;
  case KE_BUILTIN: print_builtin(p, e); break;
  case KE_UNARY:
    sb_puts(b, op_text(e->op));
    print_expr(p, e->a, negative_literal(e->a) ? P_PRIMARY : P_UNARY);
    break;
  case KE_CAST:
    ASSERT(p->sp->type[e->type]);
    sb_printf(b, "(%s)", p->sp->type[e->type]);
    print_expr(p, e->a, P_UNARY);
    break;
  case KE_BINARY: {
    int pr = op_prec(e->op);
    print_child(p, e, e->a, pr);
    sb_printf(b, " %s ", op_text(e->op));
    print_child(p, e, e->b, pr + 1);
    break;
  }
  case KE_COND:
    print_expr(p, e->a, P_LOR);
    sb_puts(b, " ? ");
    print_expr(p, e->b, P_LOR);
    sb_puts(b, " : ");
    print_expr(p, e->c, P_COND);
    break;
  case KE_CALL:
    sb_printf(b, "%s(", p->sp->fn[e->fn]);
    print_expr(p, e->a, 0);
    if (e->b) {
      sb_puts(b, ", ");
      print_expr(p, e->b, 0);
    }
    if (e->c) {
      sb_puts(b, ", ");
      print_expr(p, e->c, 0);
    }
    sb_putc(b, ')');
    break;
  case KE_LOAD:
    if (e->type == KT_VEC16 || e->type == KT_VEC8) { /* KV_WIDTH (KV_NARROW) consecutive floats of a buffer */
      ASSERT(e->param >= 0 && p->sp->type[e->type]);
      sb_printf(b, "vload%d(0, %s + ", e->type == KT_VEC8 ? KV_NARROW : KV_WIDTH, p->f->params[e->param].name);
      print_expr(p, e->a, P_ADD + 1);
      sb_putc(b, ')');
      break;
    }
    sb_printf(b, "%s[", e->param >= 0 ? p->f->params[e->param].name : e->name);
    print_expr(p, e->a, 0);
    sb_putc(b, ']');
    break;
  case KE_LANE:
    print_expr(p, e->a, P_PRIMARY);
    sb_printf(b, ".s%x", (unsigned)e->i);
    break;
  case KE_VEC:
    ASSERT(p->sp->type[e->type]);
    sb_printf(b, "(%s)(", p->sp->type[e->type]);
    for (int i = 0; i < ke_lanes(e); i++) {
      if (i) sb_puts(b, ", ");
      print_expr(p, e->elems[i], P_COND);
    }
    sb_putc(b, ')');
    break;
  }
  if (paren) sb_putc(b, ')');
}

/* ---- statements ------------------------------------------------------------------------ */

static void indent(StrBuf *b, int depth) {
  for (int i = 0; i < depth; i++) sb_puts(b, "  ");
}

static void print_block(Printer *p, const KBlock *blk, int depth);

static void print_stmt(Printer *p, const KStmt *s, int depth) {
  StrBuf *b = p->b;
  const Spelling *sp = p->sp;
  indent(b, depth);
  switch (s->kind) {
  case KS_DECL:
    ASSERT(sp->type[s->type]);
    sb_printf(b, "%s%s %s", s->is_const ? "const " : "", sp->type[s->type], s->name);
    if (s->e) {
      sb_puts(b, " = ");
      print_expr(p, s->e, 0);
    }
    sb_puts(b, ";\n");
    break;
  case KS_ASSIGN:
    sb_printf(b, "%s %s ", s->name, s->aop == KO_ADD ? "+=" : "=");
    print_expr(p, s->e, 0);
    sb_puts(b, ";\n");
    break;
  case KS_STORE:
    if (s->e->type == KT_VEC16 || s->e->type == KT_VEC8) { /* KV_WIDTH (KV_NARROW) consecutive floats of a buffer */
      ASSERT(s->param >= 0 && sp->type[s->e->type]);
      sb_printf(b, "vstore%d(", s->e->type == KT_VEC8 ? KV_NARROW : KV_WIDTH);
      print_expr(p, s->e, 0);
      sb_printf(b, ", 0, %s + ", p->f->params[s->param].name);
      print_expr(p, s->idx, P_ADD + 1);
      sb_puts(b, ");\n");
      break;
    }
    sb_printf(b, "%s[", s->param >= 0 ? p->f->params[s->param].name : s->name);
    print_expr(p, s->idx, 0);
    sb_puts(b, "] = ");
    print_expr(p, s->e, 0);
    sb_puts(b, ";\n");
    break;
  case KS_FOR:
    sb_printf(b, "for (%s %s = ", sp->type[s->type], s->name);
    print_expr(p, s->e, 0);
    sb_printf(b, "; %s < ", s->name);
    print_expr(p, s->idx, P_SHIFT);
    if (s->step) {
      sb_printf(b, "; %s += ", s->name);
      print_expr(p, s->step, 0);
      sb_puts(b, ") {\n");
    } else {
      sb_printf(b, "; %s++) {\n", s->name);
    }
    print_block(p, &s->body, depth + 1);
    indent(b, depth);
    sb_puts(b, "}\n");
    break;
  case KS_IF: {
    const KStmt *c = s;
    sb_puts(b, "if (");
    for (;;) {
      print_expr(p, c->e, 0);
      sb_puts(b, ") {\n");
      print_block(p, &c->body, depth + 1);
      indent(b, depth);
      sb_putc(b, '}');
      const KStmt *e = c->els.head;
      if (!e) break;
      if (e->kind == KS_IF && !e->next) { /* else if */
        sb_puts(b, " else if (");
        c = e;
        continue;
      }
      sb_puts(b, " else {\n");
      print_block(p, &c->els, depth + 1);
      indent(b, depth);
      sb_putc(b, '}');
      break;
    }
    sb_putc(b, '\n');
    break;
  }
  case KS_BARRIER: sb_printf(b, "%s\n", sp->barrier); break;
  case KS_LOCAL: sb_printf(b, "%s%s %s[%lld];\n", sp->local, sp->type[s->type], s->name, (long long)s->count); break;
  case KS_RETURN: sb_puts(b, "return;\n"); break;
  case KS_COMMENT:
    sb_puts(b, "/* ");
    cg_comment_escape(b, s->text, false);
    sb_puts(b, " */\n");
    break;
  }
}

static void print_block(Printer *p, const KBlock *blk, int depth) {
  for (const KStmt *s = blk->head; s; s = s->next) print_stmt(p, s, depth);
}

/* ---- which helpers the body calls ------------------------------------------------------ */

static void uses_expr(const KExpr *e, bool *used) {
  if (!e) return;
  if (e->kind == KE_CALL) used[e->fn] = true;
  uses_expr(e->a, used);
  uses_expr(e->b, used);
  uses_expr(e->c, used);
  if (e->kind == KE_VEC)
    for (int i = 0; i < ke_lanes(e); i++) uses_expr(e->elems[i], used);
}

static void uses_block(const KBlock *blk, bool *used) {
  for (const KStmt *s = blk->head; s; s = s->next) {
    uses_expr(s->e, used);
    uses_expr(s->idx, used);
    uses_expr(s->step, used);
    uses_block(&s->body, used);
    uses_block(&s->els, used);
  }
}

void cg_emit(StrBuf *b, const KFunc *f, Dialect d) {
  const Spelling *sp = spelling(d);
  Printer p = {b, sp, f};
  bool used[KF__COUNT] = {0};
  uses_block(&f->body, used);
  for (size_t i = sizeof helpers / sizeof helpers[0]; i-- > 0;)
    if (used[helpers[i].fn] && helpers[i].needs != KF__COUNT) used[helpers[i].needs] = true;

  /* the prelude: guarded, so that kernels can share one program */
  sb_puts(b, "#ifndef LLMC_PRELUDE\n#define LLMC_PRELUDE\n");
  sb_puts(b, sp->prelude);
  sb_puts(b, "#endif\n");
  for (size_t i = 0; i < sizeof helpers / sizeof helpers[0]; i++) {
    if (!used[helpers[i].fn]) continue;
    sb_printf(b, "#ifndef %s\n#define %s\n%s#endif\n", helpers[i].guard, helpers[i].guard, helpers[i].text);
  }
  sb_putc(b, '\n');

  if (f->comment) {
    sb_puts(b, "/* ");
    StrBuf c = {0};
    cg_comment_escape(&c, f->comment, true);
    for (const char *s = sb_cstr(&c); *s; s++) {
      sb_putc(b, *s);
      if (*s == '\n') sb_puts(b, s[1] ? " * " : "");
    }
    sb_free(&c);
    sb_puts(b, b->s[b->len - 1] == '\n' ? " */\n" : " */\n");
  }

  sb_printf(b, "%s %s(", sp->kernel, f->name);
  size_t line_start = b->len;
  for (int i = 0; i < f->nparams; i++) {
    const KParam *kp = &f->params[i];
    StrBuf one = {0};
    switch (kp->kind) {
    /* buffers never overlap (codegen.h): restrict lets the compiler hoist and vectorise */
    case KP_BUFFER_IN: sb_printf(&one, "%s%s *%s%s", sp->global_in, sp->type[kp->elem], sp->restrict_, kp->name); break;
    case KP_BUFFER_OUT: sb_printf(&one, "%s%s *%s%s", sp->global_out, sp->type[kp->elem], sp->restrict_, kp->name); break;
    case KP_INT:
    case KP_U64: sb_printf(&one, "%s %s", sp->type[kp->elem], kp->name); break;
    }
    if (i) {
      sb_putc(b, ',');
      if (b->len - line_start + one.len > 96) {
        sb_puts(b, "\n    ");
        line_start = b->len;
      } else {
        sb_putc(b, ' ');
      }
    }
    sb_puts(b, sb_cstr(&one));
    sb_free(&one);
  }
  sb_puts(b, ") {\n");
  print_block(&p, &f->body, 1);
  sb_puts(b, "}\n");
}
