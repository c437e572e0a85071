/* parse.c — reads the IR text form (what print.c writes) back into a graph.
 *
 *   graph forward(B, T) {
 *     %0 = input "idx" : i32[B, T]
 *     %1 = param "wte" : f32[65, 128]
 *     %2 = gather %1, %0 : f32[B, T, 128]
 *     %3 = sum %2 axes=[2] : f32[B, T, 1]
 *     output out = %3
 *   }
 *
 * A hand-written recursive-descent parser over the characters; blanks separate
 * tokens, a node or output ends at the end of its line, `#` starts a comment.
 * Nodes are made exactly as the printed text says (no builder shortcuts, so an
 * identity reshape stays a node and the numbering is kept), then checked
 * against their op's rule with the verifier; the first problem is reported as
 * `name:line:col: error: ...` with the line shown, and parsing stops there. */
#include <ctype.h>
#include <errno.h>
#include <string.h>

#include "ir.h"

/* verify.c: checks one node whose operands are valid; reports at sp. */


typedef struct Parser {
  const char *s; /* the text, NUL-terminated copy */
  size_t pos;
  uint32_t file;
  Diag *d;
  Graph *g;
  char tok[48];  /* the token an error message quotes */
} Parser;

/* ---- errors ------------------------------------------------------------------ */

static LLMC_PRINTF(4, 5) bool error_at(Parser *p, size_t start, size_t end, const char *fmt, ...) {
  StrBuf m = {0};
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&m, fmt, ap);
  va_end(ap);
  diag_error(p->d, ((Span){p->file, (uint32_t)start, (uint32_t)end}), "%s", sb_cstr(&m));
  sb_free(&m);
  return false;
}

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
static bool is_ident_start(char c) { return isalpha((unsigned char)c) || c == '_'; }
static bool is_ident_char(char c) { return isalnum((unsigned char)c) || c == '_'; }
/* Entry and output names: anything but blanks and the punctuation around them. */
static bool is_name_char(char c) {
  return c && !isspace((unsigned char)c) && !strchr("=#\"(),{}%:", c);
}

/* Where the next token ends, for spans and quotes. */
static size_t token_end(const Parser *p) {
  size_t e = p->pos;
  if (is_ident_char(p->s[e])) {
    while (is_ident_char(p->s[e])) e++;
  } else if (p->s[e] && p->s[e] != '\n') {
    e++;
  }
  return e;
}

/* The next token as an error message quotes it. */
static const char *found(Parser *p) {
  char c = p->s[p->pos];
  if (!c) return "the end of the text";
  if (c == '\n') return "the end of the line";
  size_t e = token_end(p), n = e - p->pos;
  if (n > sizeof p->tok - 3) n = sizeof p->tok - 3;
  snprintf(p->tok, sizeof p->tok, "'%.*s'", (int)n, p->s + p->pos);
  return p->tok;
}

static LLMC_PRINTF(2, 3) bool error_here(Parser *p, const char *fmt, ...) {
  StrBuf m = {0};
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&m, fmt, ap);
  va_end(ap);
  bool r = error_at(p, p->pos, token_end(p), "%s, found %s", sb_cstr(&m), found(p));
  sb_free(&m);
  return r;
}

/* ---- characters ----------------------------------------------------------------- */

/* Blanks and a comment, up to (not over) the end of the line. */
static void skip_blanks(Parser *p) {
  while (is_blank(p->s[p->pos])) p->pos++;
  if (p->s[p->pos] == '#')
    while (p->s[p->pos] && p->s[p->pos] != '\n') p->pos++;
}

/* Blanks, comments and line ends. */
static void skip_lines(Parser *p) {
  for (;;) {
    skip_blanks(p);
    if (p->s[p->pos] != '\n') return;
    p->pos++;
  }
}

static bool peek(Parser *p, char c) {
  skip_blanks(p);
  return p->s[p->pos] == c;
}

