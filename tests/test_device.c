/* test_device.c — runtime/device.c and its backends: listing devices, opening
 * the default one, buffers, building and launching hand-written kernels
 * (OpenCL on PoCL in CI; CUDA where a GPU exists), build errors that name the
 * kernel and show the compiler log, a missing CUDA driver reported cleanly,
 * and NVRTC compiling CUDA C to PTX without a GPU.
 *
 * Tests that need a backend skip themselves, saying why, when it is missing.
 * Every test points LLMC_CACHE_DIR at a fresh temporary folder, so nothing is
 * written to the user's cache and no earlier run is loaded.
 *
 * Sanitizers: the ASan build runs these tests too. PoCL, the ICD loader and
 * NVRTC keep allocations alive until exit that LeakSanitizer reports as leaks;
 * __lsan_default_suppressions below suppresses leaks whose stack passes through
 * those vendor libraries only (llmc's own leaks are still reported), so no
 * ASAN_OPTIONS=detect_leaks=0 is needed. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "device.h"

#include "dev_test.h"

static char cache_dir[256];

static void fresh_cache(void) {
  snprintf(cache_dir, sizeof cache_dir, "/tmp/llmc-test-device-XXXXXX");
  cr_assert_not_null(mkdtemp(cache_dir));
  setenv("LLMC_CACHE_DIR", cache_dir, 1);
}

static void remove_cache(void) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", cache_dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", cache_dir);
}

TestSuite(device, .init = fresh_cache, .fini = remove_cache);

static Device *open_opencl(Cap *c) {
  const char *why = rt_backend_status(DEV_OPENCL);
  if (why) cr_skip_test("no OpenCL device: %s", why);
  Device *dev = rt_device_open(DEV_OPENCL, 0, &c->d);
  cr_assert_not_null(dev, "opening OpenCL device 0 failed: %s", cap_text(c));
  return dev;
}

static Device *open_cuda(Cap *c) {
  const char *why = rt_backend_status(DEV_CUDA);
  if (why) cr_skip_test("no CUDA device: %s", why);
  if (!rt_nvrtc_version(NULL, NULL)) cr_skip_test("a CUDA device but no NVRTC");
  Device *dev = rt_device_open(DEV_CUDA, 0, &c->d);
  cr_assert_not_null(dev, "opening CUDA device 0 failed: %s", cap_text(c));
  return dev;
}

static const char *ADD1_CL = "__kernel void add1(__global float *x, int n) {\n"
                             "  int i = get_global_id(0);\n"
                             "  if (i < n) x[i] += 1.0f;\n"
                             "}\n";

static const char *SCALE_CL = "__kernel void scale(__global float *x, float s, int n) {\n"
                              "  int i = get_global_id(0);\n"
                              "  if (i < n) x[i] *= s;\n"
                              "}\n";

static const char *ADD1_CU = "extern \"C\" __global__ void add1(float *x, int n) {\n"
                             "  int i = blockIdx.x * blockDim.x + threadIdx.x;\n"
                             "  if (i < n) x[i] += 1.0f;\n"
                             "}\n";

/* Builds and runs add1 over n floats x[i] = i, launched with `local`, and
 * checks every element. */
static void run_add1(Device *dev, Cap *c, const char *source, int n, int local) {
  bool cached = true;
  DevKernel *k = rt_build(dev, source, "add1", &cached, &c->d);
  cr_assert_not_null(k, "build failed: %s", cap_text(c));
  float *x = malloc((size_t)n * sizeof *x);
  for (int i = 0; i < n; i++) x[i] = (float)i;
  DevBuf *b = rt_alloc(dev, (size_t)n * sizeof *x, &c->d);
  cr_assert_not_null(b, "%s", cap_text(c));
  cr_assert(rt_write(dev, b, 0, x, (size_t)n * sizeof *x, &c->d), "%s", cap_text(c));
  DevArg args[2] = {{.buf = b}, {.i = n}};
  cr_assert(rt_launch(dev, k, args, 2, (size_t)n, local, &c->d), "launch failed: %s", cap_text(c));
  double t = rt_last_launch_seconds(dev);
  cr_assert(t > 0 && t < 60, "rt_last_launch_seconds = %g", t);
  cr_assert(rt_sync(dev, &c->d), "%s", cap_text(c));
  memset(x, 0, (size_t)n * sizeof *x);
  cr_assert(rt_read(dev, b, 0, x, (size_t)n * sizeof *x, &c->d), "%s", cap_text(c));
  for (int i = 0; i < n; i++) cr_assert_eq(x[i], (float)i + 1.0f, "x[%d] = %g, expected %d", i, x[i], i + 1);
  rt_free(dev, b);
  rt_kernel_free(dev, k);
  free(x);
}

