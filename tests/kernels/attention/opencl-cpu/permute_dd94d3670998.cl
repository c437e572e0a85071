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

/* k66_permute (permute_dd94d3670998): 1 IR node, one work item per row of the reduction's domain, in float16 vectors
 *   %66 = permute %53 perm=[1, 0] : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %53; y0 = %66; d_B = B; d_T = T
 */
__kernel void permute_dd94d3670998(__global const float *restrict x0, __global float *restrict y0, int d_B, int d_T) {
  const int i = (int)get_global_id(0);
  if (i >= 16) {
    return;
  }
  const int base = i * 16;
  const int o1 = base % 16;
  const int o0 = base / 16;
  const float16 g = (float16)(x0[o1 * 16 + o0], x0[(o1 + 1) * 16 + o0], x0[(o1 + 2) * 16 + o0], x0[(o1 + 3) * 16 + o0], x0[(o1 + 4) * 16 + o0], x0[(o1 + 5) * 16 + o0], x0[(o1 + 6) * 16 + o0], x0[(o1 + 7) * 16 + o0], x0[(o1 + 8) * 16 + o0], x0[(o1 + 9) * 16 + o0], x0[(o1 + 10) * 16 + o0], x0[(o1 + 11) * 16 + o0], x0[(o1 + 12) * 16 + o0], x0[(o1 + 13) * 16 + o0], x0[(o1 + 14) * 16 + o0], x0[(o1 + 15) * 16 + o0]);
  vstore16(g, 0, y0 + base);
}
