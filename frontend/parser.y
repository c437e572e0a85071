/* parser.y — the grammar of .llm files (LANGUAGE.md sections 1-5, 7, 8).
 * A pure, reentrant bison parser with location spans and error recovery at
 * statement and item boundaries, so one run reports every syntax error. */
%require "3.8"
%define api.pure full
%define api.prefix {fe_yy}
%define api.location.type {Span}
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%param {yyscan_t scanner} {Parser *p}

%code requires {
#include "parse_ctx.h"
typedef void *yyscan_t;
#define YYLTYPE_IS_DECLARED 1
}

%code provides {
int fe_raw_lex(FE_YYSTYPE *lval, Span *lloc, yyscan_t scanner);
}

%code {
#include <string.h>
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                           \
  do {                                                                        \
    if (N) { (Cur).file = YYRHSLOC(Rhs, 1).file;                              \
             (Cur).start = YYRHSLOC(Rhs, 1).start;                            \
             (Cur).end = YYRHSLOC(Rhs, N).end; }                              \
    else   { (Cur).file = YYRHSLOC(Rhs, 0).file;                              \
             (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end; }                \
  } while (0)

static int fe_yylex(FE_YYSTYPE *lval, Span *lloc, yyscan_t scanner, Parser *p);
static void fe_yyerror(Span *loc, yyscan_t scanner, Parser *p, const char *msg);

static Node *mk(Parser *p, NodeKind k, Span sp) { return fe_new_node(p, k, sp); }
static Node *mk_bin(Parser *p, AstOp op, Node *a, Node *b, Span sp) {
  Node *n = mk(p, N_BINARY, sp); n->op = op; n->a = a; n->b = b; return n;
}
static Node *mk_un(Parser *p, AstOp op, Node *a, Span sp) {
  Node *n = mk(p, N_UNARY, sp); n->op = op; n->a = a; return n;
}
static Node *mk_named(Parser *p, NodeKind k, Node *id, Span sp) {
  Node *n = mk(p, k, sp); n->name = id->name; n->name_span = id->span; return n;
}
static NodeList list1(Node *x) { NodeList l = {0}; if (x) vec_push(&l, x); return l; }
static NodeList list_add(NodeList l, Node *x) { if (x) vec_push(&l, x); return l; }
/* The arena owns nodes; lists are malloc'd vectors registered for freeing. */
}

%union {
  Node *node;
  NodeList list;
  int tok;
}

%token <node> NUM "number" STR "string" IDENT "name" TRUE "true" FALSE "false"
%token SEP "end of line"
%token IMPORT "import" CONFIG "config" MODULE "module" MODEL "model" FN "fn" PARAM "param"
%token INIT "init" REPEAT "repeat" RETURN "return" IF "if" ELSE "else" TRAIN "train"
%token FINETUNE "finetune" FROZEN "frozen"
%token EQ "==" NE "!=" LE "<=" GE ">=" ARROW "->" ELLIPSIS "..."

%type <node> item stmt rhs expr postfix primary fn_def fnparam arg subscript slice_part
%type <node> if_stmt ret_opt init_opt
%type <list> items stmts block fnparams fnparams_opt args args_opt exprs exprs_opt subscripts targets
%type <tok> frozen_opt
%destructor { vec_free(&$$); } <list>

%nonassoc EQ NE '<' LE '>' GE
%left '+' '-'
%left '*' '/' '@'
%precedence UMINUS
%right '^'

%%

/* program: item (SEP item)* */
program:
  %empty
| items                           { for (int i = 0; i < $1.n; i++) vec_push(p->items, $1.v[i]); vec_free(&$1); }
;

items:
  item                            { $$ = list1($1); }
| items SEP item                  { $$ = list_add($1, $3); }
| items error                     { $$ = $1; } /* keeps the items before an error (see below) */
;

/* item: import STRING | config block | fn | module | model | train block | finetune block */
item:
  IMPORT STR                      { $$ = mk(p, N_IMPORT, @$); $$->str = $2->str; $$->slen = $2->slen; $$->name_span = $2->span; }
| CONFIG block                    { $$ = mk(p, N_CONFIG, @$); $$->list = $2; }
| fn_def                          { $$ = $1; }
| MODULE IDENT '(' fnparams_opt ')' block
                                  { $$ = mk_named(p, N_MODULE, $2, @$); $$->list2 = $4; $$->list = $6; }
| MODULE IDENT block              { $$ = mk_named(p, N_MODULE, $2, @$); $$->list = $3; }
| MODEL IDENT block               { $$ = mk_named(p, N_MODEL, $2, @$); $$->list = $3; }
| TRAIN block                     { $$ = mk(p, N_TRAIN, @$); $$->list = $2; }
| FINETUNE block                  { $$ = mk(p, N_FINETUNE, @$); $$->list = $2; }
| error                           { $$ = NULL; }
;

/* block: '{' (stmt (SEP stmt)*)? '}' */
block:
  '{' '}'                         { $$ = (NodeList){0}; }
| '{' stmts '}'                   { $$ = $2; }
;

stmts:
  stmt                            { $$ = list1($1); }
| stmts SEP stmt                  { $$ = list_add($1, $3); }
| stmts error                     { $$ = $1; }
;

/* stmt: targets '=' rhs | return exprs | if | fn */
stmt:
  targets '=' rhs                 { $$ = mk(p, N_ASSIGN, @$); $$->list = $1; $$->a = $3; }
| targets '=' error               { $$ = mk(p, N_ASSIGN, @$); $$->list = $1; $$->a = NULL; }
| RETURN error                    { $$ = mk(p, N_RETURN, @$); $$->a = NULL; }
| RETURN exprs                    { $$ = mk(p, N_RETURN, @$);
                                    if ($2.n == 1) { $$->a = $2.v[0]; vec_free(&$2); }
                                    else { Node *t = mk(p, N_TUPLE, @2); t->list = $2; $$->a = t; } }
| if_stmt                         { $$ = $1; }
| fn_def                          { $$ = $1; }
| error                           { $$ = NULL; }
;
/* Error recovery: `stmt: error` reduces at once (a default reduction), before
 * the rest of the bad statement is skipped; `stmts error` then lets the list
 * absorb each skipped token, where otherwise bison would pop (and free) the
 * statements parsed so far. `items error` does the same for items. */

targets:
  IDENT                           { $$ = list1($1); }
| targets ',' IDENT               { $$ = list_add($1, $3); }
;

/* rhs: expr | param TYPE [init INIT] [frozen] | repeat(N) CALL */
rhs:
  expr                            { $$ = $1; }
| PARAM expr init_opt frozen_opt  { $$ = mk(p, N_PARAM, @$); $$->a = $2; $$->b = $3; $$->flag = $4; }
| REPEAT '(' expr ')' expr        { $$ = mk(p, N_REPEAT, @$); $$->a = $3; $$->b = $5; }
;

init_opt:
  %empty                          { $$ = NULL; }
| INIT expr                       { $$ = $2; }
;

frozen_opt:
  %empty                          { $$ = 0; }
| FROZEN                          { $$ = 1; }
;

/* if: 'if' expr block ['else' (block | if)] */
if_stmt:
  IF expr block                   { $$ = mk(p, N_IF, @$); $$->a = $2; $$->list = $3; }
| IF expr block ELSE block        { $$ = mk(p, N_IF, @$); $$->a = $2; $$->list = $3; $$->list2 = $5; }
| IF expr block ELSE if_stmt      { $$ = mk(p, N_IF, @$); $$->a = $2; $$->list = $3; $$->list2 = list1($5); }
;

/* fn: 'fn' NAME '(' params ')' ['->' TYPE] block */
fn_def:
  FN IDENT '(' fnparams_opt ')' ret_opt block
                                  { $$ = mk_named(p, N_FN, $2, @$); $$->list2 = $4; $$->a = $6; $$->list = $7; }
;

ret_opt:
  %empty                          { $$ = NULL; }
| ARROW expr                      { $$ = $2; }
;

fnparams_opt:
  %empty                          { $$ = (NodeList){0}; }
| fnparams                        { $$ = $1; }
| fnparams ','                    { $$ = $1; }
;

fnparams:
  fnparam                         { $$ = list1($1); }
| fnparams ',' fnparam            { $$ = list_add($1, $3); }
;

/* param: NAME [':' TYPE] ['=' DEFAULT] */
fnparam:
  IDENT                           { $$ = mk_named(p, N_FNPARAM, $1, @$); }
| IDENT ':' expr                  { $$ = mk_named(p, N_FNPARAM, $1, @$); $$->a = $3; }
| IDENT '=' expr                  { $$ = mk_named(p, N_FNPARAM, $1, @$); $$->b = $3; }
| IDENT ':' expr '=' expr         { $$ = mk_named(p, N_FNPARAM, $1, @$); $$->a = $3; $$->b = $5; }
;

/* expr: comparisons < + - < * / @ < unary - < ^ < postfix */
expr:
  expr EQ expr                    { $$ = mk_bin(p, AOP_EQ, $1, $3, @$); }
| expr NE expr                    { $$ = mk_bin(p, AOP_NE, $1, $3, @$); }
| expr '<' expr                   { $$ = mk_bin(p, AOP_LT, $1, $3, @$); }
| expr LE expr                    { $$ = mk_bin(p, AOP_LE, $1, $3, @$); }
| expr '>' expr                   { $$ = mk_bin(p, AOP_GT, $1, $3, @$); }
| expr GE expr                    { $$ = mk_bin(p, AOP_GE, $1, $3, @$); }
| expr '+' expr                   { $$ = mk_bin(p, AOP_ADD, $1, $3, @$); }
| expr '-' expr                   { $$ = mk_bin(p, AOP_SUB, $1, $3, @$); }
| expr '*' expr                   { $$ = mk_bin(p, AOP_MUL, $1, $3, @$); }
| expr '/' expr                   { $$ = mk_bin(p, AOP_DIV, $1, $3, @$); }
| expr '@' expr                   { $$ = mk_bin(p, AOP_MATMUL, $1, $3, @$); }
| '-' expr %prec UMINUS           { $$ = mk_un(p, AOP_NEG, $2, @$); }
| expr '^' expr                   { $$ = mk_bin(p, AOP_POW, $1, $3, @$); }
| postfix                         { $$ = $1; }
;

/* postfix: primary ( '(' args ')' | '[' subscripts ']' | '.' NAME )* */
postfix:
  primary                         { $$ = $1; }
| postfix '(' args_opt ')'        { $$ = mk(p, N_CALL, @$); $$->a = $1; $$->list = $3; }
| postfix '[' subscripts ']'      { $$ = mk(p, N_INDEX, @$); $$->a = $1; $$->list = $3; }
| postfix '[' ']'                 { $$ = mk(p, N_INDEX, @$); $$->a = $1; }
| postfix '.' IDENT               { $$ = mk_named(p, N_MEMBER, $3, @$); $$->a = $1; }
;

primary:
  NUM                             { $$ = $1; }
| STR                             { $$ = $1; }
| IDENT                           { $$ = $1; }
| TRUE                            { $$ = $1; }
| FALSE                           { $$ = $1; }
| ELLIPSIS                        { $$ = mk(p, N_ELLIPSIS, @$); }
| '(' expr ')'                    { $$ = $2; }
| '(' expr ',' exprs_opt ')'      { $$ = mk(p, N_TUPLE, @$); $$->list = list1($2);
                                    for (int i = 0; i < $4.n; i++) vec_push(&$$->list, $4.v[i]);
                                    vec_free(&$4); }
| '[' exprs_opt ']'               { $$ = mk(p, N_LIST, @$); $$->list = $2; }
;

exprs_opt:
  %empty                          { $$ = (NodeList){0}; }
| exprs                           { $$ = $1; }
| exprs ','                       { $$ = $1; }
;

exprs:
  expr                            { $$ = list1($1); }
| exprs ',' expr                  { $$ = list_add($1, $3); }
;

args_opt:
  %empty                          { $$ = (NodeList){0}; }
| args                            { $$ = $1; }
| args ','                        { $$ = $1; }
;

args:
  arg                             { $$ = list1($1); }
| args ',' arg                    { $$ = list_add($1, $3); }
;

/* arg: expr | NAME '=' expr */
arg:
  expr                            { $$ = $1; }
| IDENT '=' expr                  { $$ = mk_named(p, N_KWARG, $1, @$); $$->a = $3; }
;

subscripts:
  subscript                       { $$ = list1($1); }
| subscripts ',' subscript        { $$ = list_add($1, $3); }
;

/* subscript: expr | [expr] ':' [expr] [':' [expr]] */
subscript:
  expr                            { $$ = $1; }
| slice_part ':' slice_part       { $$ = mk(p, N_SLICE, @$); $$->a = $1; $$->b = $3; }
| slice_part ':' slice_part ':' slice_part
                                  { $$ = mk(p, N_SLICE, @$); $$->a = $1; $$->b = $3; $$->c = $5; }
;

slice_part:
  %empty                          { $$ = NULL; }
| expr                            { $$ = $1; }
;

%%

/* The token filter between flex and bison: drops separators that carry no
 * meaning (repeated ones, one right after '{' or at the start, one right
 * before '}', 'else' or the end of the file), so the grammar stays simple. */
static int fe_yylex(FE_YYSTYPE *lval, Span *lloc, yyscan_t scanner, Parser *p) {
  for (;;) {
    int t;
    if (p->has_peek) {
      t = p->peek_tok;
      lval->node = p->peek_node;
      *lloc = p->peek_span;
      p->has_peek = false;
    } else {
      t = fe_raw_lex(lval, lloc, scanner);
    }
    if (t == SEP) {
      if (p->last_tok == SEP || p->last_tok == '{' || p->last_tok == 0) continue;
      FE_YYSTYPE v2;
      Span l2;
      int t2;
      do { t2 = fe_raw_lex(&v2, &l2, scanner); } while (t2 == SEP);
      if (t2 == '}' || t2 == ELSE || t2 == 0) {
        t = t2;
        *lval = v2;
        *lloc = l2;
      } else {
        p->has_peek = true;
        p->peek_tok = t2;
        p->peek_node = v2.node;
        p->peek_span = l2;
      }
    }
    p->last_tok = t;
    return t;
  }
}

static void fe_yyerror(Span *loc, yyscan_t scanner, Parser *p, const char *msg) {
  (void)scanner;
  /* bison's stack is full (YYMAXDEPTH): a chain of prefix operators or
   * right-associative ones (- - - x, a ^ b ^ c ...) nested too deep */
  if (!strcmp(msg, "memory exhausted"))
    diag_error(p->diag, *loc, "expression nested too deep (more than %d levels of operators); split it into several "
               "statements", YYMAXDEPTH);
  else diag_error(p->diag, *loc, "%s", msg);
  p->nerrors++;
}

/* Spells a token for a message: '=', keyword 'return', name, end of line. */
static void token_desc(StrBuf *b, yysymbol_kind_t s) {
  const char *n = yysymbol_name(s);
  switch (s) {
  case YYSYMBOL_YYEOF: sb_puts(b, "end of file"); return;
  case YYSYMBOL_SEP: case YYSYMBOL_NUM: case YYSYMBOL_STR: case YYSYMBOL_IDENT:
    sb_puts(b, n); return;
  case YYSYMBOL_EQ: case YYSYMBOL_NE: case YYSYMBOL_LE: case YYSYMBOL_GE: case YYSYMBOL_ARROW:
  case YYSYMBOL_ELLIPSIS:
    sb_printf(b, "'%s'", n); return;
  default: break;
  }
  if (n[0] == '\'') { sb_puts(b, n); return; }
  if (n[0] >= 'a' && n[0] <= 'z') { sb_printf(b, "keyword '%s'", n); return; }
  sb_puts(b, n);
}

static int yyreport_syntax_error(const yypcontext_t *ctx, yyscan_t scanner, Parser *p) {
  (void)scanner;
  enum { MAXEXP = YYNTOKENS };
  yysymbol_kind_t exp[MAXEXP];
  int n = yypcontext_expected_tokens(ctx, exp, MAXEXP);
  yysymbol_kind_t got = yypcontext_token(ctx);
  Span loc = *yypcontext_location(ctx);
  StrBuf b = {0};
  sb_puts(&b, "syntax error: ");
  bool want_sep = false;
  for (int i = 0; i < n; i++) want_sep |= exp[i] == YYSYMBOL_SEP;
  bool want_item = false;
  for (int i = 0; i < n; i++) want_item |= exp[i] == YYSYMBOL_MODEL;
  bool want_expr = false;
  for (int i = 0; i < n; i++) want_expr |= exp[i] == YYSYMBOL_IDENT;
  bool cmp = got == YYSYMBOL_EQ || got == YYSYMBOL_NE || got == YYSYMBOL_LE || got == YYSYMBOL_GE ||
             !strcmp(yysymbol_name(got), "'<'") || !strcmp(yysymbol_name(got), "'>'");
  if (want_item && got != YYSYMBOL_MODEL) {
    sb_puts(&b, "expected an item (import, config, fn, module, model, train or finetune), found ");
  } else if (cmp && want_sep) {
    sb_puts(&b, "comparisons do not chain (they are non-associative); write (a < b) * (b < c), found ");
  } else if (want_sep && got != YYSYMBOL_YYEOF && got != YYSYMBOL_SEP) {
    sb_puts(&b, "expected end of line or ';' (statements are separated by newlines or ';'), found ");
  } else if (n > 0 && n <= 6) {
    sb_puts(&b, "expected ");
    for (int i = 0; i < n; i++) {
      if (i) sb_puts(&b, i == n - 1 ? " or " : ", ");
      token_desc(&b, exp[i]);
    }
    sb_puts(&b, ", found ");
  } else if (want_expr) {
    sb_puts(&b, "expected an expression, found ");
  } else {
    sb_puts(&b, "unexpected ");
  }
  token_desc(&b, got);
  if ((got == YYSYMBOL_IDENT || got == YYSYMBOL_NUM) && loc.end > loc.start && loc.end <= p->len)
    sb_printf(&b, " '%.*s'", (int)(loc.end - loc.start), p->text + loc.start);
  if (got == YYSYMBOL_SEP && p->nbrackets > 0 && p->brackets[p->nbrackets - 1] == '{')
    (void)0;
  diag_error(p->diag, loc, "%s", sb_cstr(&b));
  sb_free(&b);
  p->nerrors++;
  return 0;
}
