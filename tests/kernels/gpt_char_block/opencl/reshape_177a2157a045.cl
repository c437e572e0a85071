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

/* k324_reshape (reshape_177a2157a045): 7 IR nodes, one work item per output element
 *   %299 = permute %284 perm=[0, 2, 1, 3] : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:151)
 *   %300 = permute %296 perm=[0, 2, 1, 3] : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:149)
 *   %305 = reshape %299 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %310 = reshape %298 : f32[B, 128, T]   ($SRC/stdlib/nn.llm:136)
 *   %311 = permute %310 perm=[0, 2, 1] : f32[B, T, 128]   ($SRC/stdlib/nn.llm:136)
 *   %315 = reshape %311 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %324 = reshape %300 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %284; x1 = %296; x2 = %298; y0 = %305; y1 = %315; y2 = %324; d_B = B; d_T = T
 */
__kernel void reshape_177a2157a045(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global float *restrict y0, __global float *restrict y1,
    __global float *restrict y2, int d_B, int d_T) {
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
  const float v0 = x0[(((long)t0_0 * 4 + t0_2) * d_T + t0_1) * 32 + t0_3];
  y0[i] = v0;
  const int t1_2 = (int)(i % 128);
  const long t1_q = i / 128;
  const int t1_1 = (int)(t1_q % d_T);
  const int t1_0 = (int)(t1_q / d_T);
  const int t2_2 = t1_2 % 32;
  const int t2_1 = t1_2 / 32;
  const float v1 = x2[(((long)t1_0 * 4 + t2_1) * 32 + t2_2) * d_T + t1_1];
  y1[i] = v1;
  const int t3_3 = (int)(i % 32);
  const long t3_q = i / 32;
  const int t3_2 = (int)(t3_q % 4);
  const long t3_q_2 = t3_q / 4;
  const int t3_1 = (int)(t3_q_2 % d_T);
  const int t3_0 = (int)(t3_q_2 / d_T);
  const float v2 = x1[(((long)t3_0 * 4 + t3_2) * d_T + t3_1) * 32 + t3_3];
  y2[i] = v2;
}
