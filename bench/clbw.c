/* clbw.c — memory bandwidth through an OpenCL device (for bench/roofline.py).
 *
 *   cc -O2 -o clbw bench/clbw.c -lOpenCL && ./clbw [DEVICE] [FLOATS...]
 *
 * Times a float4 copy kernel (b[i] = a[i]) and a triad (c[i] = a[i] + s*b[i])
 * with the device's own event timers, best of 10 launches, for each size in
 * floats (default: 2^25, i.e. 128 MiB per buffer). DEVICE counts the devices of
 * all platforms in order (default 0; llmc's opencl:N counts the same way when
 * there is no GPU). Prints one line per size and kernel:
 *   copy FLOATS BYTES_MOVED SECONDS GBPS
 * where BYTES_MOVED counts reads and writes (copy 2x, triad 3x the buffer). */
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>
#include <stdio.h>
#include <stdlib.h>

static const char *src =
    "__kernel void copy(__global const float4 *a, __global float4 *b) {\n"
    "  size_t i = get_global_id(0); b[i] = a[i];\n"
    "}\n"
    "__kernel void triad(__global const float4 *a, __global const float4 *b, __global float4 *c, float s) {\n"
    "  size_t i = get_global_id(0); c[i] = a[i] + s * b[i];\n"
    "}\n";

#define CK(x)                                                          \
  do {                                                                 \
    cl_int e_ = (x);                                                   \
    if (e_ != CL_SUCCESS) {                                            \
      fprintf(stderr, "clbw: %s failed: %d\n", #x, (int)e_);           \
      return 1;                                                        \
    }                                                                  \
  } while (0)

static int timed(cl_command_queue q, cl_kernel k, size_t n4, double *best) {
  *best = 1e30;
  for (int r = 0; r < 11; r++) {
    cl_event ev;
    CK(clEnqueueNDRangeKernel(q, k, 1, NULL, &n4, NULL, 0, NULL, &ev));
    CK(clWaitForEvents(1, &ev));
    cl_ulong t0, t1;
    CK(clGetEventProfilingInfo(ev, CL_PROFILING_COMMAND_START, sizeof t0, &t0, NULL));
    CK(clGetEventProfilingInfo(ev, CL_PROFILING_COMMAND_END, sizeof t1, &t1, NULL));
    clReleaseEvent(ev);
    double s = (double)(t1 - t0) * 1e-9;
    if (r > 0 && s < *best) *best = s; /* the first launch warms up */
  }
  return 0;
}

int main(int argc, char **argv) {
  int want = argc > 1 ? atoi(argv[1]) : 0;
  cl_platform_id plats[16];
  cl_uint np = 0;
  CK(clGetPlatformIDs(16, plats, &np));
  cl_device_id dev = NULL;
  int seen = 0;
  for (cl_uint p = 0; p < np && !dev; p++) {
    cl_device_id ids[16];
    cl_uint nd = 0;
    if (clGetDeviceIDs(plats[p], CL_DEVICE_TYPE_ALL, 16, ids, &nd) != CL_SUCCESS) continue;
    for (cl_uint i = 0; i < nd && !dev; i++, seen++)
      if (seen == want) dev = ids[i];
  }
  if (!dev) {
    fprintf(stderr, "clbw: no OpenCL device %d\n", want);
    return 1;
  }
  char name[256] = "";
  clGetDeviceInfo(dev, CL_DEVICE_NAME, sizeof name, name, NULL);
  printf("device %s\n", name);
  cl_int e;
  cl_context ctx = clCreateContext(NULL, 1, &dev, NULL, NULL, &e);
  CK(e);
  cl_command_queue q = clCreateCommandQueue(ctx, dev, CL_QUEUE_PROFILING_ENABLE, &e);
  CK(e);
  cl_program prog = clCreateProgramWithSource(ctx, 1, &src, NULL, &e);
  CK(e);
  CK(clBuildProgram(prog, 1, &dev, "-cl-fast-relaxed-math", NULL, NULL));
  cl_kernel kc = clCreateKernel(prog, "copy", &e);
  CK(e);
  cl_kernel kt = clCreateKernel(prog, "triad", &e);
  CK(e);
  int nsizes = argc > 2 ? argc - 2 : 1;
  for (int si = 0; si < nsizes; si++) {
    size_t n = argc > 2 ? (size_t)strtoull(argv[2 + si], NULL, 10) : (size_t)1 << 25;
    n = (n + 3) / 4 * 4;
    size_t bytes = n * sizeof(float), n4 = n / 4;
    cl_mem a = clCreateBuffer(ctx, CL_MEM_READ_WRITE, bytes, NULL, &e);
    CK(e);
    cl_mem b = clCreateBuffer(ctx, CL_MEM_READ_WRITE, bytes, NULL, &e);
    CK(e);
    cl_mem c = clCreateBuffer(ctx, CL_MEM_READ_WRITE, bytes, NULL, &e);
    CK(e);
    float one = 1.0f, s = 0.5f;
    CK(clEnqueueFillBuffer(q, a, &one, sizeof one, 0, bytes, 0, NULL, NULL));
    CK(clEnqueueFillBuffer(q, b, &one, sizeof one, 0, bytes, 0, NULL, NULL));
    CK(clEnqueueFillBuffer(q, c, &one, sizeof one, 0, bytes, 0, NULL, NULL));
    CK(clFinish(q));
    double t;
    CK(clSetKernelArg(kc, 0, sizeof a, &a));
    CK(clSetKernelArg(kc, 1, sizeof b, &b));
    if (timed(q, kc, n4, &t)) return 1;
    printf("copy %zu %zu %.9f %.3f\n", n, 2 * bytes, t, 2.0 * (double)bytes / t / 1e9);
    CK(clSetKernelArg(kt, 0, sizeof a, &a));
    CK(clSetKernelArg(kt, 1, sizeof b, &b));
    CK(clSetKernelArg(kt, 2, sizeof c, &c));
    CK(clSetKernelArg(kt, 3, sizeof s, &s));
    if (timed(q, kt, n4, &t)) return 1;
    printf("triad %zu %zu %.9f %.3f\n", n, 3 * bytes, t, 3.0 * (double)bytes / t / 1e9);
    clReleaseMemObject(a);
    clReleaseMemObject(b);
    clReleaseMemObject(c);
  }
  clReleaseKernel(kc);
  clReleaseKernel(kt);
  clReleaseProgram(prog);
  clReleaseCommandQueue(q);
  clReleaseContext(ctx);
  return 0;
}
