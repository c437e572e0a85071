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

/* k360_add (add_29d7e5e03fcc): 2 IR nodes, one work item per output element
 *   %182 = permute %181 perm=[1, 0] : f32[65, 128]   (examples/gpt_char.llm:30)
 *   %360 = add %182, %359 : f32[65, 128]   (examples/gpt_char.llm:30)
 * arguments: x0 = %181; x1 = %359; y0 = %360; d_B = B; d_T = T
 */
__kernel void add_29d7e5e03fcc(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
    int d_B, int d_T) {
  const int i = (int)get_global_id(0);
  if (i >= 8320) {
    return;
  }
  const int o1 = i % 128;
  const int o0 = i / 128;
  y0[i] = x0[o1 * 65 + o0] + x1[i];
}
