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

/* k323_permute (permute_fb3bb74b495e): 4 IR nodes, one work item per output element
 *   %274 = permute %82 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 *   %304 = permute %48 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 *   %314 = permute %40 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 *   %323 = permute %31 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %31; x1 = %40; x2 = %48; x3 = %82; y0 = %274; y1 = %304; y2 = %314; y3 = %323; d_B = B; d_T = T
 */
__kernel void permute_fb3bb74b495e(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3, __global float *restrict y0,
    __global float *restrict y1, __global float *restrict y2, __global float *restrict y3, int d_B,
    int d_T) {
  const int i = (int)get_global_id(0);
  if (i >= 16384) {
    return;
  }
  const int o1 = i % 128;
  const int o0 = i / 128;
  const float v0 = x3[o1 * 128 + o0];
  y0[i] = v0;
  const float v1 = x2[o1 * 128 + o0];
  y1[i] = v1;
  const float v2 = x1[o1 * 128 + o0];
  y2[i] = v2;
  const float v3 = x0[o1 * 128 + o0];
  y3[i] = v3;
}
