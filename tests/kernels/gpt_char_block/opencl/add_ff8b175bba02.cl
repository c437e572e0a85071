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
#ifndef LLMC_FMAX
#define LLMC_FMAX
/* max and min propagating NaN */
LLMC_FN float llmc_fmax(float a, float b) { return isnan(a) || isnan(b) ? a + b : a > b ? a : b; }
#endif

/* k176_add (add_ff8b175bba02): 19 IR nodes, one work item per row of the reduction's domain
 *   %150 = reshape %149 : f32[B, T, 65]   (examples/gpt_char.llm:30)
 *   %151 = rmax %150 axes=[2] nograd=1 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:25)
 *   %152 = expand %151 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %153 = sub %150, %152 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %154 = exp %153 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %155 = sum %154 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:26)
 *   %161 = symdim B*T : i32[]   ($SRC/stdlib/nn.llm:32)
 *   %162 = cast %161 : f32[]   ($SRC/stdlib/nn.llm:32)
 *   %163 = reshape %162 : f32[1, 1]   ($SRC/stdlib/nn.llm:32)
 *   %167 = const -1.0 : f32[1, 1]   ($SRC/stdlib/nn.llm:32)
 *   %168 = div %167, %163 : f32[1, 1]   ($SRC/stdlib/nn.llm:32)
 *   %169 = expand %168 : f32[B, T]   ($SRC/stdlib/nn.llm:32)
 *   %170 = put_add %169, %1 axis=2 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:32)
 *   %171 = neg %170 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:32)
 *   %172 = sum %171 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:26)
 *   %173 = div %172, %155 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:26)
 *   %174 = expand %173 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %175 = mul %174, %154 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %176 = add %175, %170 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 * arguments: x0 = %1; x1 = %149; y0 = %151; y1 = %155; y2 = %176; d_B = B; d_T = T
 */
__kernel void add_ff8b175bba02(__global const int *restrict x0, __global const float *restrict x1, __global float *restrict y0,
    __global float *restrict y1, __global float *restrict y2, int d_B, int d_T) {
  __local float red[64];
  __local float red_2[64];
  __local float red_3[64];
  const int lid = (int)get_local_id(0);
  const long rows = (long)d_B * d_T;
  const long groups = (long)d_B;
  for (long blk = (long)get_group_id(0); blk < rows; blk += groups) {
    const int o1 = (int)(blk % d_T);
    const int o0 = (int)(blk / d_T);
    float acc = -INFINITY;
    for (long e = (long)lid; e < 65L; e += 64L) {
      const int r0 = (int)e;
      const long t0_q = ((long)o0 * (long)d_T + (long)o1) * 65L + (long)r0;
      const int t0_1 = (int)(t0_q % 65L);
      const long t0_0 = t0_q / 65L;
      const float v0 = x1[t0_0 * 65 + t0_1];
      if (!isnan(acc) && (isnan(v0) || v0 > acc)) {
        acc = v0;
      }
    }
    red[lid] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 32) {
      red[lid] = llmc_fmax(red[lid], red[lid + 32]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 16) {
      red[lid] = llmc_fmax(red[lid], red[lid + 16]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 8) {
      red[lid] = llmc_fmax(red[lid], red[lid + 8]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 4) {
      red[lid] = llmc_fmax(red[lid], red[lid + 4]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 2) {
      red[lid] = llmc_fmax(red[lid], red[lid + 2]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 1) {
      red[lid] = llmc_fmax(red[lid], red[lid + 1]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r1 = red[0];
    float acc_2 = 0.0f;
    for (long e_2 = (long)lid; e_2 < 65L; e_2 += 64L) {
      const int r0_2 = (int)e_2;
      const long t1_q = ((long)o0 * (long)d_T + (long)o1) * 65L + (long)r0_2;
      const int t1_1 = (int)(t1_q % 65L);
      const long t1_0 = t1_q / 65L;
      const float v0_2 = x1[t1_0 * 65 + t1_1];
      const float v1 = exp(v0_2 - r1);
      acc_2 += v1;
    }
    red_2[lid] = acc_2;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 32) {
      red_2[lid] = red_2[lid] + red_2[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 16) {
      red_2[lid] = red_2[lid] + red_2[lid + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 8) {
      red_2[lid] = red_2[lid] + red_2[lid + 8];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 4) {
      red_2[lid] = red_2[lid] + red_2[lid + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 2) {
      red_2[lid] = red_2[lid] + red_2[lid + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 1) {
      red_2[lid] = red_2[lid] + red_2[lid + 1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r2 = red_2[0];
    float acc_3 = 0.0f;
    for (long e_3 = (long)lid; e_3 < 65L; e_3 += 64L) {
      const int r0_3 = (int)e_3;
      float v = 0.0f;
      if (x0[(long)o0 * d_T + o1] == r0_3) {
        v += -1.0f / (float)(int)((long)d_B * d_T);
      }
      acc_3 += -v;
    }
    red_3[lid] = acc_3;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 32) {
      red_3[lid] = red_3[lid] + red_3[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 16) {
      red_3[lid] = red_3[lid] + red_3[lid + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 8) {
      red_3[lid] = red_3[lid] + red_3[lid + 8];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 4) {
      red_3[lid] = red_3[lid] + red_3[lid + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 2) {
      red_3[lid] = red_3[lid] + red_3[lid + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 1) {
      red_3[lid] = red_3[lid] + red_3[lid + 1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r3 = red_3[0];
    const float r4 = r3 / r2;
    if (lid == 0) {
      y0[blk] = r1;
      y1[blk] = r2;
    }
    for (long e_4 = (long)lid; e_4 < 65L; e_4 += 64L) {
      const int a0 = (int)e_4;
      const long at = ((long)o0 * d_T + o1) * 65 + a0;
      const long t2_q = ((long)o0 * (long)d_T + (long)o1) * 65L + (long)a0;
      const int t2_1 = (int)(t2_q % 65L);
      const long t2_0 = t2_q / 65L;
      const float v0_3 = x1[t2_0 * 65 + t2_1];
      const float v1_2 = exp(v0_3 - r1);
      float v_2 = 0.0f;
      if (x0[(long)o0 * d_T + o1] == a0) {
        v_2 += -1.0f / (float)(int)((long)d_B * d_T);
      }
      y2[at] = r4 * v1_2 + v_2;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