static bool accept(Parser *p, char c) {
  if (!peek(p, c)) return false;
  p->pos++;
  return true;
}

static bool expect(Parser *p, char c, const char *what) {
  if (accept(p, c)) return true;
  return error_here(p, "expected %s", what);
}

static bool expect_eol(Parser *p) {
  skip_blanks(p);
  if (p->s[p->pos] == '\n' || !p->s[p->pos]) return true;
  return error_here(p, "expected the end of the line");
}

/* ident: [A-Za-z_][A-Za-z0-9_]*  (copied into buf, truncated to its size) */
static bool ident(Parser *p, char *buf, size_t cap, size_t *start) {
  skip_blanks(p);
  *start = p->pos;
  if (!is_ident_start(p->s[p->pos])) return false;
  while (is_ident_char(p->s[p->pos])) p->pos++;
  size_t n = p->pos - *start;
  if (n >= cap) n = cap - 1;
  memcpy(buf, p->s + *start, n);
  buf[n] = 0;
  return true;
}

/* INT: -?[0-9]+ */
static bool int64_tok(Parser *p, int64_t *v, size_t *start) {
  skip_blanks(p);
  *start = p->pos;
  bool neg = p->s[p->pos] == '-';
  size_t q = p->pos + neg;
  if (!isdigit((unsigned char)p->s[q])) return error_here(p, "expected an integer");
  uint64_t u = 0;
  for (; isdigit((unsigned char)p->s[q]); q++) {
    unsigned dg = (unsigned)(p->s[q] - '0');
    if (u > (UINT64_MAX - dg) / 10) u = UINT64_MAX;
    else u = u * 10 + dg;
  }
  if (is_ident_char(p->s[q])) {
    p->pos = q;
    return error_here(p, "expected the end of the integer");
  }
  p->pos = q;
  if (u > (uint64_t)INT64_MAX + neg) return error_at(p, *start, q, "integer out of range");
  *v = neg ? (u == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)u) : (int64_t)u;
  return true;
}

static bool int_tok(Parser *p, int lo, int hi, int *v, const char *what) {
  int64_t x;
  size_t st;
  if (!int64_tok(p, &x, &st)) return false;
  if (x < lo || x > hi) return error_at(p, st, p->pos, "%s %lld is out of range [%d, %d]", what, (long long)x, lo, hi);
  *v = (int)x;
  return true;
}

/* %N: a node reference. */
static bool ref_tok(Parser *p, int64_t *v, size_t *start) {
  skip_blanks(p);
  *start = p->pos;
  if (p->s[p->pos] != '%') return error_here(p, "expected a node reference like %%3");
  p->pos++;
  if (p->s[p->pos] == '-' || !isdigit((unsigned char)p->s[p->pos])) return error_here(p, "expected a node number after '%%'");
  size_t st;
  if (!int64_tok(p, v, &st)) return false;
  return true;
}

/* A "string" with \" and \\ escapes. */
static bool string_tok(Parser *p, const char **out) {
  skip_blanks(p);
  if (p->s[p->pos] != '"') return error_here(p, "expected a quoted name");
  size_t start = p->pos++;
  StrBuf b = {0};
  for (;;) {
    char c = p->s[p->pos];
    if (!c || c == '\n') {
      sb_free(&b);
      return error_at(p, start, p->pos, "unterminated string");
    }
    p->pos++;
    if (c == '"') break;
    if (c == '\\' && (p->s[p->pos] == '"' || p->s[p->pos] == '\\')) c = p->s[p->pos++];
    sb_putc(&b, c);
  }
  *out = arena_strdup(&p->g->arena, sb_cstr(&b));
  sb_free(&b);
  return true;
}

