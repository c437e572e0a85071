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

/* k166_neg (neg_fc099fe5da8a): 14 IR nodes, one work item per row of the reduction's domain
 *   %150 = reshape %149 : f32[B, T, 65]   (examples/gpt_char.llm:30)
 *   %152 = expand %151 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %153 = sub %150, %152 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %156 = log %155 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:26)
 *   %157 = expand %156 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %158 = sub %153, %157 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %159 = take %158, %1 axis=2 : f32[B, T]   ($SRC/stdlib/nn.llm:32)
 *   %160 = sum %159 axes=[0, 1] : f32[1, 1]   ($SRC/stdlib/nn.llm:32)
 *   %161 = symdim B*T : i32[]   ($SRC/stdlib/nn.llm:32)
 *   %162 = cast %161 : f32[]   ($SRC/stdlib/nn.llm:32)
 *   %163 = reshape %162 : f32[1, 1]   ($SRC/stdlib/nn.llm:32)
 *   %164 = div %160, %163 : f32[1, 1]   ($SRC/stdlib/nn.llm:32)
 *   %165 = reshape %164 : f32[]   ($SRC/stdlib/nn.llm:32)
 *   %166 = neg %165 : f32[]   ($SRC/stdlib/nn.llm:32)
 * arguments: x0 = %1; x1 = %149; x2 = %151; x3 = %155; y0 = %166; d_B = B; d_T = T
 */
__kernel void neg_fc099fe5da8a(__global const int *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3, __global float *restrict y0,
    int d_B, int d_T) {
  __local float red[128];
  const int lid = (int)get_local_id(0);
  const long len = (long)d_B * d_T;
  for (long blk = (long)get_group_id(0); blk < 1L; blk++) {
    float acc = 0.0f;
    for (long e = (long)lid; e < len; e += 128L) {
      const int r0 = (int)(e % d_T);
      const int r1 = (int)(e / d_T);
      const int pick = x0[(long)r1 * d_T + r0];
      float v = 0.0f;
      if (pick >= 0 && pick < 65) {
        const long t0_q = ((long)r1 * (long)d_T + (long)r0) * 65L + (long)pick;
        const int t0_1 = (int)(t0_q % 65L);
        const long t0_0 = t0_q / 65L;
        v = x1[t0_0 * 65 + t0_1] - x2[(long)r1 * d_T + r0] - log(x3[(long)r1 * d_T + r0]);
      }
      acc += v;
    }
    red[lid] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 64) {
      red[lid] = red[lid] + red[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 32) {
      red[lid] = red[lid] + red[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 16) {
      red[lid] = red[lid] + red[lid + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 8) {
      red[lid] = red[lid] + red[lid + 8];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 4) {
      red[lid] = red[lid] + red[lid + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 2) {
      red[lid] = red[lid] + red[lid + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 1) {
      red[lid] = red[lid] + red[lid + 1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r2 = red[0];
    const float r3 = r2 / (float)(int)((long)d_B * d_T);
    const float r4 = -r3;
    if (lid == 0) {
      y0[blk] = r4;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
