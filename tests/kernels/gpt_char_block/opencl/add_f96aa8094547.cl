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

/* k209_add (add_f96aa8094547): 32 IR nodes, one work item per row of the reduction's domain
 *   %10 = const 128.0 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %14 = const 2.0 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %18 = const 1.0000000000000001e-05 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %134 = div %133, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %135 = add %134, %18 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %136 = rsqrt %135 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %137 = expand %136 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %140 = reshape %139 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %141 = expand %140 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %179 = reshape %178 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 *   %185 = mul %179, %141 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 *   %189 = mul %185, %137 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 *   %190 = mul %185, %131 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 *   %191 = sum %190 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %192 = mul %136, %136 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %193 = mul %136, %192 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %194 = const -0.5 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %195 = mul %194, %193 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %196 = mul %191, %195 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %197 = neg %189 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 *   %198 = sum %197 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %199 = div %196, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %200 = expand %199 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %201 = mul %14, %131 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %202 = mul %200, %201 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %203 = add %189, %202 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 *   %204 = neg %202 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %205 = sum %204 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %206 = add %198, %205 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %207 = div %206, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %208 = expand %207 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:85)
 *   %209 = add %203, %208 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 * arguments: x0 = %131; x1 = %133; x2 = %139; x3 = %178; y0 = %209; d_B = B; d_T = T
 */
__kernel void add_f96aa8094547(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3, __global float *restrict y0,
    int d_B, int d_T) {
  __local float red[64];
  __local float red_2[64];
  __local float red_3[64];
  const int lid = (int)get_local_id(0);
  const long rows = (long)d_B * d_T;
  const long groups = (long)d_B;
  for (long blk = (long)get_group_id(0); blk < rows; blk += groups) {
    const int o1 = (int)(blk % d_T);
    const int o0 = (int)(blk / d_T);
    float acc = 0.0f;
    for (long e = (long)lid; e < 128L; e += 64L) {
      const int r0 = (int)e;
      const long t0_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)r0;
      const int t0_1 = (int)(t0_q % 128L);
      const long t0_0 = t0_q / 128L;
      const float v0 = x3[t0_0 * 128 + t0_1] * x2[(long)r0];
      acc += v0 * x0[((long)o0 * d_T + o1) * 128 + r0];
    }
    red[lid] = acc;
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
    const float r1 = red[0];
    const float v1 = rsqrt(x1[blk] / 128.0f + 1e-05f);
    const float r2 = r1 * (-0.5f * (v1 * (v1 * v1)));
    float acc_2 = 0.0f;
    for (long e_2 = (long)lid; e_2 < 128L; e_2 += 64L) {
      const int r0_2 = (int)e_2;
      const long t1_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)r0_2;
      const int t1_1 = (int)(t1_q % 128L);
      const long t1_0 = t1_q / 128L;
      const float v0_2 = x3[t1_0 * 128 + t1_1] * x2[(long)r0_2];
      const float v1_2 = rsqrt(x1[(long)o0 * d_T + o1] / 128.0f + 1e-05f);
      const float v2 = v0_2 * v1_2;
      acc_2 += -v2;
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
    const float r3 = red_2[0];
    const float r4 = r2 / 128.0f;
    float acc_3 = 0.0f;
    for (long e_3 = (long)lid; e_3 < 128L; e_3 += 64L) {
      const int r0_3 = (int)e_3;
      const float v3 = r4 * (2.0f * x0[((long)o0 * d_T + o1) * 128 + r0_3]);
      acc_3 += -v3;
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
    const float r5 = red_3[0];
    const float r6 = r3 + r5;
    const float r7 = r6 / 128.0f;
    for (long e_4 = (long)lid; e_4 < 128L; e_4 += 64L) {
      const int a0 = (int)e_4;
      const long at = ((long)o0 * d_T + o1) * 128 + a0;
      const long t2_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)a0;
      const int t2_1 = (int)(t2_q % 128L);
      const long t2_0 = t2_q / 128L;
      const float v0_3 = x3[t2_0 * 128 + t2_1] * x2[(long)a0];
      const float v1_3 = rsqrt(x1[(long)o0 * d_T + o1] / 128.0f + 1e-05f);
      const float v2_2 = v0_3 * v1_3;
      const float v3_2 = r4 * (2.0f * x0[((long)o0 * d_T + o1) * 128 + a0]);
      y0[at] = v2_2 + v3_2 + r7;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