/* A number as strtod reads it, including inf, -inf and nan. */
static bool number_tok(Parser *p, double *v) {
  skip_blanks(p);
  size_t start = p->pos;
  char c = p->s[p->pos];
  if (!c || isspace((unsigned char)c)) return error_here(p, "expected a number");
  char *end;
  errno = 0;
  *v = strtod(p->s + start, &end);
  size_t e = (size_t)(end - p->s);
  if (e == start) return error_here(p, "expected a number");
  p->pos = e;
  c = p->s[e];
  if (c && !isspace((unsigned char)c) && c != ':' && c != '#') return error_here(p, "expected the end of the number");
  return true;
}

/* ---- dims -------------------------------------------------------------------------- */

static const char *closest_sym(Parser *p, const char *name) {
  return diag_closest(name, (const char *const *)p->g->syms.v, p->g->syms.n);
}

/* term := factor ('*' factor)*    factor := INT | IDENT
 * sign is the sign written before the term. */
static bool dim_term(Parser *p, int sign, Dim *out) {
  int64_t coef = sign;
  Dim vars = dim_const(1);
  for (;;) {
    skip_blanks(p);
    size_t st = p->pos;
    char c = p->s[p->pos];
    if (isdigit((unsigned char)c)) {
      uint64_t u = 0;
      bool big = false;
      while (isdigit((unsigned char)p->s[p->pos])) {
        unsigned dg = (unsigned)(p->s[p->pos++] - '0');
        if (u > (UINT64_MAX - dg) / 10) big = true;
        else u = u * 10 + dg;
      }
      if (is_ident_char(p->s[p->pos])) return error_here(p, "expected the end of the number");
      if (!big && u == (uint64_t)INT64_MAX + 1 && coef == -1) {
        coef = INT64_MIN; /* the printer's spelling of INT64_MIN: -9223372036854775808 */
      } else if (big || u > (uint64_t)INT64_MAX || __builtin_mul_overflow(coef, (int64_t)u, &coef)) {
        return error_at(p, st, p->pos, "dim coefficient out of range");
      }
    } else if (is_ident_start(c)) {
      char name[128];
      size_t s0;
      ident(p, name, sizeof name, &s0);
      int id = -1;
      for (int i = 0; i < p->g->syms.n; i++)
        if (!strcmp(p->g->syms.v[i], name)) id = i;
      if (id < 0) {
        const char *near = closest_sym(p, name);
        if (near) return error_at(p, s0, p->pos, "unknown shape variable '%s'; did you mean '%s'?", name, near);
        return error_at(p, s0, p->pos, "unknown shape variable '%s' (declare it in the graph header)", name);
      }
      vars = dim_mul(vars, dim_var(id));
      if (vars.bad) return error_at(p, s0, p->pos, "dim term of too high a degree (at most %d variables)", DIM_MAX_DEG);
    } else if (c == '?') {
      return error_at(p, st, st + 1, "'?' marks a dim the printer could not represent; it cannot be read back");
    } else {
      return error_here(p, "expected a dim (an integer or a shape variable)");
    }
    if (!accept(p, '*')) break;
  }
  *out = dim_mul(dim_const(coef), vars);
  return true;
}

/* dim := '-'? term (('+' | '-') term)* */
static bool dim_expr(Parser *p, Dim *out) {
  skip_blanks(p);
  size_t start = p->pos;
  int sign = accept(p, '-') ? -1 : 1;
  Dim acc = dim_const(0);
  for (;;) {
    Dim t;
    if (!dim_term(p, sign, &t)) return false;
    acc = dim_add(acc, t);
    if (acc.bad) return error_at(p, start, p->pos, "dim too complex (at most %d terms) or out of range", DIM_MAX_TERMS);
    if (accept(p, '+')) sign = 1;
    else if (accept(p, '-')) sign = -1;
    else break;
  }
  *out = acc;
  return true;
}

