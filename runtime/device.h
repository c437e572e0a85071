/* device.h — one interface over the compute devices llmc runs on: CUDA GPUs
 * (driver API loaded with dlopen, kernels compiled by NVRTC), OpenCL devices
 * (through the ICD loader: PoCL on CPUs, AMD, Intel and NVIDIA drivers), and
 * the reference interpreter (which runs graphs, not kernels; see plan.h). */
#ifndef LLMC_DEVICE_H
#define LLMC_DEVICE_H

#include "support.h"

typedef enum DevKind { DEV_CUDA, DEV_OPENCL, DEV_REF } DevKind;

typedef struct DeviceInfo {
  DevKind kind;
  int index;             /* --device N within its backend */
  char name[256];        /* "NVIDIA H200", "pthread-skylake-avx512-AMD EPYC" */
  char vendor[128];
  char driver[128];      /* driver or platform version */
  uint64_t memory;       /* bytes of global memory */
  int compute_units;
  bool is_gpu;
  bool fp16;             /* cl_khr_fp16, or any CUDA device */
  int max_local;         /* largest work-group size the device accepts */
  char arch[32];         /* CUDA: "sm_90"; OpenCL: the device version string */
} DeviceInfo;

/* Lists every device of every backend that can be reached, CUDA first, then
 * OpenCL GPUs, then other OpenCL devices. Never fails: missing drivers just
 * mean no entries. Returns the count (at most max). */
int rt_list_devices(DeviceInfo *out, int max);

typedef struct Device Device;
typedef struct DevBuf DevBuf;
typedef struct DevKernel DevKernel;

/* Opens device `index` of backend `kind`. NULL after reporting why (no driver,
 * no such device: "no CUDA device was found (libcuda.so.1 could not be loaded)"). */
Device *rt_device_open(DevKind kind, int index, Diag *d);
/* The default device: a CUDA GPU, else an OpenCL GPU, else OpenCL on the CPU;
 * NULL (without an error) when none exists: then use the reference backend. */
Device *rt_device_open_default(Diag *d);
void rt_device_close(Device *dev); /* accepts NULL */
const DeviceInfo *rt_device_info(const Device *dev);

DevBuf *rt_alloc(Device *dev, size_t bytes, Diag *d);      /* NULL on failure */
void rt_free(Device *dev, DevBuf *b);                      /* accepts NULL */
bool rt_write(Device *dev, DevBuf *b, size_t off, const void *src, size_t n, Diag *d);
bool rt_read(Device *dev, DevBuf *b, size_t off, void *dst, size_t n, Diag *d);

/* Builds `source` (OpenCL C or CUDA C, as the device takes) and returns the
 * kernel `entry`, through the on-disk kernel cache: $LLMC_CACHE_DIR, else
 * $XDG_CACHE_HOME/llmc, else ~/.cache/llmc, keyed by a hash of the source,
 * options, device and driver version. A failed build reports the compiler log
 * with the kernel's name. `*from_cache` tells whether it was loaded. */
DevKernel *rt_build(Device *dev, const char *source, const char *entry, bool *from_cache, Diag *d);
void rt_kernel_free(Device *dev, DevKernel *k); /* accepts NULL */

/* A kernel argument: a buffer (at a byte offset into it) or a 32-bit int. */
typedef struct DevArg {
  DevBuf *buf;
  size_t offset;
  int32_t i;
} DevArg;

/* Launches `items` work items in groups of `local` (rounded to what the device
 * accepts). Returns false after reporting. */
bool rt_launch(Device *dev, DevKernel *k, const DevArg *args, int nargs, size_t items, int local, Diag *d);
bool rt_sync(Device *dev, Diag *d);
/* Seconds the last launch took on the device (event timing), or a host
 * measurement around it when the device has no timer. */
double rt_last_launch_seconds(Device *dev);

#endif
