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

/* k333_sum (sum_d29843fa9fa1): 50 IR nodes, one work item per row of the reduction's domain
 *   %3 = gather %2, %0 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %5 = slice %4 start=[0, 0] step=[1, 1] : f32[T, 128]   (examples/gpt_char.llm:28)
 *   %6 = reshape %5 : f32[1, T, 128]   (examples/gpt_char.llm:28)
 *   %7 = expand %6 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %8 = add %3, %7 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %10 = const 128.0 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %11 = div %9, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %12 = expand %11 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %13 = sub %8, %12 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %17 = div %16, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %18 = const 1.0000000000000001e-05 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %19 = add %17, %18 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %20 = rsqrt %19 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %21 = expand %20 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %22 = mul %13, %21 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %85 = reshape %84 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %87 = reshape %86 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %88 = expand %87 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %89 = add %85, %88 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %90 = add %8, %89 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:169)
 *   %92 = div %91, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %93 = expand %92 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %94 = sub %90, %93 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %97 = div %96, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %98 = add %97, %18 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %99 = rsqrt %98 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %100 = expand %99 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %101 = mul %94, %100 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %179 = reshape %178 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 *   %183 = sum %179 axes=[0, 1] : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %186 = mul %179, %138 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 *   %187 = sum %186 axes=[0, 1] : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %210 = sum %209 axes=[0, 1] : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %242 = reshape %241 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %245 = sum %242 axes=[0, 1] : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %248 = mul %242, %101 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %249 = sum %248 axes=[0, 1] : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %272 = sum %271 axes=[0, 1] : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %299 = permute %284 perm=[0, 2, 1, 3] : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:151)
 *   %300 = permute %296 perm=[0, 2, 1, 3] : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:149)
 *   %301 = reshape %299 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:137)
 *   %302 = sum %301 axes=[0, 1] : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %310 = reshape %298 : f32[B, 128, T]   ($SRC/stdlib/nn.llm:136)
 *   %311 = permute %310 perm=[0, 2, 1] : f32[B, T, 128]   ($SRC/stdlib/nn.llm:136)
 *   %312 = sum %311 axes=[0, 1] : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %320 = reshape %300 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:135)
 *   %321 = sum %320 axes=[0, 1] : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %329 = sum %327 axes=[0, 1] : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %332 = mul %327, %22 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %333 = sum %332 axes=[0, 1] : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 * arguments: x0 = %0; x1 = %2; x2 = %4; x3 = %9; x4 = %16; x5 = %84; x6 = %86; x7 = %91; x8 = %96; x9 = %138; x10 = %178; x11 = %209; x12 = %241; x13 = %271; x14 = %284; x15 = %296; x16 = %298; x17 = %327; y0 = %183; y1 = %187; y2 = %210; y3 = %245; y4 = %249; y5 = %272; y6 = %302; y7 = %312; y8 = %321; y9 = %329; y10 = %333; d_B = B; d_T = T
 */
