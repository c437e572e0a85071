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

/* k70_matmul (matmul_cab957bdff62): 3 IR nodes, one work item per output element
 *   %67 = reshape %1 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %69 = permute %54 perm=[1, 0] : f32[16, B*T]   ($SRC/stdlib/nn.llm:65)
 *   %70 = matmul %69, %67 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %1; x1 = %54; y0 = %70; d_B = B; d_T = T
 */
__kernel void matmul_cab957bdff62(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
    int d_B, int d_T) {
  /* CPU matmul: 8x16 outputs per work item in float16 accumulators, k ascending */
  for (long tile = (long)get_global_id(0); tile < 2L; tile += 2L) {
    const long K = (long)d_B * d_T;
    const long rest = tile % 2L;
    const long mt = rest * 8;
    const long m0 = mt > 8L ? 8L : mt;
    float16 acc0 = (float16)0.0f;
    float16 acc1 = (float16)0.0f;
    float16 acc2 = (float16)0.0f;
    float16 acc3 = (float16)0.0f;
    float16 acc4 = (float16)0.0f;
    float16 acc5 = (float16)0.0f;
    float16 acc6 = (float16)0.0f;
    float16 acc7 = (float16)0.0f;
    /* full tile: B read as row segments */
    for (long k = 0L; k < K; k++) {
      const float16 bv = vload16(0, x0 + k * 16);
      acc0 = fma((float16)x1[k * 16 + m0], bv, acc0);
      acc1 = fma((float16)x1[k * 16 + (m0 + 1)], bv, acc1);
      acc2 = fma((float16)x1[k * 16 + (m0 + 2)], bv, acc2);
      acc3 = fma((float16)x1[k * 16 + (m0 + 3)], bv, acc3);
      acc4 = fma((float16)x1[k * 16 + (m0 + 4)], bv, acc4);
      acc5 = fma((float16)x1[k * 16 + (m0 + 5)], bv, acc5);
      acc6 = fma((float16)x1[k * 16 + (m0 + 6)], bv, acc6);
      acc7 = fma((float16)x1[k * 16 + (m0 + 7)], bv, acc7);
    }
    for (int row = 0; row < 8; row++) {
      const float16 accr = row == 0 ? acc0 : row == 1 ? acc1 : row == 2 ? acc2 : row == 3 ? acc3 : row == 4 ? acc4 : row == 5 ? acc5 : row == 6 ? acc6 : acc7;
      const long om = m0 + row;
      const long o = om * 16;
      vstore16(accr, 0, y0 + o);
    }
  }
}
