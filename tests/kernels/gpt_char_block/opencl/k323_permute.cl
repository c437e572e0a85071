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

/* k323_permute: 4 IR nodes, one work item per output element
 *   %274 = permute %82 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 *   %304 = permute %48 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 *   %314 = permute %40 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 *   %323 = permute %31 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 * arguments: x31 = %31; x40 = %40; x48 = %48; x82 = %82; y274 = %274; y304 = %304; y314 = %314; y323 = %323; d_B = B; d_T = T
 */
__kernel void k323_permute(__global const float *restrict x31, __global const float *restrict x40,
    __global const float *restrict x48, __global const float *restrict x82,
    __global float *restrict y274, __global float *restrict y304, __global float *restrict y314,
    __global float *restrict y323, int d_B, int d_T) {
  const int i = (int)get_global_id(0);
  if (i >= 16384) {
    return;
  }
  const int o1 = i % 128;
  const int o0 = i / 128;
  const float v274 = x82[o1 * 128 + o0];
  y274[i] = v274;
  const float v304 = x48[o1 * 128 + o0];
  y304[i] = v304;
  const float v314 = x40[o1 * 128 + o0];
  y314[i] = v314;
  const float v323 = x31[o1 * 128 + o0];
  y323[i] = v323;
}