/* ---- listing and opening ---------------------------------------------------------- */

Test(device, list_devices) {
  DeviceInfo devs[32];
  int n = rt_list_devices(devs, 32);
  if (n == 0)
    cr_skip_test("no device: CUDA: %s; OpenCL: %s", rt_backend_status(DEV_CUDA), rt_backend_status(DEV_OPENCL));
  cr_assert_geq(n, 1);
  bool seen_opencl = false;
  for (int i = 0; i < n; i++) {
    const DeviceInfo *di = &devs[i];
    cr_assert(di->kind == DEV_CUDA || di->kind == DEV_OPENCL);
    cr_assert(di->name[0], "device %d has no name", i);
    cr_assert(di->vendor[0], "%s: no vendor", di->name);
    cr_assert(di->driver[0], "%s: no driver version", di->name);
    cr_assert(di->arch[0], "%s: no arch", di->name);
    cr_assert_gt(di->memory, 0, "%s: no memory", di->name);
    cr_assert_gt(di->compute_units, 0, "%s: no compute units", di->name);
    cr_assert_gt(di->max_local, 0, "%s: no work-group size", di->name);
    cr_assert_geq(di->align, 1);
    /* CUDA first, then OpenCL GPUs, then the other OpenCL devices. */
    if (di->kind == DEV_CUDA) cr_assert(!seen_opencl, "a CUDA device after an OpenCL one");
    if (di->kind == DEV_OPENCL) {
      if (seen_opencl && di->is_gpu) cr_assert(devs[i - 1].is_gpu, "an OpenCL GPU after a non-GPU");
      seen_opencl = true;
    }
    if (di->kind == DEV_CUDA) {
      cr_assert(di->fp16 && di->is_gpu);
      cr_assert(!strncmp(di->arch, "sm_", 3), "arch %s", di->arch);
    }
  }
  /* max smaller than the count: truncated, never overflowing. */
  cr_assert_eq(rt_list_devices(devs, 1), 1);
  cr_assert_eq(rt_list_devices(devs, 0), 0);
}

Test(device, open_default) {
  Cap c;
  cap_init(&c);
  DeviceInfo devs[4];
  int n = rt_list_devices(devs, 4);
  Device *dev = rt_device_open_default(&c.d);
  if (n == 0) {
    cr_assert_null(dev);
    cr_assert_eq(c.d.nerrors, 0, "no device must not be an error: %s", cap_text(&c));
    cap_free(&c);
    cr_skip_test("no device (the default would be the reference interpreter)");
  }
  cr_assert_not_null(dev, "%s", cap_text(&c));
  const DeviceInfo *di = rt_device_info(dev);
  /* The order of preference: CUDA, OpenCL GPU, OpenCL CPU. */
  cr_assert_eq(di->kind, devs[0].kind);
  cr_assert_str_eq(di->name, devs[0].name);
  if (devs[0].kind == DEV_OPENCL && !devs[0].is_gpu)
    for (int i = 0; i < n; i++) cr_assert(!(devs[i].kind == DEV_OPENCL && devs[i].is_gpu));
  rt_device_close(dev);
  rt_device_close(NULL);
  cap_free(&c);
}

Test(device, opencl_info) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  const DeviceInfo *di = rt_device_info(dev);
  cr_assert_eq(di->kind, DEV_OPENCL);
  cr_assert_eq(di->index, 0);
  cr_assert(!strncmp(di->arch, "OpenCL ", 7), "arch '%s'", di->arch);
  cr_assert_gt(di->max_alloc, 0);
  cr_assert_leq(di->max_alloc, di->memory);
  cr_assert_gt(di->local_mem, 0);
  rt_device_close(dev);
  cap_free(&c);
}

Test(device, opencl_no_such_device) {
  Cap c;
  cap_init(&c);
  if (rt_backend_status(DEV_OPENCL)) {
    cr_assert_null(rt_device_open(DEV_OPENCL, 0, &c.d));
    cr_assert(strstr(cap_text(&c), "no OpenCL device was found: "), "%s", cap_text(&c));
  } else {
    cr_assert_null(rt_device_open(DEV_OPENCL, 999, &c.d));
    cr_assert(strstr(cap_text(&c), "OpenCL device 999 does not exist"), "%s", cap_text(&c));
  }
  cr_assert_eq(c.d.nerrors, 1);
  cap_free(&c);
}

Test(device, reference_is_not_a_kernel_device) {
  Cap c;
  cap_init(&c);
  cr_assert_null(rt_device_open(DEV_REF, 0, &c.d));
  cr_assert(strstr(cap_text(&c), "reference backend"), "%s", cap_text(&c));
  cr_assert_str_eq(rt_kind_name(DEV_REF), "ref");
  cr_assert_not_null(rt_backend_status(DEV_REF));
  cap_free(&c);
}