/* '[' [item (',' item)*] ']' where item is a dim, or an integer when ints. */
static bool list(Parser *p, Dim *dims, int64_t *ints, size_t *starts, int *n, const char *what) {
  *n = 0;
  if (!expect(p, '[', "'['")) return false;
  if (accept(p, ']')) return true;
  for (;;) {
    skip_blanks(p);
    if (*n == IR_MAX_RANK) return error_here(p, "too many %s (at most %d)", what, IR_MAX_RANK);
    if (starts) starts[*n] = p->pos;
    if (dims) {
      if (!dim_expr(p, &dims[*n])) return false;
    } else {
      size_t st;
      if (!int64_tok(p, &ints[*n], &st)) return false;
    }
    (*n)++;
    if (accept(p, ']')) return true;
    if (!expect(p, ',', "',' or ']'")) return false;
  }
}

/* type := DTYPE '[' [dim (',' dim)*] ']' */
static bool type(Parser *p, IrNode *n) {
  static const char *const names[] = {"f32", "f16", "bf16", "i32", "f64"};
  static const DType dts[] = {DT_F32, DT_F16, DT_BF16, DT_I32, DT_F64};
  char name[32];
  size_t st;
  if (!ident(p, name, sizeof name, &st)) return error_here(p, "expected a type like f32[B, T]");
  int k = -1;
  for (int i = 0; i < 5; i++)
    if (!strcmp(names[i], name)) k = i;
  if (k < 0) {
    const char *near = diag_closest(name, names, 5);
    if (near) return error_at(p, st, p->pos, "unknown dtype '%s'; did you mean '%s'?", name, near);
    return error_at(p, st, p->pos, "unknown dtype '%s' (f32, f16, bf16, i32 or f64)", name);
  }
  n->dtype = dts[k];
  return list(p, n->shape, NULL, NULL, &n->rank, "dims");
}

/* ---- nodes ------------------------------------------------------------------------- */

enum { A_AXES, A_PERM, A_AXIS, A_STREAM, A_START, A_STEP, A_NOGRAD, A__COUNT };
static const char *const attr_names[A__COUNT] = {"axes", "perm", "axis", "stream", "start", "step", "nograd"};

static bool attr_applies(OpKind op, int a) {
  switch (a) {
  case A_AXES: return op_class(op) == OC_REDUCE;
  case A_PERM: return op == OP_PERMUTE;
  case A_AXIS: return op == OP_IOTA || op == OP_CONCAT || op == OP_TAKE || op == OP_PUT_ADD;
  case A_STREAM: return op == OP_RAND;
  case A_START:
  case A_STEP: return op == OP_SLICE || op == OP_PAD;
  case A_NOGRAD: return true; /* optional on any node; the verifier checks where it may be */
  }
  return false;
}

/* The attributes read so far on one node line. */
typedef struct Attrs {
  bool seen[A__COUNT];
  size_t at[A__COUNT]; /* where each one's name starts */
  int nperm, nstart, nstep;
  Dim start[IR_MAX_RANK];
  int64_t step[IR_MAX_RANK];
} Attrs;

/* OP: an op name, with a suggestion when it is unknown. */
static bool op_tok(Parser *p, char *opname, size_t cap, size_t *op_start, size_t *op_end, OpKind *out) {
  if (!ident(p, opname, cap, op_start)) return error_here(p, "expected an op name");
  *op_end = p->pos;
  int op = op_lookup(opname);
  if (op < 0) {
    const char *names[OP__COUNT];
    for (int i = 0; i < OP__COUNT; i++) names[i] = op_name((OpKind)i);
    const char *near = diag_closest(opname, names, OP__COUNT);
    if (near) return error_at(p, *op_start, *op_end, "unknown op '%s'; did you mean '%s'?", opname, near);
    return error_at(p, *op_start, *op_end, "unknown op '%s'", opname);
  }
  *out = (OpKind)op;
  return true;
}

/* payload: what a leaf is (a name, a number, a dim), nothing for other ops. */
static bool payload(Parser *p, IrNode *n) {
  if (n->op == OP_PARAM || n->op == OP_INPUT) return string_tok(p, &n->name);
  if (n->op == OP_CONST) return number_tok(p, &n->f);
  if (n->op == OP_SYMDIM) return dim_expr(p, &n->dimval);
  return true;
}

