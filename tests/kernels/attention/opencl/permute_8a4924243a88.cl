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

/* k66_permute (permute_8a4924243a88): 1 IR node, one work item per output element
 *   %66 = permute %53 perm=[1, 0] : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %53; y0 = %66; d_B = B; d_T = T
 */
__kernel void permute_8a4924243a88(__global const float *restrict x0, __global float *restrict y0, int d_B, int d_T) {
  const int i = (int)get_global_id(0);
  if (i >= 256) {
    return;
  }
  const int o1 = i % 16;
  const int o0 = i / 16;
  y0[i] = x0[o1 * 16 + o0];
}
