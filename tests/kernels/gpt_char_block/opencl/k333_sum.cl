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

/* k333_sum: 50 IR nodes, one work item per row of the reduction's domain
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
 * arguments: x0 = %0; x2 = %2; x4 = %4; x9 = %9; x16 = %16; x84 = %84; x86 = %86; x91 = %91; x96 = %96; x138 = %138; x178 = %178; x209 = %209; x241 = %241; x271 = %271; x284 = %284; x296 = %296; x298 = %298; x327 = %327; y183 = %183; y187 = %187; y210 = %210; y245 = %245; y249 = %249; y272 = %272; y302 = %302; y312 = %312; y321 = %321; y329 = %329; y333 = %333; d_B = B; d_T = T
 */
__kernel void k333_sum(__global const int *restrict x0, __global const float *restrict x2,
    __global const float *restrict x4, __global const float *restrict x9,
    __global const float *restrict x16, __global const float *restrict x84,
    __global const float *restrict x86, __global const float *restrict x91,
    __global const float *restrict x96, __global const float *restrict x138,
    __global const float *restrict x178, __global const float *restrict x209,
    __global const float *restrict x241, __global const float *restrict x271,
    __global const float *restrict x284, __global const float *restrict x296,
    __global const float *restrict x298, __global const float *restrict x327,
    __global float *restrict y183, __global float *restrict y187, __global float *restrict y210,
    __global float *restrict y245, __global float *restrict y249, __global float *restrict y272,
    __global float *restrict y302, __global float *restrict y312, __global float *restrict y321,
    __global float *restrict y329, __global float *restrict y333, int d_B, int d_T) {
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
      const int r1 = (int)(e % d_T);
      const int r0 = (int)(e / d_T);
      const float v179 = x178[((long)r0 * d_T + r1) * 128 + o2];
      acc += v179;
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
    const float r183 = red[lc];
    float acc_2 = 0.0f;
    for (long e_2 = (long)ls; e_2 < len; e_2 += 8L) {
      const int r1_2 = (int)(e_2 % d_T);
      const int r0_2 = (int)(e_2 / d_T);
      const float v179_2 = x178[((long)r0_2 * d_T + r1_2) * 128 + o2];
      acc_2 += v179_2 * x138[((long)r0_2 * d_T + r1_2) * 128 + o2];
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
    const float r187 = red_2[lc];
    float acc_3 = 0.0f;
    for (long e_3 = (long)ls; e_3 < len; e_3 += 8L) {
      const int r1_3 = (int)(e_3 % d_T);
      const int r0_3 = (int)(e_3 / d_T);
      acc_3 += x209[((long)r0_3 * d_T + r1_3) * 128 + o2];
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
    const float r210 = red_3[lc];
    float acc_4 = 0.0f;
    for (long e_4 = (long)ls; e_4 < len; e_4 += 8L) {
      const int r1_4 = (int)(e_4 % d_T);
      const int r0_4 = (int)(e_4 / d_T);
      const float v242 = x241[((long)r0_4 * d_T + r1_4) * 128 + o2];
      acc_4 += v242;
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
    const float r245 = red_4[lc];
    float acc_5 = 0.0f;
    for (long e_5 = (long)ls; e_5 < len; e_5 += 8L) {
      const int r1_5 = (int)(e_5 % d_T);
      const int r0_5 = (int)(e_5 / d_T);
      const float v242_2 = x241[((long)r0_5 * d_T + r1_5) * 128 + o2];
      const int row_2 = x0[(long)r0_5 * d_T + r1_5];
      float v = 0.0f;
      if (row_2 >= 0 && row_2 < 65) {
        v = x2[(long)row_2 * 128 + o2];
      }
      const long t19_q = (long)r1_5 * 128 + o2;
      const int t19_1 = (int)(t19_q % 128);
      const int t19_0 = (int)(t19_q / 128);
      const float v8 = v + x4[(long)t19_0 * 128 + t19_1];
      acc_5 += v242_2 * ((v8 + (x84[((long)r0_5 * d_T + r1_5) * 128 + o2] + x86[(long)o2]) - x91[(long)r0_5 * d_T + r1_5] / 128.0f) * rsqrt(x96[(long)r0_5 * d_T + r1_5] / 128.0f + 1e-05f));
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
    const float r249 = red_5[lc];
    float acc_6 = 0.0f;
    for (long e_6 = (long)ls; e_6 < len; e_6 += 8L) {
      const int r1_6 = (int)(e_6 % d_T);
      const int r0_6 = (int)(e_6 / d_T);
      acc_6 += x271[((long)r0_6 * d_T + r1_6) * 128 + o2];
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
    const float r272 = red_6[lc];
    float acc_7 = 0.0f;
    for (long e_7 = (long)ls; e_7 < len; e_7 += 8L) {
      const int r1_7 = (int)(e_7 % d_T);
      const int r0_7 = (int)(e_7 / d_T);
      const long t30_q = ((long)r0_7 * d_T + r1_7) * 128 + o2;
      const int t30_3 = (int)(t30_q % 32);
      const long t30_q_2 = t30_q / 32;
      const int t30_2 = (int)(t30_q_2 % 4);
      const long t30_q_3 = t30_q_2 / 4;
      const int t30_1 = (int)(t30_q_3 % d_T);
      const int t30_0 = (int)(t30_q_3 / d_T);
      acc_7 += x284[(((long)t30_0 * 4 + t30_2) * d_T + t30_1) * 32 + t30_3];
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
    const float r302 = red_7[lc];
    float acc_8 = 0.0f;
    for (long e_8 = (long)ls; e_8 < len; e_8 += 8L) {
      const int r1_8 = (int)(e_8 % d_T);
      const int r0_8 = (int)(e_8 / d_T);
      acc_8 += x298[((long)r0_8 * 128 + o2) * d_T + r1_8];
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
    const float r312 = red_8[lc];
    float acc_9 = 0.0f;
    for (long e_9 = (long)ls; e_9 < len; e_9 += 8L) {
      const int r1_9 = (int)(e_9 % d_T);
      const int r0_9 = (int)(e_9 / d_T);
      const long t38_q = ((long)r0_9 * d_T + r1_9) * 128 + o2;
      const int t38_3 = (int)(t38_q % 32);
      const long t38_q_2 = t38_q / 32;
      const int t38_2 = (int)(t38_q_2 % 4);
      const long t38_q_3 = t38_q_2 / 4;
      const int t38_1 = (int)(t38_q_3 % d_T);
      const int t38_0 = (int)(t38_q_3 / d_T);
      acc_9 += x296[(((long)t38_0 * 4 + t38_2) * d_T + t38_1) * 32 + t38_3];
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
    const float r321 = red_9[lc];
    float acc_10 = 0.0f;
    for (long e_10 = (long)ls; e_10 < len; e_10 += 8L) {
      const int r1_10 = (int)(e_10 % d_T);
      const int r0_10 = (int)(e_10 / d_T);
      acc_10 += x327[((long)r0_10 * d_T + r1_10) * 128 + o2];
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
    const float r329 = red_10[lc];
    float acc_11 = 0.0f;
    for (long e_11 = (long)ls; e_11 < len; e_11 += 8L) {
      const int r1_11 = (int)(e_11 % d_T);
      const int r0_11 = (int)(e_11 / d_T);
      const int row_3 = x0[(long)r0_11 * d_T + r1_11];
      float v_2 = 0.0f;
      if (row_3 >= 0 && row_3 < 65) {
        v_2 = x2[(long)row_3 * 128 + o2];
      }
      const long t47_q = (long)r1_11 * 128 + o2;
      const int t47_1 = (int)(t47_q % 128);
      const int t47_0 = (int)(t47_q / 128);
      const float v8_2 = v_2 + x4[(long)t47_0 * 128 + t47_1];
      acc_11 += x327[((long)r0_11 * d_T + r1_11) * 128 + o2] * ((v8_2 - x9[(long)r0_11 * d_T + r1_11] / 128.0f) * rsqrt(x16[(long)r0_11 * d_T + r1_11] / 128.0f + 1e-05f));
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
    const float r333 = red_11[lc];
    if (ok) {
      if (ls == 0) {
        y183[i_2] = r183;
        y187[i_2] = r187;
        y210[i_2] = r210;
        y245[i_2] = r245;
        y249[i_2] = r249;
        y272[i_2] = r272;
        y302[i_2] = r302;
        y312[i_2] = r312;
        y321[i_2] = r321;
        y329[i_2] = r329;
        y333[i_2] = r333;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