/* [ref (',' ref)*]: operands, each an earlier node; copied into the arena. */
static bool operands(Parser *p, int32_t id, IrNode *n) {
  VEC(int32_t) in = {0}; /* copied into the graph's arena once read */
  int64_t num;
  size_t st;
  if (peek(p, '%')) {
    for (;;) {
      if (!ref_tok(p, &num, &st)) {
        vec_free(&in);
        return false;
      }
      if (num >= id) {
        vec_free(&in);
        return error_at(p, st, p->pos, num == id ? "node %%%lld cannot use itself" : "operand %%%lld is not defined yet",
                        (long long)num);
      }
      vec_push(&in, (int32_t)num);
      if (!accept(p, ',')) break;
    }
  }
  n->nin = in.n;
  if (in.n) {
    n->in = arena_alloc(&p->g->arena, sizeof(int32_t) * (size_t)in.n);
    memcpy(n->in, in.v, sizeof(int32_t) * (size_t)in.n);
  }
  vec_free(&in);
  return true;
}

/* The value of attribute a after its '='. */
static bool attr_value(Parser *p, IrNode *n, int a, const char *key, Attrs *at) {
  switch (a) {
  case A_AXES: {
    int64_t v[IR_MAX_RANK];
    size_t pos[IR_MAX_RANK];
    int k;
    if (!list(p, NULL, v, pos, &k, "axes")) return false;
    for (int i = 0; i < k; i++) {
      if (v[i] < 0 || v[i] >= IR_MAX_RANK)
        return error_at(p, pos[i], pos[i] + 1, "axis %lld is out of range [0, %d)", (long long)v[i], IR_MAX_RANK);
      if (n->axes & (1u << v[i])) return error_at(p, pos[i], pos[i] + 1, "axis %lld is listed twice", (long long)v[i]);
      n->axes |= 1u << v[i];
    }
    return true;
  }
  case A_PERM: {
    int64_t v[IR_MAX_RANK];
    size_t pos[IR_MAX_RANK];
    if (!list(p, NULL, v, pos, &at->nperm, "perm entries")) return false;
    for (int i = 0; i < at->nperm; i++) {
      if (v[i] < 0 || v[i] >= IR_MAX_RANK)
        return error_at(p, pos[i], pos[i] + 1, "perm entry %lld is out of range [0, %d)", (long long)v[i], IR_MAX_RANK);
      n->perm[i] = (int8_t)v[i];
    }
    return true;
  }
  case A_AXIS:
  case A_STREAM: return int_tok(p, 0, a == A_AXIS ? IR_MAX_RANK - 1 : INT32_MAX, &n->axis, key);
  case A_START: return list(p, at->start, NULL, NULL, &at->nstart, "starts");
  case A_STEP: return list(p, NULL, at->step, NULL, &at->nstep, "steps");
  case A_NOGRAD: {
    int flag;
    if (!int_tok(p, 0, 1, &flag, key)) return false;
    n->nograd = flag != 0;
    return true;
  }
  }
  UNREACHABLE();
}

/* (KEY '=' value)*: stops before the first word not followed by '='. */
static bool attributes(Parser *p, IrNode *n, const char *opname, Attrs *at) {
  for (;;) {
    char key[32];
    size_t ks, back = p->pos;
    if (!ident(p, key, sizeof key, &ks)) return true;
    size_t ke = p->pos;
    if (!peek(p, '=')) { /* not an attribute: the missing ':' is reported by the caller */
      p->pos = back;
      return true;
    }
    int a = -1;
    for (int i = 0; i < A__COUNT; i++)
      if (!strcmp(attr_names[i], key)) a = i;
    if (a < 0) {
      const char *near = diag_closest(key, attr_names, A__COUNT);
      if (near) return error_at(p, ks, ke, "unknown attribute '%s'; did you mean '%s'?", key, near);
      return error_at(p, ks, ke, "unknown attribute '%s'", key);
    }
    if (!attr_applies(n->op, a)) return error_at(p, ks, ke, "'%s' has no attribute '%s'", opname, key);
    if (at->seen[a]) return error_at(p, ks, ke, "attribute '%s' given twice", key);
    at->seen[a] = true;
    at->at[a] = ks;
    if (!expect(p, '=', "'=' after the attribute name")) return false;
    if (!attr_value(p, n, a, key, at)) return false;
  }
}

