/* support.h — small shared utilities: arenas, growable arrays, string buffers,
 * source files, spans and the diagnostic sink. Used by every other folder. */
#ifndef LLMC_SUPPORT_H
#define LLMC_SUPPORT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define LLMC_VERSION "0.1.0"

/* ---- limits, named once --------------------------------------------------------
 * LLMC_MAX_SYMS: shape variables (B, T, ...) per graph; the runtime binds them
 *   in fixed arrays and passes each to every kernel as an argument.
 * LLMC_MAX_KERNEL_ARGS: arguments per kernel launch (buffers, shape variables,
 *   the seed); the fusion pass keeps its kernels below this with room to spare.
 * LLMC_MAX_SETS: `--set KEY=VALUE` overrides per command. */
#define LLMC_MAX_SYMS 64
#define LLMC_MAX_KERNEL_ARGS 64
#define LLMC_MAX_SETS 64

#if defined(__GNUC__)
#define LLMC_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define LLMC_NORETURN __attribute__((noreturn))
#else
#define LLMC_PRINTF(a, b)
#define LLMC_NORETURN
#endif

/* Internal bugs: report the location in the compiler and abort. */
LLMC_NORETURN void sup_internal_error(const char *file, int line, const char *msg);
#define UNREACHABLE() sup_internal_error(__FILE__, __LINE__, "unreachable code reached")
#define ASSERT(c) ((c) ? (void)0 : sup_internal_error(__FILE__, __LINE__, "assertion failed: " #c))

/* ---- memory ---------------------------------------------------------------- */
/* xmalloc and friends abort with a message on out-of-memory. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* A malloc'd formatted string. */
char *xasprintf(const char *fmt, ...) LLMC_PRINTF(1, 2);

/* An arena: bump allocation, freed all at once. */
typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
  ArenaBlock *head;
} Arena;
void arena_init(Arena *a);
void arena_free(Arena *a);            /* accepts a zeroed arena */
void *arena_alloc(Arena *a, size_t n); /* zeroed, 16-byte aligned */
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...) LLMC_PRINTF(2, 3);

/* Growable arrays over a struct with fields `T *v; int n, cap;`. */
#define VEC(T) struct { T *v; int n, cap; }
#define vec_push(vec, x)                                                        \
  do {                                                                          \
    if ((vec)->n == (vec)->cap) {                                               \
      (vec)->cap = (vec)->cap ? (vec)->cap * 2 : 8;                             \
      (vec)->v = xrealloc((vec)->v, (size_t)(vec)->cap * sizeof(*(vec)->v));    \
    }                                                                           \
    (vec)->v[(vec)->n++] = (x);                                                 \
  } while (0)
#define vec_free(vec) (free((vec)->v), (vec)->v = NULL, (vec)->n = (vec)->cap = 0)

/* A growable string. */
typedef struct StrBuf {
  char *s;
  size_t len, cap;
} StrBuf;
void sb_putc(StrBuf *b, char c);
void sb_puts(StrBuf *b, const char *s);
void sb_putn(StrBuf *b, const char *s, size_t n);
void sb_printf(StrBuf *b, const char *fmt, ...) LLMC_PRINTF(2, 3);
void sb_vprintf(StrBuf *b, const char *fmt, va_list ap);
const char *sb_cstr(StrBuf *b); /* never NULL */
void sb_free(StrBuf *b);

/* ---- strings and files ----------------------------------------------------- */
/* Reads a whole file; returns NULL and sets errno on failure. */
char *sup_read_file(const char *path, size_t *len_out);
bool sup_file_exists(const char *path);
bool sup_is_dir(const char *path);
/* Whether an output may be written to `path` by replacing it (a temporary
 * file renamed over it): true when nothing is there or a regular file is.
 * Otherwise false and *why says what is there ("a symbolic link", "a named
 * pipe", "a character device", "a folder", ...), without following links:
 * renaming over a symlink, a pipe or /dev/null would replace it. */
