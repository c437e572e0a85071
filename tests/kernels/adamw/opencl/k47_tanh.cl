#ifndef LLMC_PRELUDE
#define LLMC_PRELUDE
#pragma OPENCL FP_CONTRACT OFF
typedef ulong llmc_u64;
typedef uint llmc_u32;
typedef ushort llmc_u16;
#define LLMC_FN static inline
#define LLMC_U64(c) c##UL
#define LLMC_AS_FLOAT(u) as_float(u)
#define LLMC_AS_UINT(f) as_uint(f)
#endif

/* k47_tanh: 13 IR nodes, one work item per row of the reduction's domain
 *   %7 = reshape %1 : f32[1, 4096]
 *   %8 = mul %7, %7 : f32[1, 4096]
 *   %9 = sum %8 axes=[1] : f32[1, 1]
 *   %31 = const -0.052680257828913141 : f32[1]
 *   %32 = mul %6, %31 : f32[1]
 *   %33 = add %32, %32 : f32[1]
 *   %34 = exp %33 : f32[1]
 *   %37 = tanh %32 : f32[1]
 *   %41 = const -0.00050025016679176718 : f32[1]
 *   %42 = mul %6, %41 : f32[1]
 *   %43 = add %42, %42 : f32[1]
 *   %44 = exp %43 : f32[1]
 *   %47 = tanh %42 : f32[1]
 * arguments: x1 = %1; x6 = %6; y9 = %9; y34 = %34; y37 = %37; y44 = %44; y47 = %47
 */
__kernel void k47_tanh(__global const float *restrict x1, __global const float *restrict x6, __global float *restrict y9,
    __global float *restrict y34, __global float *restrict y37, __global float *restrict y44,
    __global float *restrict y47) {
  __local float red[256];
  const int lid = (int)get_local_id(0);
  for (int blk = (int)get_group_id(0); blk < 1; blk++) {
    float acc = 0.0f;
    for (int e = lid; e < 4096; e += 256) {
      const float v7 = x1[e];
      acc += v7 * v7;
    }
    red[lid] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 128) {
      red[lid] = red[lid] + red[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 64) {
      red[lid] = red[lid] + red[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 32) {
      red[lid] = red[lid] + red[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 16) {
      red[lid] = red[lid] + red[lid + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 8) {
      red[lid] = red[lid] + red[lid + 8];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 4) {
      red[lid] = red[lid] + red[lid + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 2) {
      red[lid] = red[lid] + red[lid + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 1) {
      red[lid] = red[lid] + red[lid + 1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r9 = red[0];
    if (lid == 0) {
      y9[blk] = r9;
      const float v32 = x6[blk] * -0.052680258f;
      y34[blk] = exp(v32 + v32);
      const float v32_2 = x6[blk] * -0.052680258f;
      y37[blk] = tanh(v32_2);
      const float v42 = x6[blk] * -0.00050025014f;
      y44[blk] = exp(v42 + v42);
      const float v42_2 = x6[blk] * -0.00050025014f;
      y47[blk] = tanh(v42_2);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