Test(device, print_devices) {
  char *out = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&out, &len);
  int n = rt_print_devices(f);
  fclose(f);
  cr_assert(strstr(out, "default: "), "%s", out);
  cr_assert(strstr(out, "nvrtc: "), "%s", out);
  if (rt_backend_status(DEV_CUDA)) cr_assert(strstr(out, "cuda: no device: "), "%s", out);
  DeviceInfo devs[64];
  cr_assert_eq(n, rt_list_devices(devs, 64));
  for (int i = 0; i < n; i++) cr_assert(strstr(out, devs[i].name), "%s missing from:\n%s", devs[i].name, out);
  free(out);
}

/* ---- buffers ---------------------------------------------------------------------- */

Test(device, buffer_round_trip) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  enum { N = 4099 };
  static float src[N], dst[N];
  for (int i = 0; i < N; i++) src[i] = (float)i * 0.5f - 7.0f;
  DevBuf *b = rt_alloc(dev, sizeof src, &c.d);
  cr_assert_not_null(b, "%s", cap_text(&c));
  cr_assert(rt_write(dev, b, 0, src, sizeof src, &c.d), "%s", cap_text(&c));
  cr_assert(rt_read(dev, b, 0, dst, sizeof dst, &c.d), "%s", cap_text(&c));
  cr_assert_arr_eq(src, dst, sizeof src);
  /* A partial write at an offset, read back at another. */
  float part[3] = {1, 2, 3}, got[5];
  cr_assert(rt_write(dev, b, 100 * sizeof(float), part, sizeof part, &c.d), "%s", cap_text(&c));
  cr_assert(rt_read(dev, b, 99 * sizeof(float), got, sizeof got, &c.d), "%s", cap_text(&c));
  cr_assert_eq(got[0], src[99]);
  cr_assert_eq(got[1], 1);
  cr_assert_eq(got[3], 3);
  cr_assert_eq(got[4], src[103]);
  /* Out of bounds: refused with a message, nothing crashes. */
  cr_assert_eq(c.d.nerrors, 0);
  cr_assert(!rt_read(dev, b, sizeof src - 4, got, 8, &c.d));
  cr_assert(!rt_write(dev, b, sizeof src + 1, part, 0, &c.d));
  cr_assert_eq(c.d.nerrors, 2);
  cr_assert(strstr(cap_text(&c), "outside the buffer"), "%s", cap_text(&c));
  /* Zero-byte buffers and transfers are fine. */
  DevBuf *z = rt_alloc(dev, 0, &c.d);
  cr_assert_not_null(z, "%s", cap_text(&c));
  cr_assert(rt_write(dev, z, 0, part, 0, &c.d));
  rt_free(dev, z);
  rt_free(dev, b);
  rt_free(dev, NULL);
  rt_device_close(dev);
  cap_free(&c);
}

Test(device, alloc_too_large) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  uint64_t too_big = rt_device_info(dev)->max_alloc + 1;
  cr_assert_null(rt_alloc(dev, (size_t)too_big, &c.d));
  cr_assert(strstr(cap_text(&c), "largest allocation"), "%s", cap_text(&c));
  rt_device_close(dev);
  cap_free(&c);
}

/* ---- kernels ---------------------------------------------------------------------- */

Test(device, opencl_add1) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  /* 1000 items are not a multiple of 64, 96 or the default. */
  run_add1(dev, &c, ADD1_CL, 1000, 64);
  run_add1(dev, &c, ADD1_CL, 1000, 96);
  run_add1(dev, &c, ADD1_CL, 1000, 0);
  run_add1(dev, &c, ADD1_CL, 1, 0);
  /* A work-group larger than any device allows is clamped, not an error. */
  run_add1(dev, &c, ADD1_CL, 777, 1 << 24);
  cr_assert_eq(c.d.nerrors, 0, "%s", cap_text(&c));
  rt_device_close(dev);
  cap_free(&c);
}

