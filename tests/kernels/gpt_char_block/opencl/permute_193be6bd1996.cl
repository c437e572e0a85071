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

/* k212_permute (permute_193be6bd1996): 1 IR node, one work item per output element
 *   %212 = permute %119 perm=[1, 0] : f32[128, 512]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %119; y0 = %212; d_B = B; d_T = T
 */
__kernel void permute_193be6bd1996(__global const float *restrict x0, __global float *restrict y0, int d_B, int d_T) {
  const int i = (int)get_global_id(0);
  if (i >= 65536) {
    return;
  }
  const int o1 = i % 512;
  const int o0 = i / 512;
  y0[i] = x0[o1 * 128 + o0];
}
