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

/* k147_permute (permute_1081efcc3404): 1 IR node, one work item per output element
 *   %147 = permute %2 perm=[1, 0] : f32[128, 65]   (examples/gpt_char.llm:30)
 * arguments: x0 = %2; y0 = %147; d_B = B; d_T = T
 */
__kernel void permute_1081efcc3404(__global const float *restrict x0, __global float *restrict y0, int d_B, int d_T) {
  const int i = (int)get_global_id(0);
  if (i >= 8320) {
    return;
  }
  const int o1 = i % 65;
  const int o0 = i / 65;
  y0[i] = x0[o1 * 128 + o0];
}