Test(device, opencl_offsets_and_floats) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  int align = rt_device_info(dev)->align;
  int skip = align / (int)sizeof(float) > 0 ? align / (int)sizeof(float) : 1; /* floats before the view */
  int n = skip + 300;
  float *x = malloc((size_t)n * sizeof *x);
  for (int i = 0; i < n; i++) x[i] = (float)i;
  DevBuf *b = rt_alloc(dev, (size_t)n * sizeof *x, &c.d);
  cr_assert(rt_write(dev, b, 0, x, (size_t)n * sizeof *x, &c.d), "%s", cap_text(&c));
  DevKernel *k = rt_build(dev, SCALE_CL, "scale", NULL, &c.d);
  cr_assert_not_null(k, "%s", cap_text(&c));
  cr_assert_gt(rt_kernel_max_local(dev, k), 0);
  DevArg args[3] = {{.buf = b, .offset = (size_t)skip * sizeof(float)}, {.f = 2.5f, .is_float = true}, {.i = 300}};
  cr_assert(rt_launch(dev, k, args, 3, 300, 32, &c.d), "%s", cap_text(&c));
  cr_assert(rt_read(dev, b, 0, x, (size_t)n * sizeof *x, &c.d), "%s", cap_text(&c));
  for (int i = 0; i < n; i++) {
    float want = i < skip ? (float)i : (float)i * 2.5f;
    cr_assert_eq(x[i], want, "x[%d] = %g, expected %g", i, x[i], want);
  }
  /* Again at the same offset (the sub-buffer made for it is reused), then
   * over the whole buffer. */
  cr_assert(rt_launch(dev, k, args, 3, 300, 32, &c.d), "%s", cap_text(&c));
  DevArg whole[3] = {{.buf = b}, {.f = 2.0f, .is_float = true}, {.i = n}};
  cr_assert(rt_launch(dev, k, whole, 3, (size_t)n, 32, &c.d), "%s", cap_text(&c));
  cr_assert(rt_read(dev, b, 0, x, (size_t)n * sizeof *x, &c.d), "%s", cap_text(&c));
  for (int i = 0; i < n; i++) {
    float want = i < skip ? (float)i * 2.0f : (float)i * 2.5f * 2.5f * 2.0f;
    cr_assert_eq(x[i], want, "x[%d] = %g, expected %g after three launches", i, x[i], want);
  }
  /* A misaligned offset is refused with a message. */
  if (align > 1) {
    args[0].offset = 4;
    cr_assert(!rt_launch(dev, k, args, 3, 300, 32, &c.d));
    cr_assert(strstr(cap_text(&c), "alignment"), "%s", cap_text(&c));
  }
  rt_kernel_free(dev, k);
  rt_free(dev, b);
  rt_device_close(dev);
  free(x);
  cap_free(&c);
}

Test(device, opencl_wrong_argument_count) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  DevKernel *k = rt_build(dev, ADD1_CL, "add1", NULL, &c.d);
  cr_assert_not_null(k, "%s", cap_text(&c));
  DevBuf *b = rt_alloc(dev, 64, &c.d);
  DevArg args[1] = {{.buf = b}};
  cr_assert(!rt_launch(dev, k, args, 1, 16, 0, &c.d));
  cr_assert(strstr(cap_text(&c), "kernel 'add1' takes 2 arguments"), "%s", cap_text(&c));
  rt_free(dev, b);
  rt_kernel_free(dev, k);
  rt_device_close(dev);
  cap_free(&c);
}

Test(device, opencl_build_error_names_kernel_and_shows_log) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  const char *bad = "__kernel void broken_kernel(__global float *x, int n) {\n"
                    "  int i = get_global_id(0);\n"
                    "  if (i < n) x[i] = undeclared_thing;\n"
                    "}\n";
  bool cached = true;
  cr_assert_null(rt_build(dev, bad, "broken_kernel", &cached, &c.d));
  cr_assert(!cached);
  const char *msg = cap_text(&c);
  cr_assert_eq(c.d.nerrors, 1, "%s", msg);
  cr_assert(strstr(msg, "kernel 'broken_kernel' failed to build"), "%s", msg);
  cr_assert(strstr(msg, "clBuildProgram"), "the failed call is named: %s", msg);
  cr_assert(strstr(msg, "CL_BUILD_PROGRAM_FAILURE"), "%s", msg);
  cr_assert(strstr(msg, "compiler log:"), "%s", msg);
  cr_assert(strstr(msg, "undeclared_thing"), "the log is shown: %s", msg);
  /* The source is saved so the log's line numbers can be looked up. */
  const char *src = strstr(msg, "source: ");
  cr_assert_not_null(src, "%s", msg);
  char path[512];
  cr_assert_eq(sscanf(src, "source: %511s", path), 1);
  cr_assert(strstr(path, "broken_kernel"), "%s", path);
  cr_assert_eq(access(path, R_OK), 0, "%s was not saved", path);
  int built = -1;
  rt_cache_stats(dev, &built, NULL);
  cr_assert_eq(built, 0);
  rt_device_close(dev);
  cap_free(&c);
}