/* The attributes the op requires are there, with one entry per result axis. */
static bool attrs_complete(Parser *p, const IrNode *n, const char *opname, size_t op_start, size_t op_end,
                           const Attrs *at) {
  static const struct {
    int attr;
    const char *spelling;
  } need[] = {{A_AXES, "axes=[...]"}, {A_PERM, "perm=[...]"}, {A_AXIS, "axis=N"}, {A_STREAM, "stream=N"},
              {A_START, "start=[...]"}, {A_STEP, "step=[...]"}};
  for (size_t i = 0; i < sizeof need / sizeof need[0]; i++)
    if (attr_applies(n->op, need[i].attr) && !at->seen[need[i].attr])
      return error_at(p, op_start, op_end, "'%s' needs %s", opname, need[i].spelling);
  if (at->seen[A_PERM] && at->nperm != n->rank)
    return error_at(p, at->at[A_PERM], at->at[A_PERM] + 4, "perm has %d entries for a rank-%d result", at->nperm,
                    n->rank);
  if (at->seen[A_START] && at->nstart != n->rank)
    return error_at(p, at->at[A_START], at->at[A_START] + 5, "start has %d entries for a rank-%d result", at->nstart,
                    n->rank);
  if (at->seen[A_STEP] && at->nstep != n->rank)
    return error_at(p, at->at[A_STEP], at->at[A_STEP] + 4, "step has %d entries for a rank-%d result", at->nstep,
                    n->rank);
  return true;
}

/* node := '%' INT '=' OP payload [ref (',' ref)*] (KEY '=' value)* ':' type */
static bool node(Parser *p) {
  Graph *g = p->g;
  int32_t id = g->nodes.n;
  int64_t num;
  size_t start;
  if (!ref_tok(p, &num, &start)) return false;
  if (num != id)
    return error_at(p, start, p->pos, "expected node %%%d here (nodes are numbered in order from %%0), found %%%lld", id,
                    (long long)num);
  if (!expect(p, '=', "'='")) return false;

  IrNode n = {0};
  char opname[64];
  size_t op_start = 0, op_end = 0;
  if (!op_tok(p, opname, sizeof opname, &op_start, &op_end, &n.op)) return false;
  if (!payload(p, &n) || !operands(p, id, &n)) return false;
  int ar = op_arity(n.op);
  if (ar >= 0 && n.nin != ar)
    return error_at(p, op_start, op_end, "'%s' takes %d operand%s, got %d", opname, ar, ar == 1 ? "" : "s", n.nin);
  if (ar < 0 && n.nin < 1) return error_at(p, op_start, op_end, "'%s' takes at least one operand, got none", opname);

  Attrs at = {0};
  if (!attributes(p, &n, opname, &at)) return false;
  if (!expect(p, ':', "':' and the result type")) return false;
  if (!type(p, &n)) return false;
  size_t end = p->pos;
  if (!expect_eol(p)) return false;
  if (!attrs_complete(p, &n, opname, op_start, op_end, &at)) return false;

  if (n.op == OP_SLICE || n.op == OP_PAD) {
    n.slice = arena_alloc(&g->arena, sizeof(IrSlice));
    for (int i = 0; i < n.rank; i++) {
      n.slice->start[i] = at.start[i];
      n.slice->step[i] = at.step[i];
    }
  }
  n.span = (Span){p->file, (uint32_t)start, (uint32_t)end};
  vec_push(&g->nodes, n);
  return ir_verify_node(g, id, p->d, n.span);
}