__kernel void sum_d29843fa9fa1(__global const int *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3,
    __global const float *restrict x4, __global const float *restrict x5,
    __global const float *restrict x6, __global const float *restrict x7,
    __global const float *restrict x8, __global const float *restrict x9,
    __global const float *restrict x10, __global const float *restrict x11,
    __global const float *restrict x12, __global const float *restrict x13,
    __global const float *restrict x14, __global const float *restrict x15,
    __global const float *restrict x16, __global const float *restrict x17,
    __global float *restrict y0, __global float *restrict y1, __global float *restrict y2,
    __global float *restrict y3, __global float *restrict y4, __global float *restrict y5,
    __global float *restrict y6, __global float *restrict y7, __global float *restrict y8,
    __global float *restrict y9, __global float *restrict y10, int d_B, int d_T) {
  __local float red[256];
  __local float red_2[256];
  __local float red_3[256];
  __local float red_4[256];
  __local float red_5[256];
  __local float red_6[256];
  __local float red_7[256];
  __local float red_8[256];
  __local float red_9[256];
  __local float red_10[256];
  __local float red_11[256];
  const int lid = (int)get_local_id(0);
  const int lc = lid % 32;
  const int ls = lid / 32;
  const long len = (long)d_B * d_T;
  for (long blk = (long)get_group_id(0); blk < 4L; blk += 4L) {
    const long row = blk * 32L + (long)lc;
    const int ok = row < 128L;
    const long i_2 = ok ? row : 127L;
    const int o2 = (int)i_2;
    float acc = 0.0f;
    for (long e = (long)ls; e < len; e += 8L) {
      const int r0 = (int)(e % d_T);
      const int r1 = (int)(e / d_T);
      const long t0_q = ((long)r1 * (long)d_T + (long)r0) * 128L + (long)o2;
      const int t0_1 = (int)(t0_q % 128L);
      const long t0_0 = t0_q / 128L;
      const float v0 = x10[t0_0 * 128 + t0_1];
      acc += v0;
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
    float acc_2 = 0.0f;
    for (long e_2 = (long)ls; e_2 < len; e_2 += 8L) {
      const int r0_2 = (int)(e_2 % d_T);
      const int r1_2 = (int)(e_2 / d_T);
      const long t1_q = ((long)r1_2 * (long)d_T + (long)r0_2) * 128L + (long)o2;
      const int t1_1 = (int)(t1_q % 128L);
      const long t1_0 = t1_q / 128L;
      const float v0_2 = x10[t1_0 * 128 + t1_1];
      acc_2 += v0_2 * x9[((long)r1_2 * d_T + r0_2) * 128 + o2];
    }
    red_2[lid] = acc_2;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_2[lid] = red_2[lid] + red_2[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_2[lid] = red_2[lid] + red_2[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_2[lid] = red_2[lid] + red_2[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r3 = red_2[lc];
    float acc_3 = 0.0f;
    for (long e_3 = (long)ls; e_3 < len; e_3 += 8L) {
      const int r0_3 = (int)(e_3 % d_T);
      const int r1_3 = (int)(e_3 / d_T);
      acc_3 += x11[((long)r1_3 * d_T + r0_3) * 128 + o2];
    }
    red_3[lid] = acc_3;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_3[lid] = red_3[lid] + red_3[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_3[lid] = red_3[lid] + red_3[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_3[lid] = red_3[lid] + red_3[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r4 = red_3[lc];
    float acc_4 = 0.0f;
    for (long e_4 = (long)ls; e_4 < len; e_4 += 8L) {
      const int r0_4 = (int)(e_4 % d_T);
      const int r1_4 = (int)(e_4 / d_T);
      const long t2_q = ((long)r1_4 * (long)d_T + (long)r0_4) * 128L + (long)o2;
      const int t2_1 = (int)(t2_q % 128L);
      const long t2_0 = t2_q / 128L;
      const float v1 = x12[t2_0 * 128 + t2_1];
      acc_4 += v1;
    }
    red_4[lid] = acc_4;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_4[lid] = red_4[lid] + red_4[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_4[lid] = red_4[lid] + red_4[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_4[lid] = red_4[lid] + red_4[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r5 = red_4[lc];
    float acc_5 = 0.0f;
    for (long e_5 = (long)ls; e_5 < len; e_5 += 8L) {
      const int r0_5 = (int)(e_5 % d_T);
      const int r1_5 = (int)(e_5 / d_T);
      const long t3_q = ((long)r1_5 * (long)d_T + (long)r0_5) * 128L + (long)o2;
      const int t3_1 = (int)(t3_q % 128L);
      const long t3_0 = t3_q / 128L;
      const float v1_2 = x12[t3_0 * 128 + t3_1];
      const int row_2 = x0[(long)r1_5 * d_T + r0_5];
      float v = 0.0f;
      if (row_2 >= 0 && row_2 < 65) {
        v = x1[(long)row_2 * 128 + o2];
      }
      const long t4_q = (long)r0_5 * 128L + (long)o2;
      const int t4_1 = (int)(t4_q % 128L);
      const int t4_0 = (int)(t4_q / 128L);
      const float v2 = v + x2[(long)t4_0 * 128 + t4_1];
      const long t5_q = ((long)r1_5 * (long)d_T + (long)r0_5) * 128L + (long)o2;
      const int t5_1 = (int)(t5_q % 128L);
      const long t5_0 = t5_q / 128L;
      acc_5 += v1_2 * ((v2 + (x5[t5_0 * 128 + t5_1] + x6[(long)o2]) - x7[(long)r1_5 * d_T + r0_5] / 128.0f) * rsqrt(x8[(long)r1_5 * d_T + r0_5] / 128.0f + 1e-05f));
    }
    red_5[lid] = acc_5;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_5[lid] = red_5[lid] + red_5[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_5[lid] = red_5[lid] + red_5[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_5[lid] = red_5[lid] + red_5[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r6 = red_5[lc];
    float acc_6 = 0.0f;
    for (long e_6 = (long)ls; e_6 < len; e_6 += 8L) {
      const int r0_6 = (int)(e_6 % d_T);
      const int r1_6 = (int)(e_6 / d_T);
      acc_6 += x13[((long)r1_6 * d_T + r0_6) * 128 + o2];
    }
    red_6[lid] = acc_6;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_6[lid] = red_6[lid] + red_6[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_6[lid] = red_6[lid] + red_6[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_6[lid] = red_6[lid] + red_6[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r7 = red_6[lc];
    float acc_7 = 0.0f;
    for (long e_7 = (long)ls; e_7 < len; e_7 += 8L) {
      const int r0_7 = (int)(e_7 % d_T);
      const int r1_7 = (int)(e_7 / d_T);
      const int t6_3 = o2 % 32;
      const int t6_2 = o2 / 32;
      acc_7 += x14[(((long)r1_7 * 4 + t6_2) * d_T + r0_7) * 32 + t6_3];
    }
    red_7[lid] = acc_7;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_7[lid] = red_7[lid] + red_7[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_7[lid] = red_7[lid] + red_7[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_7[lid] = red_7[lid] + red_7[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r8 = red_7[lc];
    float acc_8 = 0.0f;
    for (long e_8 = (long)ls; e_8 < len; e_8 += 8L) {
      const int r0_8 = (int)(e_8 % d_T);
      const int r1_8 = (int)(e_8 / d_T);
      const int t7_2 = o2 % 32;
      const int t7_1 = o2 / 32;
      acc_8 += x16[(((long)r1_8 * 4 + t7_1) * 32 + t7_2) * d_T + r0_8];
    }
    red_8[lid] = acc_8;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_8[lid] = red_8[lid] + red_8[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_8[lid] = red_8[lid] + red_8[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_8[lid] = red_8[lid] + red_8[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r9 = red_8[lc];
    float acc_9 = 0.0f;
    for (long e_9 = (long)ls; e_9 < len; e_9 += 8L) {
      const int r0_9 = (int)(e_9 % d_T);
      const int r1_9 = (int)(e_9 / d_T);
      const int t8_3 = o2 % 32;
      const int t8_2 = o2 / 32;
      acc_9 += x15[(((long)r1_9 * 4 + t8_2) * d_T + r0_9) * 32 + t8_3];
    }
    red_9[lid] = acc_9;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_9[lid] = red_9[lid] + red_9[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_9[lid] = red_9[lid] + red_9[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_9[lid] = red_9[lid] + red_9[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r10 = red_9[lc];
    float acc_10 = 0.0f;
    for (long e_10 = (long)ls; e_10 < len; e_10 += 8L) {
      const int r0_10 = (int)(e_10 % d_T);
      const int r1_10 = (int)(e_10 / d_T);
      acc_10 += x17[((long)r1_10 * d_T + r0_10) * 128 + o2];
    }
    red_10[lid] = acc_10;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_10[lid] = red_10[lid] + red_10[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_10[lid] = red_10[lid] + red_10[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_10[lid] = red_10[lid] + red_10[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r11 = red_10[lc];
    float acc_11 = 0.0f;
    for (long e_11 = (long)ls; e_11 < len; e_11 += 8L) {
      const int r0_11 = (int)(e_11 % d_T);
      const int r1_11 = (int)(e_11 / d_T);
      const int row_3 = x0[(long)r1_11 * d_T + r0_11];
      float v_2 = 0.0f;
      if (row_3 >= 0 && row_3 < 65) {
        v_2 = x1[(long)row_3 * 128 + o2];
      }
      const long t9_q = (long)r0_11 * 128L + (long)o2;
      const int t9_1 = (int)(t9_q % 128L);
      const int t9_0 = (int)(t9_q / 128L);
      const float v2_2 = v_2 + x2[(long)t9_0 * 128 + t9_1];
      acc_11 += x17[((long)r1_11 * d_T + r0_11) * 128 + o2] * ((v2_2 - x3[(long)r1_11 * d_T + r0_11] / 128.0f) * rsqrt(x4[(long)r1_11 * d_T + r0_11] / 128.0f + 1e-05f));
    }
    red_11[lid] = acc_11;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_11[lid] = red_11[lid] + red_11[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_11[lid] = red_11[lid] + red_11[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_11[lid] = red_11[lid] + red_11[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r12 = red_11[lc];
    if (ok) {
      if (ls == 0) {
        y0[i_2] = r2;
        y1[i_2] = r3;
        y2[i_2] = r4;
        y3[i_2] = r5;
        y4[i_2] = r6;
        y5[i_2] = r7;
        y6[i_2] = r8;
        y7[i_2] = r9;
        y8[i_2] = r10;
        y9[i_2] = r11;
        y10[i_2] = r12;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
