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

/* k47_tanh (tanh_016380e108e2): 13 IR nodes, one work item per row of the reduction's domain
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
 * arguments: x0 = %1; x1 = %6; y0 = %9; y1 = %34; y2 = %37; y3 = %44; y4 = %47
 */
__kernel void tanh_016380e108e2(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
    __global float *restrict y1, __global float *restrict y2, __global float *restrict y3,
    __global float *restrict y4) {
  __local float red[256];
  const int lid = (int)get_local_id(0);
  for (int blk = (int)get_group_id(0); blk < 1; blk++) {
    float acc = 0.0f;
    for (int e = lid; e < 4096; e += 256) {
      const float v0 = x0[e];
      acc += v0 * v0;
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
    const float r0 = red[0];
    if (lid == 0) {
      y0[blk] = r0;
      const float v1 = x1[blk] * -0.052680258f;
      y1[blk] = exp(v1 + v1);
      const float v1_2 = x1[blk] * -0.052680258f;
      y2[blk] = tanh(v1_2);
      const float v2 = x1[blk] * -0.00050025014f;
      y3[blk] = exp(v2 + v2);
      const float v2_2 = x1[blk] * -0.00050025014f;
      y4[blk] = tanh(v2_2);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