Test(device, opencl_missing_entry) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  cr_assert_null(rt_build(dev, ADD1_CL, "add2", NULL, &c.d));
  cr_assert(strstr(cap_text(&c), "kernel 'add2' is not defined in its source (it defines: add1)"), "%s",
            cap_text(&c));
  cr_assert(strstr(rt_device_last_error(dev), "clCreateKernel"), "%s", rt_device_last_error(dev));
  cr_assert(strstr(rt_device_last_error(dev), "CL_INVALID_KERNEL_NAME"), "%s", rt_device_last_error(dev));
  cr_assert(strstr(rt_device_last_error(dev), "dev_opencl.c:"), "file:line recorded: %s", rt_device_last_error(dev));
  rt_device_close(dev);
  cap_free(&c);
}

/* ---- batches (rt_build_many) ------------------------------------------------------ */

/* Three kernels whose sources share a guarded helper, as codegen's do. */
#define SQ_HELPER_CL "#ifndef TEST_SQ\n#define TEST_SQ\nstatic inline float test_sq(float v) { return v * v; }\n#endif\n"
static const char *BATCH_CL[3] = {
  SQ_HELPER_CL "__kernel void b_add(__global float *x, int n) {\n"
               "  int i = get_global_id(0);\n"
               "  if (i < n) x[i] += 1.0f;\n"
               "}\n",
  SQ_HELPER_CL "__kernel void b_square(__global float *x, int n) {\n"
               "  int i = get_global_id(0);\n"
               "  if (i < n) x[i] = test_sq(x[i]);\n"
               "}\n",
  SQ_HELPER_CL "__kernel void b_scale(__global float *x, float s, int n) {\n"
               "  int i = get_global_id(0);\n"
               "  if (i < n) x[i] = test_sq(1.0f) * s * x[i];\n"
               "}\n",
};
#define SQ_HELPER_CU "#ifndef TEST_SQ\n#define TEST_SQ\n__device__ static inline float test_sq(float v) { return v * v; }\n#endif\n"
static const char *BATCH_CU[3] = {
  SQ_HELPER_CU "extern \"C\" __global__ void b_add(float *x, int n) {\n"
               "  int i = blockIdx.x * blockDim.x + threadIdx.x;\n"
               "  if (i < n) x[i] += 1.0f;\n"
               "}\n",
  SQ_HELPER_CU "extern \"C\" __global__ void b_square(float *x, int n) {\n"
               "  int i = blockIdx.x * blockDim.x + threadIdx.x;\n"
               "  if (i < n) x[i] = test_sq(x[i]);\n"
               "}\n",
  SQ_HELPER_CU "extern \"C\" __global__ void b_scale(float *x, float s, int n) {\n"
               "  int i = blockIdx.x * blockDim.x + threadIdx.x;\n"
               "  if (i < n) x[i] = test_sq(1.0f) * s * x[i];\n"
               "}\n",
};
static const char *BATCH_NAMES[3] = {"b_add", "b_square", "b_scale"};

/* Runs the kernels of ks that are not NULL, in order (add 1, square, times 3),
 * over x[i] = i, and checks the result. */
static void run_batch(Device *dev, Cap *c, DevKernel *const *ks) {
  enum { N = 333 };
  float x[N];
  for (int i = 0; i < N; i++) x[i] = (float)i;
  DevBuf *b = rt_alloc(dev, sizeof x, &c->d);
  cr_assert_not_null(b, "%s", cap_text(c));
  cr_assert(rt_write(dev, b, 0, x, sizeof x, &c->d), "%s", cap_text(c));
  DevArg two[2] = {{.buf = b}, {.i = N}};
  DevArg three[3] = {{.buf = b}, {.f = 3.0f, .is_float = true}, {.i = N}};
  if (ks[0]) cr_assert(rt_launch(dev, ks[0], two, 2, N, 64, &c->d), "%s", cap_text(c));
  if (ks[1]) cr_assert(rt_launch(dev, ks[1], two, 2, N, 0, &c->d), "%s", cap_text(c));
  if (ks[2]) cr_assert(rt_launch(dev, ks[2], three, 3, N, 32, &c->d), "%s", cap_text(c));
  cr_assert(rt_read(dev, b, 0, x, sizeof x, &c->d), "%s", cap_text(c));
  for (int i = 0; i < N; i++) {
    float want = (float)i;
    if (ks[0]) want += 1.0f;
    if (ks[1]) want *= want;
    if (ks[2]) want *= 3.0f;
    cr_assert_eq(x[i], want, "x[%d] = %g, expected %g", i, x[i], want);
  }
  rt_free(dev, b);
}

