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

/* k83_reshape (reshape_db68ee20ee88): 2 IR nodes, one work item per output element
 *   %81 = permute %80 perm=[0, 2, 1, 3] : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:157)
 *   %83 = reshape %81 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %80; y0 = %83; d_B = B; d_T = T
 */
__kernel void reshape_db68ee20ee88(__global const float *restrict x0, __global float *restrict y0, int d_B, int d_T) {
  const long i = (long)get_global_id(0);
  if (i >= (long)d_B * d_T * 128) {
    return;
  }
  const int t0_3 = (int)(i % 32);
  const long t0_q = i / 32;
  const int t0_2 = (int)(t0_q % 4);
  const long t0_q_2 = t0_q / 4;
  const int t0_1 = (int)(t0_q_2 % d_T);
  const int t0_0 = (int)(t0_q_2 / d_T);
  y0[i] = x0[(((long)t0_0 * 4 + t0_2) * d_T + t0_1) * 32 + t0_3];
}
