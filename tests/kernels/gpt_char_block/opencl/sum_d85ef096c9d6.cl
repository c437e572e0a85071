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

/* k356_sum (sum_d85ef096c9d6): 1 IR node, one work item per row of the reduction's domain
 *   %356 = sum %355 axes=[0] : f32[1, T, 128]   (examples/gpt_char.llm:28)
 * arguments: x0 = %355; y0 = %356; d_B = B; d_T = T
 */
__kernel void sum_d85ef096c9d6(__global const float *restrict x0, __global float *restrict y0, int d_B, int d_T) {
  __local float red[256];
  const int lid = (int)get_local_id(0);
  const int lc = lid % 32;
  const int ls = lid / 32;
  const long rows = (long)d_T * 128;
  const long blocks = (rows + 31L) / 32L;
  const long len = (long)d_B;
  for (long blk = (long)get_group_id(0); blk < blocks; blk += 128L) {
    const long row = blk * 32L + (long)lc;
    const int ok = row < rows;
    const long i_2 = ok ? row : rows - 1L;
    const int o2 = (int)(i_2 % 128);
    const int o1 = (int)(i_2 / 128);
    float acc = 0.0f;
    for (long e = (long)ls; e < len; e += 8L) {
      const int r0 = (int)e;
      acc += x0[((long)r0 * d_T + o1) * 128 + o2];
    }
    red[lid] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red[lid] = red[lid] + red[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red[lid] = red[lid] + red[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red[lid] = red[lid] + red[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r1 = red[lc];
    if (ok) {
      if (ls == 0) {
        y0[i_2] = r1;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