static void batch_of_three(Device *dev, Cap *c, const char *const *sources) {
  DevKernel *ks[3] = {NULL, NULL, NULL};
  int built = -1, loaded = -1;
  cr_assert(rt_build_many(dev, sources, BATCH_NAMES, 3, ks, &built, &loaded, &c->d), "%s", cap_text(c));
  cr_assert_eq(built, 3);
  cr_assert_eq(loaded, 0);
  for (int i = 0; i < 3; i++) cr_assert_not_null(ks[i]);
  run_batch(dev, c, ks);
  int sb = -1, sl = -1;
  rt_cache_stats(dev, &sb, &sl);
  cr_assert_eq(sb, 3, "the batch counts as 3 built kernels");
  cr_assert_eq(sl, 0);
  for (int i = 0; i < 3; i++) rt_kernel_free(dev, ks[i]);
  cr_assert_eq(c->d.nerrors, 0, "%s", cap_text(c));
}

Test(device, opencl_batch_of_three) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  batch_of_three(dev, &c, BATCH_CL);
  rt_device_close(dev);
  cap_free(&c);
}

Test(device, cuda_batch_of_three) {
  Cap c;
  cap_init(&c);
  Device *dev = open_cuda(&c);
  batch_of_three(dev, &c, BATCH_CU);
  rt_device_close(dev);
  cap_free(&c);
}

/* Each kernel of a batch holds the shared program: freeing the others, in any
 * order, leaves it working. */
static void batch_kernel_outlives_the_others(Device *dev, Cap *c, const char *const *sources) {
  for (int keep = 0; keep < 3; keep++) {
    DevKernel *ks[3] = {NULL, NULL, NULL};
    cr_assert(rt_build_many(dev, sources, BATCH_NAMES, 3, ks, NULL, NULL, &c->d), "%s", cap_text(c));
    for (int i = 2; i >= 0; i--)
      if (i != keep) {
        rt_kernel_free(dev, ks[i]);
        ks[i] = NULL;
      }
    run_batch(dev, c, ks);
    run_batch(dev, c, ks);
    rt_kernel_free(dev, ks[keep]);
  }
  cr_assert_eq(c->d.nerrors, 0, "%s", cap_text(c));
}

Test(device, opencl_batch_kernel_outlives_the_others) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  batch_kernel_outlives_the_others(dev, &c, BATCH_CL);
  rt_device_close(dev);
  cap_free(&c);
}

Test(device, cuda_batch_kernel_outlives_the_others) {
  Cap c;
  cap_init(&c);
  Device *dev = open_cuda(&c);
  batch_kernel_outlives_the_others(dev, &c, BATCH_CU);
  rt_device_close(dev);
  cap_free(&c);
}

/* One kernel of the batch does not compile: the error names it and shows its
 * log, not the batch's; nothing is left built. */
static void batch_with_a_broken_kernel(Device *dev, Cap *c, const char *broken_source) {
  const char *sources[3] = {BATCH_CL[0], broken_source, BATCH_CL[2]};
  if (rt_device_info(dev)->kind == DEV_CUDA) {
    sources[0] = BATCH_CU[0];
    sources[2] = BATCH_CU[2];
  }
  const char *names[3] = {"b_add", "broken_in_batch", "b_scale"};
  DevKernel *ks[3] = {(DevKernel *)1, (DevKernel *)1, (DevKernel *)1};
  int built = -1, loaded = -1;
  cr_assert(!rt_build_many(dev, sources, names, 3, ks, &built, &loaded, &c->d));
  for (int i = 0; i < 3; i++) cr_assert_null(ks[i]);
  cr_assert_eq(built, 0);
  cr_assert_eq(loaded, 0);
  const char *msg = cap_text(c);
  cr_assert_eq(c->d.nerrors, 1, "%s", msg);
  cr_assert(strstr(msg, "kernel 'broken_in_batch' failed to build"), "%s", msg);
  cr_assert(!strstr(msg, "kernel 'b_add' failed") && !strstr(msg, "kernel 'b_scale' failed"), "%s", msg);
  cr_assert(strstr(msg, "compiler log:"), "%s", msg);
  cr_assert(strstr(msg, "missing_in_batch"), "the log is shown: %s", msg);
  const char *src = strstr(msg, "source: ");
  cr_assert_not_null(src, "%s", msg);
  char path[512];
  cr_assert_eq(sscanf(src, "source: %511s", path), 1);
  cr_assert(strstr(path, "broken_in_batch"), "the kernel's own source is saved: %s", path);
}

Test(device, opencl_batch_with_a_broken_kernel) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  batch_with_a_broken_kernel(dev, &c,
                             "__kernel void broken_in_batch(__global float *x, int n) {\n"
                             "  int i = get_global_id(0);\n"
                             "  if (i < n) x[i] = missing_in_batch;\n"
                             "}\n");
  rt_device_close(dev);
  cap_free(&c);
}

