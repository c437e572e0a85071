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

/* k359_scatter_add (scatter_add_1352f25489dc): 1 IR node, one work item per output element
 *   %359 = scatter_add %355, %0 : f32[65, 128]   (examples/gpt_char.llm:28)
 * arguments: x0 = %0; x1 = %355; y0 = %359; d_B = B; d_T = T
 */
__kernel void scatter_add_1352f25489dc(__global const int *restrict x0, __global const float *restrict x1, __global float *restrict y0,
    int d_B, int d_T) {
  const long i = (long)get_global_id(0);
  if (i >= 8320L) {
    return;
  }
  float acc = 0.0f;
  const int o1 = (int)(i % 128);
  const int o0 = (int)(i / 128);
  const long col = (long)o1;
  /* gather-style scatter_add: every index in order, deterministic */
  for (long j = 0L; j < (long)d_B * d_T; j++) {
    if (x0[j] == o0) {
      acc += x1[j * 128L + col];
    }
  }
  y0[i] = acc;
}
