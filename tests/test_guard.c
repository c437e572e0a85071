/* test_guard.c — the guard-band debug mode (LLMC_GUARD=1, PlOptions.guard,
 * rt_plan_set_guard) on the OpenCL backend (PoCL on the CPU in CI): a kernel
 * that stores one element past the end of its output, or one before its start,
 * is caught by the check after its launch, and the report names the kernel and
 * the value; the same plan with the kernel as generated runs clean and reports
 * nothing.
 *
 * The faulty kernel is made here, not by any switch of the compiler: the
 * pipeline runs up to the kernels' sources (PL_KERNELS), the test rewrites the
 * store of the one kernel (`y0[i] =` becomes `y0[i + 1] =` or `y0[i - 1] =`),
 * and builds the plan from them (pl_plan_new), as pl_plan_graph does. */
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "dev_test.h"
#include "device.h"
#include "frontend.h"
#include "pipeline.h"
#include "tensor.h"

static const char program[] = "model M {\n"
                              "  fn forward(x: f32[B, 4]) -> f32[B, 4] { return x * 2.0 + 1.0 }\n"
                              "}\n";

/* The forward graph of `program` (after simplify). */
static Graph *forward_graph(Diag *d) {
  Program *p = fe_program_new(d, &(FeOptions){.stdlib_dir = LLMC_SOURCE_DIR "/stdlib"});
  cr_assert(fe_parse_text(p, "guard.llm", program, sizeof program - 1, NULL));
  cr_assert(fe_check(p));
  Graph *g = pl_build_graph(p, "forward", false, false, d);
  cr_assert(g);
  fe_program_free(p);
  return g;
}

/* A guarded plan of g on dev whose one kernel has its store `y0[i] =`
 * replaced by `store` (NULL: as generated); *label gets the kernel's label. */
static Plan *guarded_plan(Device *dev, Graph *g, const char *store, char *label, size_t nlabel, Diag *d) {
  PlOptions po = {.start = PL_FUSE, .stop = PL_KERNELS};
  pl_target(&po, dev);
  PlOutput out;
  cr_assert(pl_run(NULL, g, &po, &out, d));
  cr_assert_eq(out.sched->nk, 1, "one kernel expected, found %d", out.sched->nk);
  Kernel *k = out.kern[0];
  snprintf(label, nlabel, "%s", k->label);
  if (store) {
    char *at = strstr(k->source, "y0[i] = ");
    cr_assert(at, "no 'y0[i] = ' store in the kernel:\n%s", k->source);
    size_t pre = (size_t)(at - k->source), old = strlen("y0[i] = ");
    char *src = xasprintf("%.*s%s%s", (int)pre, k->source, store, at + old);
    free(k->source);
    k->source = src;
  }
  Plan *plan = pl_plan_new(dev, &out, d);
  out.g = NULL; /* lent: g stays the caller's */
  pl_output_free(&out);
  cr_assert(plan);
  rt_plan_set_guard(plan, true);
  return plan;
}

/* Runs the plan on x = f32[2, 4]; returns whether the run succeeded, with
 * what it reported in *msg (heap). */
static bool run(Plan *plan, char **msg) {
  Cap c;
  cap_init(&c);
  TensorList in = {0}, res = {0}, params = {0};
  Tensor *x = tensor_new("x", DT_F32, 2, (int64_t[]){2, 4});
  for (int64_t i = 0; i < 8; i++) tensor_set(x, i, (double)i);
  tl_add(&in, x);
  bool ok = rt_plan_run(plan, &in, &params, &res, NULL, &c.d);
  if (ok) {
    cr_assert_eq(res.v.n, 1);
    for (int64_t i = 0; i < 8; i++) cr_assert_float_eq(tensor_get(res.v.v[0], i), 2.0 * (double)i + 1.0, 1e-6);
  }
  *msg = xstrdup(cap_text(&c));
  tl_free(&in), tl_free(&res), tl_free(&params);
  cap_free(&c);
  return ok;
}

static void check_case(const char *store, const char *where) {
  const char *why = rt_backend_status(DEV_OPENCL);
  if (why) cr_skip_test("no OpenCL device: %s", why);
  Diag d;
  diag_init(&d, stderr);
  Device *dev = rt_device_open(DEV_OPENCL, 0, &d);
  cr_assert(dev);
  Graph *g = forward_graph(&d);
  char label[128], *msg;

  /* the kernel as generated: a clean run, nothing reported */
  Plan *good = guarded_plan(dev, g, NULL, label, sizeof label, &d);
  cr_assert(run(good, &msg), "the generated kernel tripped the guard: %s", msg);
  cr_assert_str_empty(msg, "a clean guarded run reported: %s", msg);
  free(msg);
  rt_plan_free(good);

  /* the kernel that stores outside its output: the run stops, naming both */
  Plan *bad = guarded_plan(dev, g, store, label, sizeof label, &d);
  cr_assert_not(run(bad, &msg), "a store %s the output went unnoticed", where);
  cr_assert(strstr(msg, "guard-band check: kernel "), "message: %s", msg);
  cr_assert(strstr(msg, label), "the message does not name kernel %s: %s", label, msg);
  cr_assert(strstr(msg, where), "the message does not say '%s': %s", where, msg);
  cr_assert(strstr(msg, "'out'") && strstr(msg, "(32 bytes)"), "the message does not name the value: %s", msg);
  fprintf(stderr, "guard, store %s: %s", where, msg);
  free(msg);
  rt_plan_free(bad);

  ir_graph_free(g);
  rt_device_close(dev);
  diag_free(&d);
}

Test(guard, store_past_the_end_is_caught, .timeout = 300) { check_case("y0[i + 1] = ", "past the end of"); }

Test(guard, store_before_the_start_is_caught, .timeout = 300) { check_case("y0[i - 1] = ", "before"); }