Test(device, cuda_batch_with_a_broken_kernel) {
  Cap c;
  cap_init(&c);
  Device *dev = open_cuda(&c);
  batch_with_a_broken_kernel(dev, &c,
                             "extern \"C\" __global__ void broken_in_batch(float *x, int n) {\n"
                             "  int i = blockIdx.x * blockDim.x + threadIdx.x;\n"
                             "  if (i < n) x[i] = missing_in_batch;\n"
                             "}\n");
  rt_device_close(dev);
  cap_free(&c);
}

Test(device, opencl_batch_of_none_and_of_one) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  int built = -1, loaded = -1;
  cr_assert(rt_build_many(dev, NULL, NULL, 0, NULL, &built, &loaded, &c.d));
  cr_assert(built == 0 && loaded == 0);
  DevKernel *k = NULL;
  cr_assert(rt_build_many(dev, &BATCH_CL[0], &BATCH_NAMES[0], 1, &k, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert(built == 1 && loaded == 0);
  DevKernel *ks[3] = {k, NULL, NULL};
  run_batch(dev, &c, ks);
  rt_kernel_free(dev, k);
  rt_device_close(dev);
  cap_free(&c);
}

Test(device, opencl_timer_measures_the_kernel) {
  Cap c;
  cap_init(&c);
  Device *dev = open_opencl(&c);
  const char *src = "__kernel void spin(__global float *x, int n) {\n"
                    "  int i = get_global_id(0);\n"
                    "  if (i >= n) return;\n"
                    "  float v = x[i];\n"
                    "  for (int k = 0; k < 20000; k++) v = v * 0.999f + 0.001f;\n"
                    "  x[i] = v;\n"
                    "}\n";
  DevKernel *k = rt_build(dev, src, "spin", NULL, &c.d);
  cr_assert_not_null(k, "%s", cap_text(&c));
  int n = 4096;
  DevBuf *b = rt_alloc(dev, (size_t)n * 4, &c.d);
  DevArg small[2] = {{.buf = b}, {.i = 8}}, big[2] = {{.buf = b}, {.i = n}};
  cr_assert(rt_launch(dev, k, small, 2, 8, 0, &c.d), "%s", cap_text(&c));
  double t_small = rt_last_launch_seconds(dev);
  cr_assert(rt_launch(dev, k, big, 2, (size_t)n, 0, &c.d), "%s", cap_text(&c));
  double t_big = rt_last_launch_seconds(dev);
  cr_assert(t_small > 0 && t_big > t_small, "small %g s, big %g s", t_small, t_big);
  rt_free(dev, b);
  rt_kernel_free(dev, k);
  rt_device_close(dev);
  cap_free(&c);
}

/* ---- CUDA ------------------------------------------------------------------------- */

Test(device, cuda_missing_is_reported_cleanly) {
  Cap c;
  cap_init(&c);
  const char *why = rt_backend_status(DEV_CUDA);
  if (why) {
    cr_assert_null(rt_device_open(DEV_CUDA, 0, &c.d));
    char want[1024];
    snprintf(want, sizeof want, "no CUDA device was found: %s", why);
    cr_assert(strstr(cap_text(&c), want), "%s", cap_text(&c));
    cr_assert(strstr(why, "libcuda.so.1 could not be loaded (no NVIDIA driver)") ||
                  strstr(why, "the driver reports 0 devices") || strstr(why, "driver"),
              "%s", why);
    cr_assert_eq(c.d.nerrors, 1);
    /* Listing never fails; there are no CUDA entries. */
    DeviceInfo devs[16];
    int n = rt_list_devices(devs, 16);
    for (int i = 0; i < n; i++) cr_assert_neq(devs[i].kind, DEV_CUDA);
  } else {
    cr_assert_null(rt_device_open(DEV_CUDA, 4096, &c.d));
    cr_assert(strstr(cap_text(&c), "CUDA device 4096 does not exist"), "%s", cap_text(&c));
  }
  cap_free(&c);
}

Test(device, nvrtc_compiles_for_compute_80_and_90) {
  int major, minor;
  if (!rt_nvrtc_version(&major, &minor)) {
    char *ptx = NULL, *log = NULL;
    cr_assert(!rt_nvrtc_compile(ADD1_CU, "add1.cu", "compute_80", &ptx, &log));
    cr_assert_null(ptx);
    cr_assert(strstr(log, "NVRTC could not be loaded"), "%s", log);
    free(log);
    cr_skip_test("NVRTC cannot be loaded");
  }
  const char *archs[] = {"compute_80", "compute_90", "sm_90", "80"};
  const char *targets[] = {".target sm_80", ".target sm_90", ".target sm_90", ".target sm_80"};
  for (int i = 0; i < 4; i++) {
    char *ptx = NULL, *log = NULL;
    bool ok = rt_nvrtc_compile(ADD1_CU, "add1.cu", archs[i], &ptx, &log);
    cr_assert(ok, "NVRTC %d.%d, %s: %s", major, minor, archs[i], log);
    cr_assert_not_null(ptx);
    cr_assert(strstr(ptx, targets[i]), "%s: no '%s' in the PTX", archs[i], targets[i]);
    cr_assert(strstr(ptx, ".entry add1"), "extern \"C\" keeps the name unmangled");
    cr_assert_not_null(log);
    free(ptx);
    free(log);
  }
}

Test(device, nvrtc_reports_the_log_of_a_broken_kernel) {
  if (!rt_nvrtc_version(NULL, NULL)) cr_skip_test("NVRTC cannot be loaded");
  const char *bad = "extern \"C\" __global__ void broken(float *x, int n) {\n"
                    "  x[threadIdx.x] = not_declared_here;\n"
                    "}\n";
  char *ptx = NULL, *log = NULL;
  cr_assert(!rt_nvrtc_compile(bad, "broken.cu", "compute_90", &ptx, &log));
  cr_assert_null(ptx);
  cr_assert(strstr(log, "not_declared_here"), "%s", log);
  cr_assert(strstr(log, "broken.cu"), "the log names the program: %s", log);
  free(log);
  /* A bad architecture is an error too, with NVRTC's message. */
  cr_assert(!rt_nvrtc_compile(ADD1_CU, "add1.cu", "compute_1", &ptx, &log));
  cr_assert(log && *log, "no message for a bad architecture");
  free(log);
}

Test(device, cuda_add1) {
  Cap c;
  cap_init(&c);
  Device *dev = open_cuda(&c);
  const DeviceInfo *di = rt_device_info(dev);
  cr_assert(!strncmp(di->arch, "sm_", 3));
  run_add1(dev, &c, ADD1_CU, 1000, 96);
  run_add1(dev, &c, ADD1_CU, 100000, 0);
  run_add1(dev, &c, ADD1_CU, 1000, 1 << 20);
  cr_assert_eq(c.d.nerrors, 0, "%s", cap_text(&c));
  rt_device_close(dev);
  cap_free(&c);
}

Test(device, cuda_offsets_floats_and_errors) {
  Cap c;
  cap_init(&c);
  Device *dev = open_cuda(&c);
  const char *src = "extern \"C\" __global__ void scale(float *x, float s, int n) {\n"
                    "  int i = blockIdx.x * blockDim.x + threadIdx.x;\n"
                    "  if (i < n) x[i] *= s;\n"
                    "}\n";
  float x[64];
  for (int i = 0; i < 64; i++) x[i] = (float)i;
  DevBuf *b = rt_alloc(dev, sizeof x, &c.d);
  cr_assert(rt_write(dev, b, 0, x, sizeof x, &c.d), "%s", cap_text(&c));
  DevKernel *k = rt_build(dev, src, "scale", NULL, &c.d);
  cr_assert_not_null(k, "%s", cap_text(&c));
  DevArg args[3] = {{.buf = b, .offset = 16 * sizeof(float)}, {.f = 2.0f, .is_float = true}, {.i = 48}};
  cr_assert(rt_launch(dev, k, args, 3, 48, 0, &c.d), "%s", cap_text(&c));
  cr_assert(rt_read(dev, b, 0, x, sizeof x, &c.d), "%s", cap_text(&c));
  for (int i = 0; i < 64; i++) cr_assert_eq(x[i], i < 16 ? (float)i : 2.0f * (float)i, "x[%d] = %g", i, x[i]);
  rt_kernel_free(dev, k);
  /* A build error names the kernel and shows NVRTC's log. */
  cr_assert_null(rt_build(dev, "extern \"C\" __global__ void oops(float *x) { x[0] = nope; }", "oops", NULL, &c.d));
  cr_assert(strstr(cap_text(&c), "kernel 'oops' failed to build"), "%s", cap_text(&c));
  cr_assert(strstr(cap_text(&c), "nope"), "%s", cap_text(&c));
  /* A missing entry. */
  cr_assert_null(rt_build(dev, src, "scale2", NULL, &c.d));
  cr_assert(strstr(cap_text(&c), "kernel 'scale2' is not defined"), "%s", cap_text(&c));
  cr_assert(strstr(rt_device_last_error(dev), "cuModuleGetFunction"), "%s", rt_device_last_error(dev));
  rt_free(dev, b);
  rt_device_close(dev);
  cap_free(&c);
}
