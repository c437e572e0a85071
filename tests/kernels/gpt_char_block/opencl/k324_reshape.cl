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

/* k324_reshape: 7 IR nodes, one work item per output element
 *   %299 = permute %284 perm=[0, 2, 1, 3] : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:151)
 *   %300 = permute %296 perm=[0, 2, 1, 3] : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:149)
 *   %305 = reshape %299 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %310 = reshape %298 : f32[B, 128, T]   ($SRC/stdlib/nn.llm:136)
 *   %311 = permute %310 perm=[0, 2, 1] : f32[B, T, 128]   ($SRC/stdlib/nn.llm:136)
 *   %315 = reshape %311 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %324 = reshape %300 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 * arguments: x284 = %284; x296 = %296; x298 = %298; y305 = %305; y315 = %315; y324 = %324; d_B = B; d_T = T
 */
__kernel void k324_reshape(__global const float *restrict x284, __global const float *restrict x296,
    __global const float *restrict x298, __global float *restrict y305, __global float *restrict y315,
    __global float *restrict y324, int d_B, int d_T) {
  const long i = (long)get_global_id(0);
  if (i >= (long)d_B * d_T * 128) {
    return;
  }
  const int t2_3 = (int)(i % 32);
  const long t2_q = i / 32;
  const int t2_2 = (int)(t2_q % 4);
  const long t2_q_2 = t2_q / 4;
  const int t2_1 = (int)(t2_q_2 % d_T);
  const int t2_0 = (int)(t2_q_2 / d_T);
  const float v305 = x284[(((long)t2_0 * 4 + t2_2) * d_T + t2_1) * 32 + t2_3];
  y305[i] = v305;
  const int t4_2 = (int)(i % 128);
  const long t4_q = i / 128;
  const int t4_1 = (int)(t4_q % d_T);
  const int t4_0 = (int)(t4_q / d_T);
  const float v315 = x298[((long)t4_0 * 128 + t4_2) * d_T + t4_1];
  y315[i] = v315;
  const int t7_3 = (int)(i % 32);
  const long t7_q = i / 32;
  const int t7_2 = (int)(t7_q % 4);
  const long t7_q_2 = t7_q / 4;
  const int t7_1 = (int)(t7_q_2 % d_T);
  const int t7_0 = (int)(t7_q_2 / d_T);
  const float v324 = x296[(((long)t7_0 * 4 + t7_2) * d_T + t7_1) * 32 + t7_3];
  y324[i] = v324;
}