bool sup_output_replaceable(const char *path, const char **why);
/* Directory part of a path ("." when there is none); caller frees. */
char *sup_dirname(const char *path);
/* Joins dir and name unless name is absolute; caller frees. */
char *sup_path_join(const char *dir, const char *name);
/* Levenshtein distance between two strings (Damerau: transpositions count 1). */
int sup_edit_distance(const char *a, const char *b);
uint64_t sup_hash_bytes(const void *p, size_t n, uint64_t seed);

/* ---- source files and spans ------------------------------------------------ */
/* A span is a byte range in one source file; line and column are computed only
 * when a diagnostic is printed. file 0 means "no location". */
typedef struct Span {
  uint32_t file, start, end;
} Span;

typedef struct SourceFile {
  char *path;    /* as the user named it, or resolved for imports */
  char *text;    /* NUL-terminated; len bytes */
  size_t len;
  uint32_t *line_starts;
  int nlines;
} SourceFile;

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

/* The diagnostic sink: owns the source files, counts and prints diagnostics. */
typedef struct Diag {
  VEC(SourceFile *) files; /* files.v[0] is a dummy for "no location" */
  FILE *out;               /* where messages go; stderr by default */
  bool color;
  int nerrors, nwarnings;
  int max_errors;          /* stop printing after this many (0 = unlimited) */
  bool suppressed;         /* set once max_errors is reached */
} Diag;

void diag_init(Diag *d, FILE *out);
void diag_free(Diag *d); /* accepts NULL */
/* Adds a source text (copied); returns its file id (>= 1). */
uint32_t diag_add_source(Diag *d, const char *path, const char *text, size_t len);
const SourceFile *diag_file(const Diag *d, uint32_t file);
/* 1-based line and column (in bytes) of a byte offset. */
void diag_line_col(const Diag *d, uint32_t file, uint32_t off, int *line, int *col);
void diag_report(Diag *d, DiagLevel lv, Span sp, const char *fmt, ...) LLMC_PRINTF(4, 5);
void diag_vreport(Diag *d, DiagLevel lv, Span sp, const char *fmt, va_list ap);
/* diag_error(d, span, fmt, ...); the span may be a compound literal. */
#define diag_error(d, ...) diag_report((d), DIAG_ERROR, __VA_ARGS__)
#define diag_warning(d, ...) diag_report((d), DIAG_WARNING, __VA_ARGS__)
#define diag_note(d, ...) diag_report((d), DIAG_NOTE, __VA_ARGS__)
/* An error that has no source location (a command-line problem, a missing file). */
void diag_plain(Diag *d, const char *fmt, ...) LLMC_PRINTF(2, 3);

/* Long user text in messages. A message echoes names, strings, paths and
 * tensor names that come from hostile input; every diagnostic (diag_vreport,
 * and the driver's cli_error) passes through diag_cut_message, which cuts
 *   - a quoted piece ('...' or "...") longer than DIAG_SHOWN bytes,
 *   - a run without spaces (a path, an unquoted name) longer than DIAG_WORD_MAX,
 * to its first DIAG_SHOWN bytes (at a UTF-8 boundary) and "…(N bytes)", and a
 * whole message longer than DIAG_MSG_MAX the same way. */
#define DIAG_SHOWN 64
#define DIAG_WORD_MAX 128
#define DIAG_MSG_MAX 4096
void diag_cut_message(StrBuf *out, const char *msg, size_t len); /* msg[len] is 0 */
/* One piece of user text for a message: text itself when at most DIAG_SHOWN
 * bytes, else its cut form written to buf (DIAG_CUT_SIZE bytes). */
#define DIAG_CUT_SIZE (DIAG_SHOWN + 40)
const char *diag_cut(char *buf, const char *text);
/* diag_cut with a buffer that lives until the end of the enclosing block:
 * fprintf(f, "unknown command '%s'", DIAG_CUT(name)) */
#define DIAG_CUT(text) diag_cut((char[DIAG_CUT_SIZE]){0}, (text))
/* The closest candidate to `name` among `cands` (NULL-terminated array), or NULL
 * when none is close enough to suggest. */
const char *diag_closest(const char *name, const char *const *cands, int ncands);
Span span_join(Span a, Span b);

#endif
