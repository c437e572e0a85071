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

/* k358_pad (pad_60caad4c22ba): 2 IR nodes, one work item per output element
 *   %357 = reshape %356 : f32[T, 128]   (examples/gpt_char.llm:28)
 *   %358 = pad %357 start=[0, 0] step=[1, 1] : f32[64, 128]   (examples/gpt_char.llm:28)
 * arguments: x0 = %356; y0 = %358; d_B = B; d_T = T
 */
__kernel void pad_60caad4c22ba(__global const float *restrict x0, __global float *restrict y0, int d_B, int d_T) {
  const long i = (long)get_global_id(0);
  if (i >= 8192L) {
    return;
  }
  const int o1 = (int)(i % 128);
  const int o0 = (int)(i / 128);
  float v = 0.0f;
  if (o0 >= 0 && o0 < d_T) {
    const long t0_q = (long)o0 * 128L + (long)o1;
    const int t0_2 = (int)(t0_q % 128L);
    const int t0_1 = (int)(t0_q / 128L);
    v += x0[(long)t0_1 * 128 + t0_2];
  }
  y0[i] = v;
}
