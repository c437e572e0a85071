/* test_bench.c — `llmc bench --json` on a tiny GPT: one JSON object with the
 * documented fields, on the reference interpreter and (when there is one) on
 * the default OpenCL/CUDA device, fused and not. Runs the built llmc binary. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <math.h>
#include <sys/wait.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TINY                                                                                                      \
  " bench " LLMC_SOURCE_DIR "/examples/gpt_char.llm --set n_layers=1 --set d=32 --set heads=2 --set train.batch=2" \
  " --set train.seq=8 --json --steps 2 --no-color"

/* Runs llmc with args; returns its stdout (malloc'd) and exit status. */
static char *run_llmc(const char *args, int *status) {
  char cmd[2048];
  snprintf(cmd, sizeof cmd, "'%s/llmc' %s 2>/dev/null", LLMC_BINARY_DIR, args);
  FILE *f = popen(cmd, "r");
  cr_assert(f, "popen failed");
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  size_t r;
  while ((r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
    n += r;
    if (n + 1 >= cap) buf = realloc(buf, cap *= 2);
  }
  buf[n] = 0;
  int st = pclose(f);
  *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return buf;
}

/* The number after "key": in the object text, or NAN. */
static double num_field(const char *json, const char *key) {
  char k[64];
  snprintf(k, sizeof k, "\"%s\": ", key);
  const char *p = strstr(json, k);
  if (!p) return NAN;
  char *end;
  double v = strtod(p + strlen(k), &end);
  return end == p + strlen(k) ? NAN : v;
}

/* Checks the shape of the object: one line, braces and brackets balanced
 * outside strings, and the fields bench documents. */
static void check_json(const char *out, bool device) {
  const char *nl = strchr(out, '\n');
  cr_assert(nl && nl[1] == 0, "expected exactly one line of JSON, got:\n%s", out);
  cr_assert(out[0] == '{' && nl[-1] == '}', "not a JSON object: %s", out);
  int depth = 0;
  bool in_str = false;
  for (const char *p = out; *p; p++) {
    if (in_str) {
      if (*p == '\\') p++;
      else if (*p == '"') in_str = false;
    } else if (*p == '"') in_str = true;
    else if (*p == '{' || *p == '[') depth++;
    else if (*p == '}' || *p == ']') {
      depth--;
      cr_assert(depth >= 0 || p[1] == '\n', "unbalanced JSON: %s", out);
    }
  }
  cr_assert(depth == 0 && !in_str, "unbalanced JSON: %s", out);
  cr_assert(strstr(out, "\"device\": \""), "no device: %s", out);
  cr_assert(strstr(out, "\"fused\": true") || strstr(out, "\"fused\": false"), "no fused: %s", out);
  cr_assert(strstr(out, "\"kernels\": ["), "no kernels: %s", out);
  double kps = num_field(out, "kernels_per_step"), ms = num_field(out, "step_ms"), tps = num_field(out, "tokens_per_s"),
         peak = num_field(out, "peak_bytes");
  cr_assert(!isnan(kps) && !isnan(ms) && !isnan(tps) && !isnan(peak), "missing numbers: %s", out);
  cr_assert(ms > 0 && tps > 0, "step_ms %g tokens_per_s %g", ms, tps);
  cr_assert(fabs(tps - 16 / (ms / 1e3)) <= 0.01 * tps + 1, "tokens/s %g is not B*T / step (%g ms)", tps, ms);
  if (device) {
    cr_assert(kps > 0 && peak > 0, "kernels_per_step %g peak_bytes %g", kps, peak);
    int rows = 0;
    for (const char *p = out; (p = strstr(p, "{\"name\": ")); p++) {
      rows++;
      cr_assert(strstr(p, "\"calls\": 2, \"ms\": ") && strstr(p, "\"gbps\": ") && strstr(p, "\"gflops\": "),
                "kernel row without calls 2, ms, gbps, gflops: %.200s", p);
    }
    cr_assert_eq(rows, (int)kps, "%d kernel rows for %g kernels per step", rows, kps);
  } else {
    cr_assert(kps == 0 && strstr(out, "\"kernels\": []"), "ref: kernels_per_step %g: %s", kps, out);
  }
}

Test(bench, json_on_reference_backend) {
  int st;
  char *out = run_llmc(TINY " --backend ref", &st);
  cr_assert_eq(st, 0, "llmc bench --backend ref failed (status %d)", st);
  check_json(out, false);
  cr_assert(strstr(out, "\"fused\": false") && strstr(out, "\"device\": \"ref"), "%s", out);
  cr_assert(num_field(out, "update_kernels") == 0 && num_field(out, "update_params") > 0, "ref update: %s", out);
  free(out);
}

static bool have_device(void) {
  int st;
  char *out = run_llmc("devices", &st);
  bool yes = strstr(out, "default: opencl") || strstr(out, "default: cuda");
  free(out);
  return yes;
}

Test(bench, json_on_device_fused_and_not, .timeout = 280) {
  if (!have_device()) {
    cr_skip_test("no OpenCL or CUDA device: llmc bench on a device is not tested");
  }
  int st;
  char *fused = run_llmc(TINY, &st);
  cr_assert_eq(st, 0, "llmc bench failed (status %d)", st);
  check_json(fused, true);
  cr_assert(strstr(fused, "\"fused\": true"), "%s", fused);
  char *unfused = run_llmc(TINY " --no-fuse", &st);
  cr_assert_eq(st, 0, "llmc bench --no-fuse failed (status %d)", st);
  check_json(unfused, true);
  cr_assert(strstr(unfused, "\"fused\": false"), "%s", unfused);
  cr_assert(num_field(unfused, "kernels_per_step") > num_field(fused, "kernels_per_step"),
            "fusion should launch fewer kernels: %g fused, %g unfused", num_field(fused, "kernels_per_step"),
            num_field(unfused, "kernels_per_step"));
  /* the AdamW update of all parameters: at most 2 kernels fused, and its rows in the table */
  double uk = num_field(fused, "update_kernels");
  cr_assert(uk >= 1 && uk <= 2, "update_kernels %g (fused): %s", uk, fused);
  cr_assert(num_field(fused, "update_params") > 0, "%s", fused);
  cr_assert(strstr(fused, "{\"name\": \"adamw."), "no update kernel rows: %s", fused);
  cr_assert(num_field(unfused, "update_kernels") > uk, "unfused update: %g kernels", num_field(unfused, "update_kernels"));
  char *plain = run_llmc(TINY " --no-update", &st);
  cr_assert_eq(st, 0, "llmc bench --no-update failed (status %d)", st);
  check_json(plain, true);
  cr_assert(num_field(plain, "update_kernels") == 0 && !strstr(plain, "\"adamw."), "%s", plain);
  cr_assert(num_field(plain, "kernels_per_step") == num_field(fused, "kernels_per_step") - uk,
            "--no-update: %g kernels, with the update %g (%g of them the update's)", num_field(plain, "kernels_per_step"),
            num_field(fused, "kernels_per_step"), uk);
  free(plain);
  free(fused);
  free(unfused);
}

Test(bench, rejects_bad_steps) {
  int st;
  char *out = run_llmc("bench " LLMC_SOURCE_DIR "/examples/gpt_char.llm --steps 0", &st);
  cr_assert_eq(st, 2, "--steps 0 should be a usage error (status %d)", st);
  free(out);
}

/* `llmc compile --target cuda --build`: NVRTC compiles every unique kernel (no
 * GPU needed) and the time is reported; skipped where NVRTC cannot be loaded. */
Test(bench, compile_build_reports_nvrtc_time, .timeout = 280) {
  char dir[] = "/tmp/llmc-test-compile-XXXXXX";
  cr_assert_not_null(mkdtemp(dir));
  char args[1024];
  snprintf(args, sizeof args,
           "compile " LLMC_SOURCE_DIR "/examples/gpt_char.llm --set n_layers=1 --set d=32 --set heads=2"
           " --target cuda --build -o %s 2>&1 >/dev/null; echo \"exit $?\"",
           dir);
  char cmd[1200];
  snprintf(cmd, sizeof cmd, "'%s/llmc' %s", LLMC_BINARY_DIR, args);
  FILE *f = popen(cmd, "r");
  cr_assert(f);
  char out[8192];
  size_t n = fread(out, 1, sizeof out - 1, f);
  out[n] = 0;
  pclose(f);
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
  if (strstr(out, "NVRTC cannot be loaded")) cr_skip_test("no NVRTC: %s", out);
  cr_assert(strstr(out, "exit 0"), "%s", out);
  cr_assert(strstr(out, "llmc: NVRTC ") && strstr(out, " unique kernels (") && strstr(out, " to PTX for compute_"),
            "no compile-time line: %s", out);
}
