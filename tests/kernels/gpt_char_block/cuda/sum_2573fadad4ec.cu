#ifndef LLMC_PRELUDE
#define LLMC_PRELUDE
typedef unsigned long long llmc_u64;
typedef unsigned int llmc_u32;
typedef unsigned short llmc_u16;
#define LLMC_FN static __device__ __forceinline__
#define LLMC_U64(c) c##ULL
#define LLMC_AS_FLOAT(u) __uint_as_float(u)
#define LLMC_AS_UINT(f) __float_as_uint(f)
#endif

/* k333_sum (sum_2573fadad4ec): 50 IR nodes, one work item per row of the reduction's domain
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
extern "C" __global__ void sum_2573fadad4ec(const int *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, const float *__restrict__ x4, const float *__restrict__ x5,
    const float *__restrict__ x6, const float *__restrict__ x7, const float *__restrict__ x8,
    const float *__restrict__ x9, const float *__restrict__ x10, const float *__restrict__ x11,
    const float *__restrict__ x12, const float *__restrict__ x13, const float *__restrict__ x14,
    const float *__restrict__ x15, const float *__restrict__ x16, const float *__restrict__ x17,
    float *__restrict__ y0, float *__restrict__ y1, float *__restrict__ y2, float *__restrict__ y3,
    float *__restrict__ y4, float *__restrict__ y5, float *__restrict__ y6, float *__restrict__ y7,
    float *__restrict__ y8, float *__restrict__ y9, float *__restrict__ y10, int d_B, int d_T) {
  __shared__ float red[256];
  __shared__ float red_2[256];
  __shared__ float red_3[256];
  __shared__ float red_4[256];
  __shared__ float red_5[256];
  __shared__ float red_6[256];
  __shared__ float red_7[256];
  __shared__ float red_8[256];
  __shared__ float red_9[256];
  __shared__ float red_10[256];
  __shared__ float red_11[256];
  const int lid = (int)threadIdx.x;
  const int lc = lid % 32;
  const int ls = lid / 32;
  const long long len = (long long)d_B * d_T;
  for (long long blk = (long long)blockIdx.x; blk < 4LL; blk += 4LL) {
    const long long row = blk * 32LL + (long long)lc;
    const int ok = row < 128LL;
    const long long i_2 = ok ? row : 127LL;
    const int o2 = (int)i_2;
    float acc = 0.0f;
    for (long long e = (long long)ls; e < len; e += 8LL) {
      const int r0 = (int)(e % d_T);
      const int r1 = (int)(e / d_T);
      const long long t0_q = ((long long)r1 * (long long)d_T + (long long)r0) * 128LL + (long long)o2;
      const int t0_1 = (int)(t0_q % 128LL);
      const long long t0_0 = t0_q / 128LL;
      const float v0 = x10[t0_0 * 128 + t0_1];
      acc += v0;
    }
    red[lid] = acc;
    __syncthreads();
    if (ls < 4) {
      red[lid] = red[lid] + red[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red[lid] = red[lid] + red[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red[lid] = red[lid] + red[lid + 32];
    }
    __syncthreads();
    const float r2 = red[lc];
    float acc_2 = 0.0f;
    for (long long e_2 = (long long)ls; e_2 < len; e_2 += 8LL) {
      const int r0_2 = (int)(e_2 % d_T);
      const int r1_2 = (int)(e_2 / d_T);
      const long long t1_q = ((long long)r1_2 * (long long)d_T + (long long)r0_2) * 128LL + (long long)o2;
      const int t1_1 = (int)(t1_q % 128LL);
      const long long t1_0 = t1_q / 128LL;
      const float v0_2 = x10[t1_0 * 128 + t1_1];
      acc_2 += v0_2 * x9[((long long)r1_2 * d_T + r0_2) * 128 + o2];
    }
    red_2[lid] = acc_2;
    __syncthreads();
    if (ls < 4) {
      red_2[lid] = red_2[lid] + red_2[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_2[lid] = red_2[lid] + red_2[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_2[lid] = red_2[lid] + red_2[lid + 32];
    }
    __syncthreads();
    const float r3 = red_2[lc];
    float acc_3 = 0.0f;
    for (long long e_3 = (long long)ls; e_3 < len; e_3 += 8LL) {
      const int r0_3 = (int)(e_3 % d_T);
      const int r1_3 = (int)(e_3 / d_T);
      acc_3 += x11[((long long)r1_3 * d_T + r0_3) * 128 + o2];
    }
    red_3[lid] = acc_3;
    __syncthreads();
    if (ls < 4) {
      red_3[lid] = red_3[lid] + red_3[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_3[lid] = red_3[lid] + red_3[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_3[lid] = red_3[lid] + red_3[lid + 32];
    }
    __syncthreads();
    const float r4 = red_3[lc];
    float acc_4 = 0.0f;
    for (long long e_4 = (long long)ls; e_4 < len; e_4 += 8LL) {
      const int r0_4 = (int)(e_4 % d_T);
      const int r1_4 = (int)(e_4 / d_T);
      const long long t2_q = ((long long)r1_4 * (long long)d_T + (long long)r0_4) * 128LL + (long long)o2;
      const int t2_1 = (int)(t2_q % 128LL);
      const long long t2_0 = t2_q / 128LL;
      const float v1 = x12[t2_0 * 128 + t2_1];
      acc_4 += v1;
    }
    red_4[lid] = acc_4;
    __syncthreads();
    if (ls < 4) {
      red_4[lid] = red_4[lid] + red_4[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_4[lid] = red_4[lid] + red_4[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_4[lid] = red_4[lid] + red_4[lid + 32];
    }
    __syncthreads();
    const float r5 = red_4[lc];
    float acc_5 = 0.0f;
    for (long long e_5 = (long long)ls; e_5 < len; e_5 += 8LL) {
      const int r0_5 = (int)(e_5 % d_T);
      const int r1_5 = (int)(e_5 / d_T);
      const long long t3_q = ((long long)r1_5 * (long long)d_T + (long long)r0_5) * 128LL + (long long)o2;
      const int t3_1 = (int)(t3_q % 128LL);
      const long long t3_0 = t3_q / 128LL;
      const float v1_2 = x12[t3_0 * 128 + t3_1];
      const int row_2 = x0[(long long)r1_5 * d_T + r0_5];
      float v = 0.0f;
      if (row_2 >= 0 && row_2 < 65) {
        v = x1[(long long)row_2 * 128 + o2];
      }
      const long long t4_q = (long long)r0_5 * 128LL + (long long)o2;
      const int t4_1 = (int)(t4_q % 128LL);
      const int t4_0 = (int)(t4_q / 128LL);
      const float v2 = v + x2[(long long)t4_0 * 128 + t4_1];
      const long long t5_q = ((long long)r1_5 * (long long)d_T + (long long)r0_5) * 128LL + (long long)o2;
      const int t5_1 = (int)(t5_q % 128LL);
      const long long t5_0 = t5_q / 128LL;
      acc_5 += v1_2 * ((v2 + (x5[t5_0 * 128 + t5_1] + x6[(long long)o2]) - x7[(long long)r1_5 * d_T + r0_5] / 128.0f) * rsqrtf(x8[(long long)r1_5 * d_T + r0_5] / 128.0f + 1e-05f));
    }
    red_5[lid] = acc_5;
    __syncthreads();
    if (ls < 4) {
      red_5[lid] = red_5[lid] + red_5[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_5[lid] = red_5[lid] + red_5[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_5[lid] = red_5[lid] + red_5[lid + 32];
    }
    __syncthreads();
    const float r6 = red_5[lc];
    float acc_6 = 0.0f;
    for (long long e_6 = (long long)ls; e_6 < len; e_6 += 8LL) {
      const int r0_6 = (int)(e_6 % d_T);
      const int r1_6 = (int)(e_6 / d_T);
      acc_6 += x13[((long long)r1_6 * d_T + r0_6) * 128 + o2];
    }
    red_6[lid] = acc_6;
    __syncthreads();
    if (ls < 4) {
      red_6[lid] = red_6[lid] + red_6[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_6[lid] = red_6[lid] + red_6[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_6[lid] = red_6[lid] + red_6[lid + 32];
    }
    __syncthreads();
    const float r7 = red_6[lc];
    float acc_7 = 0.0f;
    for (long long e_7 = (long long)ls; e_7 < len; e_7 += 8LL) {
      const int r0_7 = (int)(e_7 % d_T);
      const int r1_7 = (int)(e_7 / d_T);
      const int t6_3 = o2 % 32;
      const int t6_2 = o2 / 32;
      acc_7 += x14[(((long long)r1_7 * 4 + t6_2) * d_T + r0_7) * 32 + t6_3];
    }
    red_7[lid] = acc_7;
    __syncthreads();
    if (ls < 4) {
      red_7[lid] = red_7[lid] + red_7[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_7[lid] = red_7[lid] + red_7[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_7[lid] = red_7[lid] + red_7[lid + 32];
    }
    __syncthreads();
    const float r8 = red_7[lc];
    float acc_8 = 0.0f;
    for (long long e_8 = (long long)ls; e_8 < len; e_8 += 8LL) {
      const int r0_8 = (int)(e_8 % d_T);
      const int r1_8 = (int)(e_8 / d_T);
      const int t7_2 = o2 % 32;
      const int t7_1 = o2 / 32;
      acc_8 += x16[(((long long)r1_8 * 4 + t7_1) * 32 + t7_2) * d_T + r0_8];
    }
    red_8[lid] = acc_8;
    __syncthreads();
    if (ls < 4) {
      red_8[lid] = red_8[lid] + red_8[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_8[lid] = red_8[lid] + red_8[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_8[lid] = red_8[lid] + red_8[lid + 32];
    }
    __syncthreads();
    const float r9 = red_8[lc];
    float acc_9 = 0.0f;
    for (long long e_9 = (long long)ls; e_9 < len; e_9 += 8LL) {
      const int r0_9 = (int)(e_9 % d_T);
      const int r1_9 = (int)(e_9 / d_T);
      const int t8_3 = o2 % 32;
      const int t8_2 = o2 / 32;
      acc_9 += x15[(((long long)r1_9 * 4 + t8_2) * d_T + r0_9) * 32 + t8_3];
    }
    red_9[lid] = acc_9;
    __syncthreads();
    if (ls < 4) {
      red_9[lid] = red_9[lid] + red_9[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_9[lid] = red_9[lid] + red_9[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_9[lid] = red_9[lid] + red_9[lid + 32];
    }
    __syncthreads();
    const float r10 = red_9[lc];
    float acc_10 = 0.0f;
    for (long long e_10 = (long long)ls; e_10 < len; e_10 += 8LL) {
      const int r0_10 = (int)(e_10 % d_T);
      const int r1_10 = (int)(e_10 / d_T);
      acc_10 += x17[((long long)r1_10 * d_T + r0_10) * 128 + o2];
    }
    red_10[lid] = acc_10;
    __syncthreads();
    if (ls < 4) {
      red_10[lid] = red_10[lid] + red_10[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_10[lid] = red_10[lid] + red_10[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_10[lid] = red_10[lid] + red_10[lid + 32];
    }
    __syncthreads();
    const float r11 = red_10[lc];
    float acc_11 = 0.0f;
    for (long long e_11 = (long long)ls; e_11 < len; e_11 += 8LL) {
      const int r0_11 = (int)(e_11 % d_T);
      const int r1_11 = (int)(e_11 / d_T);
      const int row_3 = x0[(long long)r1_11 * d_T + r0_11];
      float v_2 = 0.0f;
      if (row_3 >= 0 && row_3 < 65) {
        v_2 = x1[(long long)row_3 * 128 + o2];
      }
      const long long t9_q = (long long)r0_11 * 128LL + (long long)o2;
      const int t9_1 = (int)(t9_q % 128LL);
      const int t9_0 = (int)(t9_q / 128LL);
      const float v2_2 = v_2 + x2[(long long)t9_0 * 128 + t9_1];
      acc_11 += x17[((long long)r1_11 * d_T + r0_11) * 128 + o2] * ((v2_2 - x3[(long long)r1_11 * d_T + r0_11] / 128.0f) * rsqrtf(x4[(long long)r1_11 * d_T + r0_11] / 128.0f + 1e-05f));
    }
    red_11[lid] = acc_11;
    __syncthreads();
    if (ls < 4) {
      red_11[lid] = red_11[lid] + red_11[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_11[lid] = red_11[lid] + red_11[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_11[lid] = red_11[lid] + red_11[lid + 32];
    }
    __syncthreads();
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
    __syncthreads();
  }
}
