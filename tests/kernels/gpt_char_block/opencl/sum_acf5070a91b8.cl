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

/* k237_sum (sum_acf5070a91b8): 1 IR node, one work item per row of the reduction's domain
 *   %237 = sum %236 axes=[0, 1] : f32[1, 1, 512]   ($SRC/stdlib/nn.llm:66)
 * arguments: x0 = %236; y0 = %237; d_B = B; d_T = T
 */
__kernel void sum_acf5070a91b8(__global const float *restrict x0, __global float *restrict y0, int d_B, int d_T) {
  __local float red[256];
  const int lid = (int)get_local_id(0);
  const int lc = lid % 32;
  const int ls = lid / 32;
  const long len = (long)d_B * d_T;
  for (long blk = (long)get_group_id(0); blk < 16L; blk += 16L) {
    const long row = blk * 32L + (long)lc;
    const int ok = row < 512L;
    const long i_2 = ok ? row : 511L;
    const int o2 = (int)i_2;
    float acc = 0.0f;
    for (long e = (long)ls; e < len; e += 8L) {
      const int r0 = (int)(e % d_T);
      const int r1 = (int)(e / d_T);
      acc += x0[((long)r1 * d_T + r0) * 512 + o2];
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
    const float r2 = red[lc];
    if (ok) {
      if (ls == 0) {
        y0[i_2] = r2;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