/* output := 'output' NAME '=' '%' INT */
static bool output(Parser *p) {
  skip_blanks(p);
  size_t st = p->pos;
  while (is_name_char(p->s[p->pos])) p->pos++;
  if (p->pos == st) return error_here(p, "expected the output's name");
  char *name = arena_strndup(&p->g->arena, p->s + st, p->pos - st);
  size_t ne = p->pos;
  for (int i = 0; i < p->g->outputs.n; i++)
    if (!strcmp(p->g->outputs.v[i].name, name)) return error_at(p, st, ne, "output '%s' defined twice", name);
  if (!expect(p, '=', "'='")) return false;
  int64_t num;
  size_t rs;
  if (!ref_tok(p, &num, &rs)) return false;
  if (num >= p->g->nodes.n) return error_at(p, rs, p->pos, "output refers to %%%lld, which is not defined", (long long)num);
  if (!expect_eol(p)) return false;
  IrOutput o = {name, (int32_t)num};
  vec_push(&p->g->outputs, o);
  return true;
}

/* graph := 'graph' NAME '(' [IDENT (',' IDENT)*] ')' '{' (node | output)* '}' */
static bool graph(Parser *p) {
  char word[128];
  size_t st;
  skip_lines(p);
  if (!ident(p, word, sizeof word, &st) || strcmp(word, "graph") != 0) {
    p->pos = st;
    return error_here(p, "expected 'graph'");
  }
  skip_blanks(p);
  st = p->pos;
  while (is_name_char(p->s[p->pos])) p->pos++;
  if (p->pos == st) return error_here(p, "expected the graph's entry name");
  p->g->entry = arena_strndup(&p->g->arena, p->s + st, p->pos - st);
  if (!expect(p, '(', "'(' and the shape variables")) return false;
  if (!accept(p, ')')) {
    for (;;) {
      if (!ident(p, word, sizeof word, &st)) return error_here(p, "expected a shape variable name");
      if (p->pos - st >= sizeof word) return error_at(p, st, p->pos, "shape variable name too long");
      for (int i = 0; i < p->g->syms.n; i++)
        if (!strcmp(p->g->syms.v[i], word)) return error_at(p, st, p->pos, "shape variable '%s' declared twice", word);
      ir_sym(p->g, word);
      if (accept(p, ')')) break;
      if (!expect(p, ',', "',' or ')'")) return false;
    }
  }
  if (!expect(p, '{', "'{'") || !expect_eol(p)) return false;
  for (;;) {
    skip_lines(p);
    char c = p->s[p->pos];
    if (c == '}') {
      p->pos++;
      break;
    }
    if (!c) return error_at(p, p->pos, p->pos, "missing '}' at the end of the graph");
    if (c == '%') {
      if (!node(p)) return false;
      continue;
    }
    if (ident(p, word, sizeof word, &st) && !strcmp(word, "output")) {
      if (!output(p)) return false;
      continue;
    }
    p->pos = st;
    return error_here(p, "expected a node (%%N = op ...) or 'output'");
  }
  skip_lines(p);
  if (p->s[p->pos]) return error_here(p, "expected nothing after the graph's '}'");
  return true;
}

Graph *ir_parse(const char *text, size_t len, const char *name, Diag *d) {
  Parser p = {0};
  p.d = d;
  p.file = diag_add_source(d, name, text, len);
  char *s = xmalloc(len + 1);
  memcpy(s, text, len);
  s[len] = 0;
  p.s = s;
  p.g = ir_graph_new();
  bool ok;
  const char *nul = memchr(text, 0, len);
  if (nul) ok = error_at(&p, (size_t)(nul - text), (size_t)(nul - text) + 1, "the text contains a NUL byte");
  else ok = graph(&p);
  free(s);
  if (!ok) {
    ir_graph_free(p.g);
    return NULL;
  }
  return p.g;
}
