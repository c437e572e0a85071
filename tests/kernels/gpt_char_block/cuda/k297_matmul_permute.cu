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

/* k297_matmul_permute: 25 IR nodes, tiled: 64x64 outputs per work group of 256 work items
 *   %32 = reshape %30 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %33 = matmul %32, %31 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %34 = reshape %33 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %36 = reshape %35 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %37 = expand %36 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %38 = add %34, %37 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %39 = reshape %38 : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:135)
 *   %41 = matmul %32, %40 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %42 = reshape %41 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %44 = reshape %43 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %45 = expand %44 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %46 = add %42, %45 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %47 = reshape %46 : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:136)
 *   %49 = matmul %32, %48 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %50 = reshape %49 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %52 = reshape %51 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %53 = expand %52 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %54 = add %50, %53 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %55 = reshape %54 : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:137)
 *   %56 = permute %39 perm=[0, 2, 1, 3] : f32[B, 4, T, 32]   ($SRC/stdlib/nn.llm:149)
 *   %57 = permute %47 perm=[0, 2, 1, 3] : f32[B, 4, T, 32]   ($SRC/stdlib/nn.llm:150)
 *   %58 = permute %55 perm=[0, 2, 1, 3] : f32[B, 4, T, 32]   ($SRC/stdlib/nn.llm:151)
 *   %59 = permute %47 perm=[0, 2, 3, 1] : f32[B, 4, 32, T]   ($SRC/stdlib/nn.llm:152)
 *   %281 = permute %55 perm=[0, 2, 3, 1] : f32[B, 4, 32, T]   ($SRC/stdlib/nn.llm:151)
 *   %297 = permute %39 perm=[0, 2, 3, 1] : f32[B, 4, 32, T]   ($SRC/stdlib/nn.llm:149)
 * arguments: x30 = %30; x31 = %31; x35 = %35; x40 = %40; x43 = %43; x48 = %48; x51 = %51; y56 = %56; y57 = %57; y58 = %58; y59 = %59; y281 = %281; y297 = %297; d_B = B; d_T = T
 */
extern "C" __global__ void k297_matmul_permute(const float *__restrict__ x30, const float *__restrict__ x31, const float *__restrict__ x35,
    const float *__restrict__ x40, const float *__restrict__ x43, const float *__restrict__ x48,
    const float *__restrict__ x51, float *__restrict__ y56, float *__restrict__ y57,
    float *__restrict__ y58, float *__restrict__ y59, float *__restrict__ y281,
    float *__restrict__ y297, int d_B, int d_T) {
  __shared__ float As[1024];
  __shared__ float Bs[1024];
  const int lid = (int)threadIdx.x;
  const int tx = lid % 16;
  const int ty = lid / 16;
  const long long tiles = ((long long)d_B * d_T + 63) / 64 * 2LL;
  const long long tiles_2 = ((long long)d_B * d_T + 63) / 64 * 2LL;
  const long long tiles_3 = ((long long)d_B * d_T + 63) / 64 * 2LL;
  const long long tiles_4 = tiles + tiles_2 + tiles_3;
  const long long groups = (long long)d_B * 6;
  for (long long tile = (long long)blockIdx.x; tile < tiles_4; tile += groups) {
    /* sibling 0: %33 */
    if (tile < tiles) {
      const long long M = (long long)d_B * d_T;
      const long long tiles_m = (M + 63) / 64;
      const long long rest = tile % (tiles_m * 2LL);
      const long long m0 = rest / 2LL * 64;
      const long long n0 = rest % 2LL * 64;
      float acc00 = 0.0f;
      float acc01 = 0.0f;
      float acc02 = 0.0f;
      float acc03 = 0.0f;
      float acc10 = 0.0f;
      float acc11 = 0.0f;
      float acc12 = 0.0f;
      float acc13 = 0.0f;
      float acc20 = 0.0f;
      float acc21 = 0.0f;
      float acc22 = 0.0f;
      float acc23 = 0.0f;
      float acc30 = 0.0f;
      float acc31 = 0.0f;
      float acc32 = 0.0f;
      float acc33 = 0.0f;
      for (long long k0 = 0LL; k0 < 128LL; k0 += 16) {
        const int am = lid / 16;
        const int ak = lid % 16;
        const long long gm = m0 + am;
        const long long gk = k0 + ak;
        float va = 0.0f;
        if (gm < M && gk < 128LL) {
          const float v32 = x30[gm * 128 + gk];
          va = v32;
        }
        As[ak * 64 + am] = va;
        const int e = lid + 256;
        const int am_2 = e / 16;
        const int ak_2 = e % 16;
        const long long gm_2 = m0 + am_2;
        const long long gk_2 = k0 + ak_2;
        float va_2 = 0.0f;
        if (gm_2 < M && gk_2 < 128LL) {
          const float v32_2 = x30[gm_2 * 128 + gk_2];
          va_2 = v32_2;
        }
        As[ak_2 * 64 + am_2] = va_2;
        const int e_2 = lid + 512;
        const int am_3 = e_2 / 16;
        const int ak_3 = e_2 % 16;
        const long long gm_3 = m0 + am_3;
        const long long gk_3 = k0 + ak_3;
        float va_3 = 0.0f;
        if (gm_3 < M && gk_3 < 128LL) {
          const float v32_3 = x30[gm_3 * 128 + gk_3];
          va_3 = v32_3;
        }
        As[ak_3 * 64 + am_3] = va_3;
        const int e_3 = lid + 768;
        const int am_4 = e_3 / 16;
        const int ak_4 = e_3 % 16;
        const long long gm_4 = m0 + am_4;
        const long long gk_4 = k0 + ak_4;
        float va_4 = 0.0f;
        if (gm_4 < M && gk_4 < 128LL) {
          const float v32_4 = x30[gm_4 * 128 + gk_4];
          va_4 = v32_4;
        }
        As[ak_4 * 64 + am_4] = va_4;
        const int bk = lid / 64;
        const int bn = lid % 64;
        const long long gk_5 = k0 + bk;
        const long long gn = n0 + bn;
        float vb = 0.0f;
        if (gk_5 < 128LL && gn < 128LL) {
          vb = x31[gk_5 * 128 + gn];
        }
        Bs[lid] = vb;
        const int e_4 = lid + 256;
        const int bk_2 = e_4 / 64;
        const int bn_2 = e_4 % 64;
        const long long gk_6 = k0 + bk_2;
        const long long gn_2 = n0 + bn_2;
        float vb_2 = 0.0f;
        if (gk_6 < 128LL && gn_2 < 128LL) {
          vb_2 = x31[gk_6 * 128 + gn_2];
        }
        Bs[e_4] = vb_2;
        const int e_5 = lid + 512;
        const int bk_3 = e_5 / 64;
        const int bn_3 = e_5 % 64;
        const long long gk_7 = k0 + bk_3;
        const long long gn_3 = n0 + bn_3;
        float vb_3 = 0.0f;
        if (gk_7 < 128LL && gn_3 < 128LL) {
          vb_3 = x31[gk_7 * 128 + gn_3];
        }
        Bs[e_5] = vb_3;
        const int e_6 = lid + 768;
        const int bk_4 = e_6 / 64;
        const int bn_4 = e_6 % 64;
        const long long gk_8 = k0 + bk_4;
        const long long gn_4 = n0 + bn_4;
        float vb_4 = 0.0f;
        if (gk_8 < 128LL && gn_4 < 128LL) {
          vb_4 = x31[gk_8 * 128 + gn_4];
        }
        Bs[e_6] = vb_4;
        __syncthreads();
        for (int kk = 0; kk < 16; kk++) {
          const float a0 = As[kk * 64 + ty];
          const float a1 = As[kk * 64 + ty + 16];
          const float a2 = As[kk * 64 + ty + 32];
          const float a3 = As[kk * 64 + ty + 48];
          const float b0 = Bs[kk * 64 + tx];
          const float b1 = Bs[kk * 64 + tx + 16];
          const float b2 = Bs[kk * 64 + tx + 32];
          const float b3 = Bs[kk * 64 + tx + 48];
          acc00 = fmaf(a0, b0, acc00);
          acc01 = fmaf(a0, b1, acc01);
          acc02 = fmaf(a0, b2, acc02);
          acc03 = fmaf(a0, b3, acc03);
          acc10 = fmaf(a1, b0, acc10);
          acc11 = fmaf(a1, b1, acc11);
          acc12 = fmaf(a1, b2, acc12);
          acc13 = fmaf(a1, b3, acc13);
          acc20 = fmaf(a2, b0, acc20);
          acc21 = fmaf(a2, b1, acc21);
          acc22 = fmaf(a2, b2, acc22);
          acc23 = fmaf(a2, b3, acc23);
          acc30 = fmaf(a3, b0, acc30);
          acc31 = fmaf(a3, b1, acc31);
          acc32 = fmaf(a3, b2, acc32);
          acc33 = fmaf(a3, b3, acc33);
        }
        __syncthreads();
      }
      const long long om = m0 + ty;
      const long long on = n0 + tx;
      if (om < M && on < 128LL) {
        const long long o = om * 128 + on;
        const int t15_3 = (int)(o % 32);
        const long long t15_q = o / 32;
        const int t15_2 = (int)(t15_q % 4);
        const long long t15_q_2 = t15_q / 4;
        const int t15_1 = (int)(t15_q_2 % d_T);
        const int t15_0 = (int)(t15_q_2 / d_T);
        const int t17_2 = (int)(o % 128);
        const float v39 = acc00 + x35[(long long)t17_2];
        y56[(((long long)t15_0 * 4 + t15_2) * d_T + t15_1) * 32 + t15_3] = v39;
        const int t21_3 = (int)(o % 32);
        const long long t21_q = o / 32;
        const int t21_2 = (int)(t21_q % 4);
        const long long t21_q_2 = t21_q / 4;
        const int t21_1 = (int)(t21_q_2 % d_T);
        const int t21_0 = (int)(t21_q_2 / d_T);
        const int t23_2 = (int)(o % 128);
        const float v39_2 = acc00 + x35[(long long)t23_2];
        y297[(((long long)t21_0 * 4 + t21_2) * 32 + t21_3) * d_T + t21_1] = v39_2;
      }
      const long long on_2 = n0 + tx + 16;
      if (om < M && on_2 < 128LL) {
        const long long o_2 = om * 128 + on_2;
        const int t28_3 = (int)(o_2 % 32);
        const long long t28_q = o_2 / 32;
        const int t28_2 = (int)(t28_q % 4);
        const long long t28_q_2 = t28_q / 4;
        const int t28_1 = (int)(t28_q_2 % d_T);
        const int t28_0 = (int)(t28_q_2 / d_T);
        const int t30_2 = (int)(o_2 % 128);
        const float v39_3 = acc01 + x35[(long long)t30_2];
        y56[(((long long)t28_0 * 4 + t28_2) * d_T + t28_1) * 32 + t28_3] = v39_3;
        const int t34_3 = (int)(o_2 % 32);
        const long long t34_q = o_2 / 32;
        const int t34_2 = (int)(t34_q % 4);
        const long long t34_q_2 = t34_q / 4;
        const int t34_1 = (int)(t34_q_2 % d_T);
        const int t34_0 = (int)(t34_q_2 / d_T);
        const int t36_2 = (int)(o_2 % 128);
        const float v39_4 = acc01 + x35[(long long)t36_2];
        y297[(((long long)t34_0 * 4 + t34_2) * 32 + t34_3) * d_T + t34_1] = v39_4;
      }
      const long long on_3 = n0 + tx + 32;
      if (om < M && on_3 < 128LL) {
        const long long o_3 = om * 128 + on_3;
        const int t41_3 = (int)(o_3 % 32);
        const long long t41_q = o_3 / 32;
        const int t41_2 = (int)(t41_q % 4);
        const long long t41_q_2 = t41_q / 4;
        const int t41_1 = (int)(t41_q_2 % d_T);
        const int t41_0 = (int)(t41_q_2 / d_T);
        const int t43_2 = (int)(o_3 % 128);
        const float v39_5 = acc02 + x35[(long long)t43_2];
        y56[(((long long)t41_0 * 4 + t41_2) * d_T + t41_1) * 32 + t41_3] = v39_5;
        const int t47_3 = (int)(o_3 % 32);
        const long long t47_q = o_3 / 32;
        const int t47_2 = (int)(t47_q % 4);
        const long long t47_q_2 = t47_q / 4;
        const int t47_1 = (int)(t47_q_2 % d_T);
        const int t47_0 = (int)(t47_q_2 / d_T);
        const int t49_2 = (int)(o_3 % 128);
        const float v39_6 = acc02 + x35[(long long)t49_2];
        y297[(((long long)t47_0 * 4 + t47_2) * 32 + t47_3) * d_T + t47_1] = v39_6;
      }
      const long long on_4 = n0 + tx + 48;
      if (om < M && on_4 < 128LL) {
        const long long o_4 = om * 128 + on_4;
        const int t54_3 = (int)(o_4 % 32);
        const long long t54_q = o_4 / 32;
        const int t54_2 = (int)(t54_q % 4);
        const long long t54_q_2 = t54_q / 4;
        const int t54_1 = (int)(t54_q_2 % d_T);
        const int t54_0 = (int)(t54_q_2 / d_T);
        const int t56_2 = (int)(o_4 % 128);
        const float v39_7 = acc03 + x35[(long long)t56_2];
        y56[(((long long)t54_0 * 4 + t54_2) * d_T + t54_1) * 32 + t54_3] = v39_7;
        const int t60_3 = (int)(o_4 % 32);
        const long long t60_q = o_4 / 32;
        const int t60_2 = (int)(t60_q % 4);
        const long long t60_q_2 = t60_q / 4;
        const int t60_1 = (int)(t60_q_2 % d_T);
        const int t60_0 = (int)(t60_q_2 / d_T);
        const int t62_2 = (int)(o_4 % 128);
        const float v39_8 = acc03 + x35[(long long)t62_2];
        y297[(((long long)t60_0 * 4 + t60_2) * 32 + t60_3) * d_T + t60_1] = v39_8;
      }
      const long long om_2 = m0 + ty + 16;
      const long long on_5 = n0 + tx;
      if (om_2 < M && on_5 < 128LL) {
        const long long o_5 = om_2 * 128 + on_5;
        const int t67_3 = (int)(o_5 % 32);
        const long long t67_q = o_5 / 32;
        const int t67_2 = (int)(t67_q % 4);
        const long long t67_q_2 = t67_q / 4;
        const int t67_1 = (int)(t67_q_2 % d_T);
        const int t67_0 = (int)(t67_q_2 / d_T);
        const int t69_2 = (int)(o_5 % 128);
        const float v39_9 = acc10 + x35[(long long)t69_2];
        y56[(((long long)t67_0 * 4 + t67_2) * d_T + t67_1) * 32 + t67_3] = v39_9;
        const int t73_3 = (int)(o_5 % 32);
        const long long t73_q = o_5 / 32;
        const int t73_2 = (int)(t73_q % 4);
        const long long t73_q_2 = t73_q / 4;
        const int t73_1 = (int)(t73_q_2 % d_T);
        const int t73_0 = (int)(t73_q_2 / d_T);
        const int t75_2 = (int)(o_5 % 128);
        const float v39_10 = acc10 + x35[(long long)t75_2];
        y297[(((long long)t73_0 * 4 + t73_2) * 32 + t73_3) * d_T + t73_1] = v39_10;
      }
      const long long on_6 = n0 + tx + 16;
      if (om_2 < M && on_6 < 128LL) {
        const long long o_6 = om_2 * 128 + on_6;
        const int t80_3 = (int)(o_6 % 32);
        const long long t80_q = o_6 / 32;
        const int t80_2 = (int)(t80_q % 4);
        const long long t80_q_2 = t80_q / 4;
        const int t80_1 = (int)(t80_q_2 % d_T);
        const int t80_0 = (int)(t80_q_2 / d_T);
        const int t82_2 = (int)(o_6 % 128);
        const float v39_11 = acc11 + x35[(long long)t82_2];
        y56[(((long long)t80_0 * 4 + t80_2) * d_T + t80_1) * 32 + t80_3] = v39_11;
        const int t86_3 = (int)(o_6 % 32);
        const long long t86_q = o_6 / 32;
        const int t86_2 = (int)(t86_q % 4);
        const long long t86_q_2 = t86_q / 4;
        const int t86_1 = (int)(t86_q_2 % d_T);
        const int t86_0 = (int)(t86_q_2 / d_T);
        const int t88_2 = (int)(o_6 % 128);
        const float v39_12 = acc11 + x35[(long long)t88_2];
        y297[(((long long)t86_0 * 4 + t86_2) * 32 + t86_3) * d_T + t86_1] = v39_12;
      }
      const long long on_7 = n0 + tx + 32;
      if (om_2 < M && on_7 < 128LL) {
        const long long o_7 = om_2 * 128 + on_7;
        const int t93_3 = (int)(o_7 % 32);
        const long long t93_q = o_7 / 32;
        const int t93_2 = (int)(t93_q % 4);
        const long long t93_q_2 = t93_q / 4;
        const int t93_1 = (int)(t93_q_2 % d_T);
        const int t93_0 = (int)(t93_q_2 / d_T);
        const int t95_2 = (int)(o_7 % 128);
        const float v39_13 = acc12 + x35[(long long)t95_2];
        y56[(((long long)t93_0 * 4 + t93_2) * d_T + t93_1) * 32 + t93_3] = v39_13;
        const int t99_3 = (int)(o_7 % 32);
        const long long t99_q = o_7 / 32;
        const int t99_2 = (int)(t99_q % 4);
        const long long t99_q_2 = t99_q / 4;
        const int t99_1 = (int)(t99_q_2 % d_T);
        const int t99_0 = (int)(t99_q_2 / d_T);
        const int t101_2 = (int)(o_7 % 128);
        const float v39_14 = acc12 + x35[(long long)t101_2];
        y297[(((long long)t99_0 * 4 + t99_2) * 32 + t99_3) * d_T + t99_1] = v39_14;
      }
      const long long on_8 = n0 + tx + 48;
      if (om_2 < M && on_8 < 128LL) {
        const long long o_8 = om_2 * 128 + on_8;
        const int t106_3 = (int)(o_8 % 32);
        const long long t106_q = o_8 / 32;
        const int t106_2 = (int)(t106_q % 4);
        const long long t106_q_2 = t106_q / 4;
        const int t106_1 = (int)(t106_q_2 % d_T);
        const int t106_0 = (int)(t106_q_2 / d_T);
        const int t108_2 = (int)(o_8 % 128);
        const float v39_15 = acc13 + x35[(long long)t108_2];
        y56[(((long long)t106_0 * 4 + t106_2) * d_T + t106_1) * 32 + t106_3] = v39_15;
        const int t112_3 = (int)(o_8 % 32);
        const long long t112_q = o_8 / 32;
        const int t112_2 = (int)(t112_q % 4);
        const long long t112_q_2 = t112_q / 4;
        const int t112_1 = (int)(t112_q_2 % d_T);
        const int t112_0 = (int)(t112_q_2 / d_T);
        const int t114_2 = (int)(o_8 % 128);
        const float v39_16 = acc13 + x35[(long long)t114_2];
        y297[(((long long)t112_0 * 4 + t112_2) * 32 + t112_3) * d_T + t112_1] = v39_16;
      }
      const long long om_3 = m0 + ty + 32;
      const long long on_9 = n0 + tx;
      if (om_3 < M && on_9 < 128LL) {
        const long long o_9 = om_3 * 128 + on_9;
        const int t119_3 = (int)(o_9 % 32);
        const long long t119_q = o_9 / 32;
        const int t119_2 = (int)(t119_q % 4);
        const long long t119_q_2 = t119_q / 4;
        const int t119_1 = (int)(t119_q_2 % d_T);
        const int t119_0 = (int)(t119_q_2 / d_T);
        const int t121_2 = (int)(o_9 % 128);
        const float v39_17 = acc20 + x35[(long long)t121_2];
        y56[(((long long)t119_0 * 4 + t119_2) * d_T + t119_1) * 32 + t119_3] = v39_17;
        const int t125_3 = (int)(o_9 % 32);
        const long long t125_q = o_9 / 32;
        const int t125_2 = (int)(t125_q % 4);
        const long long t125_q_2 = t125_q / 4;
        const int t125_1 = (int)(t125_q_2 % d_T);
        const int t125_0 = (int)(t125_q_2 / d_T);
        const int t127_2 = (int)(o_9 % 128);
        const float v39_18 = acc20 + x35[(long long)t127_2];
        y297[(((long long)t125_0 * 4 + t125_2) * 32 + t125_3) * d_T + t125_1] = v39_18;
      }
      const long long on_10 = n0 + tx + 16;
      if (om_3 < M && on_10 < 128LL) {
        const long long o_10 = om_3 * 128 + on_10;
        const int t132_3 = (int)(o_10 % 32);
        const long long t132_q = o_10 / 32;
        const int t132_2 = (int)(t132_q % 4);
        const long long t132_q_2 = t132_q / 4;
        const int t132_1 = (int)(t132_q_2 % d_T);
        const int t132_0 = (int)(t132_q_2 / d_T);
        const int t134_2 = (int)(o_10 % 128);
        const float v39_19 = acc21 + x35[(long long)t134_2];
        y56[(((long long)t132_0 * 4 + t132_2) * d_T + t132_1) * 32 + t132_3] = v39_19;
        const int t138_3 = (int)(o_10 % 32);
        const long long t138_q = o_10 / 32;
        const int t138_2 = (int)(t138_q % 4);
        const long long t138_q_2 = t138_q / 4;
        const int t138_1 = (int)(t138_q_2 % d_T);
        const int t138_0 = (int)(t138_q_2 / d_T);
        const int t140_2 = (int)(o_10 % 128);
        const float v39_20 = acc21 + x35[(long long)t140_2];
        y297[(((long long)t138_0 * 4 + t138_2) * 32 + t138_3) * d_T + t138_1] = v39_20;
      }
      const long long on_11 = n0 + tx + 32;
      if (om_3 < M && on_11 < 128LL) {
        const long long o_11 = om_3 * 128 + on_11;
        const int t145_3 = (int)(o_11 % 32);
        const long long t145_q = o_11 / 32;
        const int t145_2 = (int)(t145_q % 4);
        const long long t145_q_2 = t145_q / 4;
        const int t145_1 = (int)(t145_q_2 % d_T);
        const int t145_0 = (int)(t145_q_2 / d_T);
        const int t147_2 = (int)(o_11 % 128);
        const float v39_21 = acc22 + x35[(long long)t147_2];
        y56[(((long long)t145_0 * 4 + t145_2) * d_T + t145_1) * 32 + t145_3] = v39_21;
        const int t151_3 = (int)(o_11 % 32);
        const long long t151_q = o_11 / 32;
        const int t151_2 = (int)(t151_q % 4);
        const long long t151_q_2 = t151_q / 4;
        const int t151_1 = (int)(t151_q_2 % d_T);
        const int t151_0 = (int)(t151_q_2 / d_T);
        const int t153_2 = (int)(o_11 % 128);
        const float v39_22 = acc22 + x35[(long long)t153_2];
        y297[(((long long)t151_0 * 4 + t151_2) * 32 + t151_3) * d_T + t151_1] = v39_22;
      }
      const long long on_12 = n0 + tx + 48;
      if (om_3 < M && on_12 < 128LL) {
        const long long o_12 = om_3 * 128 + on_12;
        const int t158_3 = (int)(o_12 % 32);
        const long long t158_q = o_12 / 32;
        const int t158_2 = (int)(t158_q % 4);
        const long long t158_q_2 = t158_q / 4;
        const int t158_1 = (int)(t158_q_2 % d_T);
        const int t158_0 = (int)(t158_q_2 / d_T);
        const int t160_2 = (int)(o_12 % 128);
        const float v39_23 = acc23 + x35[(long long)t160_2];
        y56[(((long long)t158_0 * 4 + t158_2) * d_T + t158_1) * 32 + t158_3] = v39_23;
        const int t164_3 = (int)(o_12 % 32);
        const long long t164_q = o_12 / 32;
        const int t164_2 = (int)(t164_q % 4);
        const long long t164_q_2 = t164_q / 4;
        const int t164_1 = (int)(t164_q_2 % d_T);
        const int t164_0 = (int)(t164_q_2 / d_T);
        const int t166_2 = (int)(o_12 % 128);
        const float v39_24 = acc23 + x35[(long long)t166_2];
        y297[(((long long)t164_0 * 4 + t164_2) * 32 + t164_3) * d_T + t164_1] = v39_24;
      }
      const long long om_4 = m0 + ty + 48;
      const long long on_13 = n0 + tx;
      if (om_4 < M && on_13 < 128LL) {
        const long long o_13 = om_4 * 128 + on_13;
        const int t171_3 = (int)(o_13 % 32);
        const long long t171_q = o_13 / 32;
        const int t171_2 = (int)(t171_q % 4);
        const long long t171_q_2 = t171_q / 4;
        const int t171_1 = (int)(t171_q_2 % d_T);
        const int t171_0 = (int)(t171_q_2 / d_T);
        const int t173_2 = (int)(o_13 % 128);
        const float v39_25 = acc30 + x35[(long long)t173_2];
        y56[(((long long)t171_0 * 4 + t171_2) * d_T + t171_1) * 32 + t171_3] = v39_25;
        const int t177_3 = (int)(o_13 % 32);
        const long long t177_q = o_13 / 32;
        const int t177_2 = (int)(t177_q % 4);
        const long long t177_q_2 = t177_q / 4;
        const int t177_1 = (int)(t177_q_2 % d_T);
        const int t177_0 = (int)(t177_q_2 / d_T);
        const int t179_2 = (int)(o_13 % 128);
        const float v39_26 = acc30 + x35[(long long)t179_2];
        y297[(((long long)t177_0 * 4 + t177_2) * 32 + t177_3) * d_T + t177_1] = v39_26;
      }
      const long long on_14 = n0 + tx + 16;
      if (om_4 < M && on_14 < 128LL) {
        const long long o_14 = om_4 * 128 + on_14;
        const int t184_3 = (int)(o_14 % 32);
        const long long t184_q = o_14 / 32;
        const int t184_2 = (int)(t184_q % 4);
        const long long t184_q_2 = t184_q / 4;
        const int t184_1 = (int)(t184_q_2 % d_T);
        const int t184_0 = (int)(t184_q_2 / d_T);
        const int t186_2 = (int)(o_14 % 128);
        const float v39_27 = acc31 + x35[(long long)t186_2];
        y56[(((long long)t184_0 * 4 + t184_2) * d_T + t184_1) * 32 + t184_3] = v39_27;
        const int t190_3 = (int)(o_14 % 32);
        const long long t190_q = o_14 / 32;
        const int t190_2 = (int)(t190_q % 4);
        const long long t190_q_2 = t190_q / 4;
        const int t190_1 = (int)(t190_q_2 % d_T);
        const int t190_0 = (int)(t190_q_2 / d_T);
        const int t192_2 = (int)(o_14 % 128);
        const float v39_28 = acc31 + x35[(long long)t192_2];
        y297[(((long long)t190_0 * 4 + t190_2) * 32 + t190_3) * d_T + t190_1] = v39_28;
      }
      const long long on_15 = n0 + tx + 32;
      if (om_4 < M && on_15 < 128LL) {
        const long long o_15 = om_4 * 128 + on_15;
        const int t197_3 = (int)(o_15 % 32);
        const long long t197_q = o_15 / 32;
        const int t197_2 = (int)(t197_q % 4);
        const long long t197_q_2 = t197_q / 4;
        const int t197_1 = (int)(t197_q_2 % d_T);
        const int t197_0 = (int)(t197_q_2 / d_T);
        const int t199_2 = (int)(o_15 % 128);
        const float v39_29 = acc32 + x35[(long long)t199_2];
        y56[(((long long)t197_0 * 4 + t197_2) * d_T + t197_1) * 32 + t197_3] = v39_29;
        const int t203_3 = (int)(o_15 % 32);
        const long long t203_q = o_15 / 32;
        const int t203_2 = (int)(t203_q % 4);
        const long long t203_q_2 = t203_q / 4;
        const int t203_1 = (int)(t203_q_2 % d_T);
        const int t203_0 = (int)(t203_q_2 / d_T);
        const int t205_2 = (int)(o_15 % 128);
        const float v39_30 = acc32 + x35[(long long)t205_2];
        y297[(((long long)t203_0 * 4 + t203_2) * 32 + t203_3) * d_T + t203_1] = v39_30;
      }
      const long long on_16 = n0 + tx + 48;
      if (om_4 < M && on_16 < 128LL) {
        const long long o_16 = om_4 * 128 + on_16;
        const int t210_3 = (int)(o_16 % 32);
        const long long t210_q = o_16 / 32;
        const int t210_2 = (int)(t210_q % 4);
        const long long t210_q_2 = t210_q / 4;
        const int t210_1 = (int)(t210_q_2 % d_T);
        const int t210_0 = (int)(t210_q_2 / d_T);
        const int t212_2 = (int)(o_16 % 128);
        const float v39_31 = acc33 + x35[(long long)t212_2];
        y56[(((long long)t210_0 * 4 + t210_2) * d_T + t210_1) * 32 + t210_3] = v39_31;
        const int t216_3 = (int)(o_16 % 32);
        const long long t216_q = o_16 / 32;
        const int t216_2 = (int)(t216_q % 4);
        const long long t216_q_2 = t216_q / 4;
        const int t216_1 = (int)(t216_q_2 % d_T);
        const int t216_0 = (int)(t216_q_2 / d_T);
        const int t218_2 = (int)(o_16 % 128);
        const float v39_32 = acc33 + x35[(long long)t218_2];
        y297[(((long long)t216_0 * 4 + t216_2) * 32 + t216_3) * d_T + t216_1] = v39_32;
      }
    } else {
      /* sibling 1: %41 */
      if (tile < tiles + tiles_2) {
        const long long tl = tile - tiles;
        const long long M_2 = (long long)d_B * d_T;
        const long long tiles_m_2 = (M_2 + 63) / 64;
        const long long rest_2 = tl % (tiles_m_2 * 2LL);
        const long long m0_2 = rest_2 / 2LL * 64;
        const long long n0_2 = rest_2 % 2LL * 64;
        float acc00_2 = 0.0f;
        float acc01_2 = 0.0f;
        float acc02_2 = 0.0f;
        float acc03_2 = 0.0f;
        float acc10_2 = 0.0f;
        float acc11_2 = 0.0f;
        float acc12_2 = 0.0f;
        float acc13_2 = 0.0f;
        float acc20_2 = 0.0f;
        float acc21_2 = 0.0f;
        float acc22_2 = 0.0f;
        float acc23_2 = 0.0f;
        float acc30_2 = 0.0f;
        float acc31_2 = 0.0f;
        float acc32_2 = 0.0f;
        float acc33_2 = 0.0f;
        for (long long k0_2 = 0LL; k0_2 < 128LL; k0_2 += 16) {
          const int am_5 = lid / 16;
          const int ak_5 = lid % 16;
          const long long gm_5 = m0_2 + am_5;
          const long long gk_9 = k0_2 + ak_5;
          float va_5 = 0.0f;
          if (gm_5 < M_2 && gk_9 < 128LL) {
            const float v32_5 = x30[gm_5 * 128 + gk_9];
            va_5 = v32_5;
          }
          As[ak_5 * 64 + am_5] = va_5;
          const int e_7 = lid + 256;
          const int am_6 = e_7 / 16;
          const int ak_6 = e_7 % 16;
          const long long gm_6 = m0_2 + am_6;
          const long long gk_10 = k0_2 + ak_6;
          float va_6 = 0.0f;
          if (gm_6 < M_2 && gk_10 < 128LL) {
            const float v32_6 = x30[gm_6 * 128 + gk_10];
            va_6 = v32_6;
          }
          As[ak_6 * 64 + am_6] = va_6;
          const int e_8 = lid + 512;
          const int am_7 = e_8 / 16;
          const int ak_7 = e_8 % 16;
          const long long gm_7 = m0_2 + am_7;
          const long long gk_11 = k0_2 + ak_7;
          float va_7 = 0.0f;
          if (gm_7 < M_2 && gk_11 < 128LL) {
            const float v32_7 = x30[gm_7 * 128 + gk_11];
            va_7 = v32_7;
          }
          As[ak_7 * 64 + am_7] = va_7;
          const int e_9 = lid + 768;
          const int am_8 = e_9 / 16;
          const int ak_8 = e_9 % 16;
          const long long gm_8 = m0_2 + am_8;
          const long long gk_12 = k0_2 + ak_8;
          float va_8 = 0.0f;
          if (gm_8 < M_2 && gk_12 < 128LL) {
            const float v32_8 = x30[gm_8 * 128 + gk_12];
            va_8 = v32_8;
          }
          As[ak_8 * 64 + am_8] = va_8;
          const int bk_5 = lid / 64;
          const int bn_5 = lid % 64;
          const long long gk_13 = k0_2 + bk_5;
          const long long gn_5 = n0_2 + bn_5;
          float vb_5 = 0.0f;
          if (gk_13 < 128LL && gn_5 < 128LL) {
            vb_5 = x40[gk_13 * 128 + gn_5];
          }
          Bs[lid] = vb_5;
          const int e_10 = lid + 256;
          const int bk_6 = e_10 / 64;
          const int bn_6 = e_10 % 64;
          const long long gk_14 = k0_2 + bk_6;
          const long long gn_6 = n0_2 + bn_6;
          float vb_6 = 0.0f;
          if (gk_14 < 128LL && gn_6 < 128LL) {
            vb_6 = x40[gk_14 * 128 + gn_6];
          }
          Bs[e_10] = vb_6;
          const int e_11 = lid + 512;
          const int bk_7 = e_11 / 64;
          const int bn_7 = e_11 % 64;
          const long long gk_15 = k0_2 + bk_7;
          const long long gn_7 = n0_2 + bn_7;
          float vb_7 = 0.0f;
          if (gk_15 < 128LL && gn_7 < 128LL) {
            vb_7 = x40[gk_15 * 128 + gn_7];
          }
          Bs[e_11] = vb_7;
          const int e_12 = lid + 768;
          const int bk_8 = e_12 / 64;
          const int bn_8 = e_12 % 64;
          const long long gk_16 = k0_2 + bk_8;
          const long long gn_8 = n0_2 + bn_8;
          float vb_8 = 0.0f;
          if (gk_16 < 128LL && gn_8 < 128LL) {
            vb_8 = x40[gk_16 * 128 + gn_8];
          }
          Bs[e_12] = vb_8;
          __syncthreads();
          for (int kk_2 = 0; kk_2 < 16; kk_2++) {
            const float a0_2 = As[kk_2 * 64 + ty];
            const float a1_2 = As[kk_2 * 64 + ty + 16];
            const float a2_2 = As[kk_2 * 64 + ty + 32];
            const float a3_2 = As[kk_2 * 64 + ty + 48];
            const float b0_2 = Bs[kk_2 * 64 + tx];
            const float b1_2 = Bs[kk_2 * 64 + tx + 16];
            const float b2_2 = Bs[kk_2 * 64 + tx + 32];
            const float b3_2 = Bs[kk_2 * 64 + tx + 48];
            acc00_2 = fmaf(a0_2, b0_2, acc00_2);
            acc01_2 = fmaf(a0_2, b1_2, acc01_2);
            acc02_2 = fmaf(a0_2, b2_2, acc02_2);
            acc03_2 = fmaf(a0_2, b3_2, acc03_2);
            acc10_2 = fmaf(a1_2, b0_2, acc10_2);
            acc11_2 = fmaf(a1_2, b1_2, acc11_2);
            acc12_2 = fmaf(a1_2, b2_2, acc12_2);
            acc13_2 = fmaf(a1_2, b3_2, acc13_2);
            acc20_2 = fmaf(a2_2, b0_2, acc20_2);
            acc21_2 = fmaf(a2_2, b1_2, acc21_2);
            acc22_2 = fmaf(a2_2, b2_2, acc22_2);
            acc23_2 = fmaf(a2_2, b3_2, acc23_2);
            acc30_2 = fmaf(a3_2, b0_2, acc30_2);
            acc31_2 = fmaf(a3_2, b1_2, acc31_2);
            acc32_2 = fmaf(a3_2, b2_2, acc32_2);
            acc33_2 = fmaf(a3_2, b3_2, acc33_2);
          }
          __syncthreads();
        }
        const long long om_5 = m0_2 + ty;
        const long long on_17 = n0_2 + tx;
        if (om_5 < M_2 && on_17 < 128LL) {
          const long long o_17 = om_5 * 128 + on_17;
          const int t236_3 = (int)(o_17 % 32);
          const long long t236_q = o_17 / 32;
          const int t236_2 = (int)(t236_q % 4);
          const long long t236_q_2 = t236_q / 4;
          const int t236_1 = (int)(t236_q_2 % d_T);
          const int t236_0 = (int)(t236_q_2 / d_T);
          const int t238_2 = (int)(o_17 % 128);
          const float v47 = acc00_2 + x43[(long long)t238_2];
          y57[(((long long)t236_0 * 4 + t236_2) * d_T + t236_1) * 32 + t236_3] = v47;
          const int t242_3 = (int)(o_17 % 32);
          const long long t242_q = o_17 / 32;
          const int t242_2 = (int)(t242_q % 4);
          const long long t242_q_2 = t242_q / 4;
          const int t242_1 = (int)(t242_q_2 % d_T);
          const int t242_0 = (int)(t242_q_2 / d_T);
          const int t244_2 = (int)(o_17 % 128);
          const float v47_2 = acc00_2 + x43[(long long)t244_2];
          y59[(((long long)t242_0 * 4 + t242_2) * 32 + t242_3) * d_T + t242_1] = v47_2;
        }
        const long long on_18 = n0_2 + tx + 16;
        if (om_5 < M_2 && on_18 < 128LL) {
          const long long o_18 = om_5 * 128 + on_18;
          const int t249_3 = (int)(o_18 % 32);
          const long long t249_q = o_18 / 32;
          const int t249_2 = (int)(t249_q % 4);
          const long long t249_q_2 = t249_q / 4;
          const int t249_1 = (int)(t249_q_2 % d_T);
          const int t249_0 = (int)(t249_q_2 / d_T);
          const int t251_2 = (int)(o_18 % 128);
          const float v47_3 = acc01_2 + x43[(long long)t251_2];
          y57[(((long long)t249_0 * 4 + t249_2) * d_T + t249_1) * 32 + t249_3] = v47_3;
          const int t255_3 = (int)(o_18 % 32);
          const long long t255_q = o_18 / 32;
          const int t255_2 = (int)(t255_q % 4);
          const long long t255_q_2 = t255_q / 4;
          const int t255_1 = (int)(t255_q_2 % d_T);
          const int t255_0 = (int)(t255_q_2 / d_T);
          const int t257_2 = (int)(o_18 % 128);
          const float v47_4 = acc01_2 + x43[(long long)t257_2];
          y59[(((long long)t255_0 * 4 + t255_2) * 32 + t255_3) * d_T + t255_1] = v47_4;
        }
        const long long on_19 = n0_2 + tx + 32;
        if (om_5 < M_2 && on_19 < 128LL) {
          const long long o_19 = om_5 * 128 + on_19;
          const int t262_3 = (int)(o_19 % 32);
          const long long t262_q = o_19 / 32;
          const int t262_2 = (int)(t262_q % 4);
          const long long t262_q_2 = t262_q / 4;
          const int t262_1 = (int)(t262_q_2 % d_T);
          const int t262_0 = (int)(t262_q_2 / d_T);
          const int t264_2 = (int)(o_19 % 128);
          const float v47_5 = acc02_2 + x43[(long long)t264_2];
          y57[(((long long)t262_0 * 4 + t262_2) * d_T + t262_1) * 32 + t262_3] = v47_5;
          const int t268_3 = (int)(o_19 % 32);
          const long long t268_q = o_19 / 32;
          const int t268_2 = (int)(t268_q % 4);
          const long long t268_q_2 = t268_q / 4;
          const int t268_1 = (int)(t268_q_2 % d_T);
          const int t268_0 = (int)(t268_q_2 / d_T);
          const int t270_2 = (int)(o_19 % 128);
          const float v47_6 = acc02_2 + x43[(long long)t270_2];
          y59[(((long long)t268_0 * 4 + t268_2) * 32 + t268_3) * d_T + t268_1] = v47_6;
        }
        const long long on_20 = n0_2 + tx + 48;
        if (om_5 < M_2 && on_20 < 128LL) {
          const long long o_20 = om_5 * 128 + on_20;
          const int t275_3 = (int)(o_20 % 32);
          const long long t275_q = o_20 / 32;
          const int t275_2 = (int)(t275_q % 4);
          const long long t275_q_2 = t275_q / 4;
          const int t275_1 = (int)(t275_q_2 % d_T);
          const int t275_0 = (int)(t275_q_2 / d_T);
          const int t277_2 = (int)(o_20 % 128);
          const float v47_7 = acc03_2 + x43[(long long)t277_2];
          y57[(((long long)t275_0 * 4 + t275_2) * d_T + t275_1) * 32 + t275_3] = v47_7;
          const int t281_3 = (int)(o_20 % 32);
          const long long t281_q = o_20 / 32;
          const int t281_2 = (int)(t281_q % 4);
          const long long t281_q_2 = t281_q / 4;
          const int t281_1 = (int)(t281_q_2 % d_T);
          const int t281_0 = (int)(t281_q_2 / d_T);
          const int t283_2 = (int)(o_20 % 128);
          const float v47_8 = acc03_2 + x43[(long long)t283_2];
          y59[(((long long)t281_0 * 4 + t281_2) * 32 + t281_3) * d_T + t281_1] = v47_8;
        }
        const long long om_6 = m0_2 + ty + 16;
        const long long on_21 = n0_2 + tx;
        if (om_6 < M_2 && on_21 < 128LL) {
          const long long o_21 = om_6 * 128 + on_21;
          const int t288_3 = (int)(o_21 % 32);
          const long long t288_q = o_21 / 32;
          const int t288_2 = (int)(t288_q % 4);
          const long long t288_q_2 = t288_q / 4;
          const int t288_1 = (int)(t288_q_2 % d_T);
          const int t288_0 = (int)(t288_q_2 / d_T);
          const int t290_2 = (int)(o_21 % 128);
          const float v47_9 = acc10_2 + x43[(long long)t290_2];
          y57[(((long long)t288_0 * 4 + t288_2) * d_T + t288_1) * 32 + t288_3] = v47_9;
          const int t294_3 = (int)(o_21 % 32);
          const long long t294_q = o_21 / 32;
          const int t294_2 = (int)(t294_q % 4);
          const long long t294_q_2 = t294_q / 4;
          const int t294_1 = (int)(t294_q_2 % d_T);
          const int t294_0 = (int)(t294_q_2 / d_T);
          const int t296_2 = (int)(o_21 % 128);
          const float v47_10 = acc10_2 + x43[(long long)t296_2];
          y59[(((long long)t294_0 * 4 + t294_2) * 32 + t294_3) * d_T + t294_1] = v47_10;
        }
        const long long on_22 = n0_2 + tx + 16;
        if (om_6 < M_2 && on_22 < 128LL) {
          const long long o_22 = om_6 * 128 + on_22;
          const int t301_3 = (int)(o_22 % 32);
          const long long t301_q = o_22 / 32;
          const int t301_2 = (int)(t301_q % 4);
          const long long t301_q_2 = t301_q / 4;
          const int t301_1 = (int)(t301_q_2 % d_T);
          const int t301_0 = (int)(t301_q_2 / d_T);
          const int t303_2 = (int)(o_22 % 128);
          const float v47_11 = acc11_2 + x43[(long long)t303_2];
          y57[(((long long)t301_0 * 4 + t301_2) * d_T + t301_1) * 32 + t301_3] = v47_11;
          const int t307_3 = (int)(o_22 % 32);
          const long long t307_q = o_22 / 32;
          const int t307_2 = (int)(t307_q % 4);
          const long long t307_q_2 = t307_q / 4;
          const int t307_1 = (int)(t307_q_2 % d_T);
          const int t307_0 = (int)(t307_q_2 / d_T);
          const int t309_2 = (int)(o_22 % 128);
          const float v47_12 = acc11_2 + x43[(long long)t309_2];
          y59[(((long long)t307_0 * 4 + t307_2) * 32 + t307_3) * d_T + t307_1] = v47_12;
        }
        const long long on_23 = n0_2 + tx + 32;
        if (om_6 < M_2 && on_23 < 128LL) {
          const long long o_23 = om_6 * 128 + on_23;
          const int t314_3 = (int)(o_23 % 32);
          const long long t314_q = o_23 / 32;
          const int t314_2 = (int)(t314_q % 4);
          const long long t314_q_2 = t314_q / 4;
          const int t314_1 = (int)(t314_q_2 % d_T);
          const int t314_0 = (int)(t314_q_2 / d_T);
          const int t316_2 = (int)(o_23 % 128);
          const float v47_13 = acc12_2 + x43[(long long)t316_2];
          y57[(((long long)t314_0 * 4 + t314_2) * d_T + t314_1) * 32 + t314_3] = v47_13;
          const int t320_3 = (int)(o_23 % 32);
          const long long t320_q = o_23 / 32;
          const int t320_2 = (int)(t320_q % 4);
          const long long t320_q_2 = t320_q / 4;
          const int t320_1 = (int)(t320_q_2 % d_T);
          const int t320_0 = (int)(t320_q_2 / d_T);
          const int t322_2 = (int)(o_23 % 128);
          const float v47_14 = acc12_2 + x43[(long long)t322_2];
          y59[(((long long)t320_0 * 4 + t320_2) * 32 + t320_3) * d_T + t320_1] = v47_14;
        }
        const long long on_24 = n0_2 + tx + 48;
        if (om_6 < M_2 && on_24 < 128LL) {
          const long long o_24 = om_6 * 128 + on_24;
          const int t327_3 = (int)(o_24 % 32);
          const long long t327_q = o_24 / 32;
          const int t327_2 = (int)(t327_q % 4);
          const long long t327_q_2 = t327_q / 4;
          const int t327_1 = (int)(t327_q_2 % d_T);
          const int t327_0 = (int)(t327_q_2 / d_T);
          const int t329_2 = (int)(o_24 % 128);
          const float v47_15 = acc13_2 + x43[(long long)t329_2];
          y57[(((long long)t327_0 * 4 + t327_2) * d_T + t327_1) * 32 + t327_3] = v47_15;
          const int t333_3 = (int)(o_24 % 32);
          const long long t333_q = o_24 / 32;
          const int t333_2 = (int)(t333_q % 4);
          const long long t333_q_2 = t333_q / 4;
          const int t333_1 = (int)(t333_q_2 % d_T);
          const int t333_0 = (int)(t333_q_2 / d_T);
          const int t335_2 = (int)(o_24 % 128);
          const float v47_16 = acc13_2 + x43[(long long)t335_2];
          y59[(((long long)t333_0 * 4 + t333_2) * 32 + t333_3) * d_T + t333_1] = v47_16;
        }
        const long long om_7 = m0_2 + ty + 32;
        const long long on_25 = n0_2 + tx;
        if (om_7 < M_2 && on_25 < 128LL) {
          const long long o_25 = om_7 * 128 + on_25;
          const int t340_3 = (int)(o_25 % 32);
          const long long t340_q = o_25 / 32;
          const int t340_2 = (int)(t340_q % 4);
          const long long t340_q_2 = t340_q / 4;
          const int t340_1 = (int)(t340_q_2 % d_T);
          const int t340_0 = (int)(t340_q_2 / d_T);
          const int t342_2 = (int)(o_25 % 128);
          const float v47_17 = acc20_2 + x43[(long long)t342_2];
          y57[(((long long)t340_0 * 4 + t340_2) * d_T + t340_1) * 32 + t340_3] = v47_17;
          const int t346_3 = (int)(o_25 % 32);
          const long long t346_q = o_25 / 32;
          const int t346_2 = (int)(t346_q % 4);
          const long long t346_q_2 = t346_q / 4;
          const int t346_1 = (int)(t346_q_2 % d_T);
          const int t346_0 = (int)(t346_q_2 / d_T);
          const int t348_2 = (int)(o_25 % 128);
          const float v47_18 = acc20_2 + x43[(long long)t348_2];
          y59[(((long long)t346_0 * 4 + t346_2) * 32 + t346_3) * d_T + t346_1] = v47_18;
        }
        const long long on_26 = n0_2 + tx + 16;
        if (om_7 < M_2 && on_26 < 128LL) {
          const long long o_26 = om_7 * 128 + on_26;
          const int t353_3 = (int)(o_26 % 32);
          const long long t353_q = o_26 / 32;
          const int t353_2 = (int)(t353_q % 4);
          const long long t353_q_2 = t353_q / 4;
          const int t353_1 = (int)(t353_q_2 % d_T);
          const int t353_0 = (int)(t353_q_2 / d_T);
          const int t355_2 = (int)(o_26 % 128);
          const float v47_19 = acc21_2 + x43[(long long)t355_2];
          y57[(((long long)t353_0 * 4 + t353_2) * d_T + t353_1) * 32 + t353_3] = v47_19;
          const int t359_3 = (int)(o_26 % 32);
          const long long t359_q = o_26 / 32;
          const int t359_2 = (int)(t359_q % 4);
          const long long t359_q_2 = t359_q / 4;
          const int t359_1 = (int)(t359_q_2 % d_T);
          const int t359_0 = (int)(t359_q_2 / d_T);
          const int t361_2 = (int)(o_26 % 128);
          const float v47_20 = acc21_2 + x43[(long long)t361_2];
          y59[(((long long)t359_0 * 4 + t359_2) * 32 + t359_3) * d_T + t359_1] = v47_20;
        }
        const long long on_27 = n0_2 + tx + 32;
        if (om_7 < M_2 && on_27 < 128LL) {
          const long long o_27 = om_7 * 128 + on_27;
          const int t366_3 = (int)(o_27 % 32);
          const long long t366_q = o_27 / 32;
          const int t366_2 = (int)(t366_q % 4);
          const long long t366_q_2 = t366_q / 4;
          const int t366_1 = (int)(t366_q_2 % d_T);
          const int t366_0 = (int)(t366_q_2 / d_T);
          const int t368_2 = (int)(o_27 % 128);
          const float v47_21 = acc22_2 + x43[(long long)t368_2];
          y57[(((long long)t366_0 * 4 + t366_2) * d_T + t366_1) * 32 + t366_3] = v47_21;
          const int t372_3 = (int)(o_27 % 32);
          const long long t372_q = o_27 / 32;
          const int t372_2 = (int)(t372_q % 4);
          const long long t372_q_2 = t372_q / 4;
          const int t372_1 = (int)(t372_q_2 % d_T);
          const int t372_0 = (int)(t372_q_2 / d_T);
          const int t374_2 = (int)(o_27 % 128);
          const float v47_22 = acc22_2 + x43[(long long)t374_2];
          y59[(((long long)t372_0 * 4 + t372_2) * 32 + t372_3) * d_T + t372_1] = v47_22;
        }
        const long long on_28 = n0_2 + tx + 48;
        if (om_7 < M_2 && on_28 < 128LL) {
          const long long o_28 = om_7 * 128 + on_28;
          const int t379_3 = (int)(o_28 % 32);
          const long long t379_q = o_28 / 32;
          const int t379_2 = (int)(t379_q % 4);
          const long long t379_q_2 = t379_q / 4;
          const int t379_1 = (int)(t379_q_2 % d_T);
          const int t379_0 = (int)(t379_q_2 / d_T);
          const int t381_2 = (int)(o_28 % 128);
          const float v47_23 = acc23_2 + x43[(long long)t381_2];
          y57[(((long long)t379_0 * 4 + t379_2) * d_T + t379_1) * 32 + t379_3] = v47_23;
          const int t385_3 = (int)(o_28 % 32);
          const long long t385_q = o_28 / 32;
          const int t385_2 = (int)(t385_q % 4);
          const long long t385_q_2 = t385_q / 4;
          const int t385_1 = (int)(t385_q_2 % d_T);
          const int t385_0 = (int)(t385_q_2 / d_T);
          const int t387_2 = (int)(o_28 % 128);
          const float v47_24 = acc23_2 + x43[(long long)t387_2];
          y59[(((long long)t385_0 * 4 + t385_2) * 32 + t385_3) * d_T + t385_1] = v47_24;
        }
        const long long om_8 = m0_2 + ty + 48;
        const long long on_29 = n0_2 + tx;
        if (om_8 < M_2 && on_29 < 128LL) {
          const long long o_29 = om_8 * 128 + on_29;
          const int t392_3 = (int)(o_29 % 32);
          const long long t392_q = o_29 / 32;
          const int t392_2 = (int)(t392_q % 4);
          const long long t392_q_2 = t392_q / 4;
          const int t392_1 = (int)(t392_q_2 % d_T);
          const int t392_0 = (int)(t392_q_2 / d_T);
          const int t394_2 = (int)(o_29 % 128);
          const float v47_25 = acc30_2 + x43[(long long)t394_2];
          y57[(((long long)t392_0 * 4 + t392_2) * d_T + t392_1) * 32 + t392_3] = v47_25;
          const int t398_3 = (int)(o_29 % 32);
          const long long t398_q = o_29 / 32;
          const int t398_2 = (int)(t398_q % 4);
          const long long t398_q_2 = t398_q / 4;
          const int t398_1 = (int)(t398_q_2 % d_T);
          const int t398_0 = (int)(t398_q_2 / d_T);
          const int t400_2 = (int)(o_29 % 128);
          const float v47_26 = acc30_2 + x43[(long long)t400_2];
          y59[(((long long)t398_0 * 4 + t398_2) * 32 + t398_3) * d_T + t398_1] = v47_26;
        }
        const long long on_30 = n0_2 + tx + 16;
        if (om_8 < M_2 && on_30 < 128LL) {
          const long long o_30 = om_8 * 128 + on_30;
          const int t405_3 = (int)(o_30 % 32);
          const long long t405_q = o_30 / 32;
          const int t405_2 = (int)(t405_q % 4);
          const long long t405_q_2 = t405_q / 4;
          const int t405_1 = (int)(t405_q_2 % d_T);
          const int t405_0 = (int)(t405_q_2 / d_T);
          const int t407_2 = (int)(o_30 % 128);
          const float v47_27 = acc31_2 + x43[(long long)t407_2];
          y57[(((long long)t405_0 * 4 + t405_2) * d_T + t405_1) * 32 + t405_3] = v47_27;
          const int t411_3 = (int)(o_30 % 32);
          const long long t411_q = o_30 / 32;
          const int t411_2 = (int)(t411_q % 4);
          const long long t411_q_2 = t411_q / 4;
          const int t411_1 = (int)(t411_q_2 % d_T);
          const int t411_0 = (int)(t411_q_2 / d_T);
          const int t413_2 = (int)(o_30 % 128);
          const float v47_28 = acc31_2 + x43[(long long)t413_2];
          y59[(((long long)t411_0 * 4 + t411_2) * 32 + t411_3) * d_T + t411_1] = v47_28;
        }
        const long long on_31 = n0_2 + tx + 32;
        if (om_8 < M_2 && on_31 < 128LL) {
          const long long o_31 = om_8 * 128 + on_31;
          const int t418_3 = (int)(o_31 % 32);
          const long long t418_q = o_31 / 32;
          const int t418_2 = (int)(t418_q % 4);
          const long long t418_q_2 = t418_q / 4;
          const int t418_1 = (int)(t418_q_2 % d_T);
          const int t418_0 = (int)(t418_q_2 / d_T);
          const int t420_2 = (int)(o_31 % 128);
          const float v47_29 = acc32_2 + x43[(long long)t420_2];
          y57[(((long long)t418_0 * 4 + t418_2) * d_T + t418_1) * 32 + t418_3] = v47_29;
          const int t424_3 = (int)(o_31 % 32);
          const long long t424_q = o_31 / 32;
          const int t424_2 = (int)(t424_q % 4);
          const long long t424_q_2 = t424_q / 4;
          const int t424_1 = (int)(t424_q_2 % d_T);
          const int t424_0 = (int)(t424_q_2 / d_T);
          const int t426_2 = (int)(o_31 % 128);
          const float v47_30 = acc32_2 + x43[(long long)t426_2];
          y59[(((long long)t424_0 * 4 + t424_2) * 32 + t424_3) * d_T + t424_1] = v47_30;
        }
        const long long on_32 = n0_2 + tx + 48;
        if (om_8 < M_2 && on_32 < 128LL) {
          const long long o_32 = om_8 * 128 + on_32;
          const int t431_3 = (int)(o_32 % 32);
          const long long t431_q = o_32 / 32;
          const int t431_2 = (int)(t431_q % 4);
          const long long t431_q_2 = t431_q / 4;
          const int t431_1 = (int)(t431_q_2 % d_T);
          const int t431_0 = (int)(t431_q_2 / d_T);
          const int t433_2 = (int)(o_32 % 128);
          const float v47_31 = acc33_2 + x43[(long long)t433_2];
          y57[(((long long)t431_0 * 4 + t431_2) * d_T + t431_1) * 32 + t431_3] = v47_31;
          const int t437_3 = (int)(o_32 % 32);
          const long long t437_q = o_32 / 32;
          const int t437_2 = (int)(t437_q % 4);
          const long long t437_q_2 = t437_q / 4;
          const int t437_1 = (int)(t437_q_2 % d_T);
          const int t437_0 = (int)(t437_q_2 / d_T);
          const int t439_2 = (int)(o_32 % 128);
          const float v47_32 = acc33_2 + x43[(long long)t439_2];
          y59[(((long long)t437_0 * 4 + t437_2) * 32 + t437_3) * d_T + t437_1] = v47_32;
        }
      } else {
        /* sibling 2: %49 */
        const long long tl_2 = tile - (tiles + tiles_2);
        const long long M_3 = (long long)d_B * d_T;
        const long long tiles_m_3 = (M_3 + 63) / 64;
        const long long rest_3 = tl_2 % (tiles_m_3 * 2LL);
        const long long m0_3 = rest_3 / 2LL * 64;
        const long long n0_3 = rest_3 % 2LL * 64;
        float acc00_3 = 0.0f;
        float acc01_3 = 0.0f;
        float acc02_3 = 0.0f;
        float acc03_3 = 0.0f;
        float acc10_3 = 0.0f;
        float acc11_3 = 0.0f;
        float acc12_3 = 0.0f;
        float acc13_3 = 0.0f;
        float acc20_3 = 0.0f;
        float acc21_3 = 0.0f;
        float acc22_3 = 0.0f;
        float acc23_3 = 0.0f;
        float acc30_3 = 0.0f;
        float acc31_3 = 0.0f;
        float acc32_3 = 0.0f;
        float acc33_3 = 0.0f;
        for (long long k0_3 = 0LL; k0_3 < 128LL; k0_3 += 16) {
          const int am_9 = lid / 16;
          const int ak_9 = lid % 16;
          const long long gm_9 = m0_3 + am_9;
          const long long gk_17 = k0_3 + ak_9;
          float va_9 = 0.0f;
          if (gm_9 < M_3 && gk_17 < 128LL) {
            const float v32_9 = x30[gm_9 * 128 + gk_17];
            va_9 = v32_9;
          }
          As[ak_9 * 64 + am_9] = va_9;
          const int e_13 = lid + 256;
          const int am_10 = e_13 / 16;
          const int ak_10 = e_13 % 16;
          const long long gm_10 = m0_3 + am_10;
          const long long gk_18 = k0_3 + ak_10;
          float va_10 = 0.0f;
          if (gm_10 < M_3 && gk_18 < 128LL) {
            const float v32_10 = x30[gm_10 * 128 + gk_18];
            va_10 = v32_10;
          }
          As[ak_10 * 64 + am_10] = va_10;
          const int e_14 = lid + 512;
          const int am_11 = e_14 / 16;
          const int ak_11 = e_14 % 16;
          const long long gm_11 = m0_3 + am_11;
          const long long gk_19 = k0_3 + ak_11;
          float va_11 = 0.0f;
          if (gm_11 < M_3 && gk_19 < 128LL) {
            const float v32_11 = x30[gm_11 * 128 + gk_19];
            va_11 = v32_11;
          }
          As[ak_11 * 64 + am_11] = va_11;
          const int e_15 = lid + 768;
          const int am_12 = e_15 / 16;
          const int ak_12 = e_15 % 16;
          const long long gm_12 = m0_3 + am_12;
          const long long gk_20 = k0_3 + ak_12;
          float va_12 = 0.0f;
          if (gm_12 < M_3 && gk_20 < 128LL) {
            const float v32_12 = x30[gm_12 * 128 + gk_20];
            va_12 = v32_12;
          }
          As[ak_12 * 64 + am_12] = va_12;
          const int bk_9 = lid / 64;
          const int bn_9 = lid % 64;
          const long long gk_21 = k0_3 + bk_9;
          const long long gn_9 = n0_3 + bn_9;
          float vb_9 = 0.0f;
          if (gk_21 < 128LL && gn_9 < 128LL) {
            vb_9 = x48[gk_21 * 128 + gn_9];
          }
          Bs[lid] = vb_9;
          const int e_16 = lid + 256;
          const int bk_10 = e_16 / 64;
          const int bn_10 = e_16 % 64;
          const long long gk_22 = k0_3 + bk_10;
          const long long gn_10 = n0_3 + bn_10;
          float vb_10 = 0.0f;
          if (gk_22 < 128LL && gn_10 < 128LL) {
            vb_10 = x48[gk_22 * 128 + gn_10];
          }
          Bs[e_16] = vb_10;
          const int e_17 = lid + 512;
          const int bk_11 = e_17 / 64;
          const int bn_11 = e_17 % 64;
          const long long gk_23 = k0_3 + bk_11;
          const long long gn_11 = n0_3 + bn_11;
          float vb_11 = 0.0f;
          if (gk_23 < 128LL && gn_11 < 128LL) {
            vb_11 = x48[gk_23 * 128 + gn_11];
          }
          Bs[e_17] = vb_11;
          const int e_18 = lid + 768;
          const int bk_12 = e_18 / 64;
          const int bn_12 = e_18 % 64;
          const long long gk_24 = k0_3 + bk_12;
          const long long gn_12 = n0_3 + bn_12;
          float vb_12 = 0.0f;
          if (gk_24 < 128LL && gn_12 < 128LL) {
            vb_12 = x48[gk_24 * 128 + gn_12];
          }
          Bs[e_18] = vb_12;
          __syncthreads();
          for (int kk_3 = 0; kk_3 < 16; kk_3++) {
            const float a0_3 = As[kk_3 * 64 + ty];
            const float a1_3 = As[kk_3 * 64 + ty + 16];
            const float a2_3 = As[kk_3 * 64 + ty + 32];
            const float a3_3 = As[kk_3 * 64 + ty + 48];
            const float b0_3 = Bs[kk_3 * 64 + tx];
            const float b1_3 = Bs[kk_3 * 64 + tx + 16];
            const float b2_3 = Bs[kk_3 * 64 + tx + 32];
            const float b3_3 = Bs[kk_3 * 64 + tx + 48];
            acc00_3 = fmaf(a0_3, b0_3, acc00_3);
            acc01_3 = fmaf(a0_3, b1_3, acc01_3);
            acc02_3 = fmaf(a0_3, b2_3, acc02_3);
            acc03_3 = fmaf(a0_3, b3_3, acc03_3);
            acc10_3 = fmaf(a1_3, b0_3, acc10_3);
            acc11_3 = fmaf(a1_3, b1_3, acc11_3);
            acc12_3 = fmaf(a1_3, b2_3, acc12_3);
            acc13_3 = fmaf(a1_3, b3_3, acc13_3);
            acc20_3 = fmaf(a2_3, b0_3, acc20_3);
            acc21_3 = fmaf(a2_3, b1_3, acc21_3);
            acc22_3 = fmaf(a2_3, b2_3, acc22_3);
            acc23_3 = fmaf(a2_3, b3_3, acc23_3);
            acc30_3 = fmaf(a3_3, b0_3, acc30_3);
            acc31_3 = fmaf(a3_3, b1_3, acc31_3);
            acc32_3 = fmaf(a3_3, b2_3, acc32_3);
            acc33_3 = fmaf(a3_3, b3_3, acc33_3);
          }
          __syncthreads();
        }
        const long long om_9 = m0_3 + ty;
        const long long on_33 = n0_3 + tx;
        if (om_9 < M_3 && on_33 < 128LL) {
          const long long o_33 = om_9 * 128 + on_33;
          const int t457_3 = (int)(o_33 % 32);
          const long long t457_q = o_33 / 32;
          const int t457_2 = (int)(t457_q % 4);
          const long long t457_q_2 = t457_q / 4;
          const int t457_1 = (int)(t457_q_2 % d_T);
          const int t457_0 = (int)(t457_q_2 / d_T);
          const int t459_2 = (int)(o_33 % 128);
          const float v55 = acc00_3 + x51[(long long)t459_2];
          y58[(((long long)t457_0 * 4 + t457_2) * d_T + t457_1) * 32 + t457_3] = v55;
          const int t463_3 = (int)(o_33 % 32);
          const long long t463_q = o_33 / 32;
          const int t463_2 = (int)(t463_q % 4);
          const long long t463_q_2 = t463_q / 4;
          const int t463_1 = (int)(t463_q_2 % d_T);
          const int t463_0 = (int)(t463_q_2 / d_T);
          const int t465_2 = (int)(o_33 % 128);
          const float v55_2 = acc00_3 + x51[(long long)t465_2];
          y281[(((long long)t463_0 * 4 + t463_2) * 32 + t463_3) * d_T + t463_1] = v55_2;
        }
        const long long on_34 = n0_3 + tx + 16;
        if (om_9 < M_3 && on_34 < 128LL) {
          const long long o_34 = om_9 * 128 + on_34;
          const int t470_3 = (int)(o_34 % 32);
          const long long t470_q = o_34 / 32;
          const int t470_2 = (int)(t470_q % 4);
          const long long t470_q_2 = t470_q / 4;
          const int t470_1 = (int)(t470_q_2 % d_T);
          const int t470_0 = (int)(t470_q_2 / d_T);
          const int t472_2 = (int)(o_34 % 128);
          const float v55_3 = acc01_3 + x51[(long long)t472_2];
          y58[(((long long)t470_0 * 4 + t470_2) * d_T + t470_1) * 32 + t470_3] = v55_3;
          const int t476_3 = (int)(o_34 % 32);
          const long long t476_q = o_34 / 32;
          const int t476_2 = (int)(t476_q % 4);
          const long long t476_q_2 = t476_q / 4;
          const int t476_1 = (int)(t476_q_2 % d_T);
          const int t476_0 = (int)(t476_q_2 / d_T);
          const int t478_2 = (int)(o_34 % 128);
          const float v55_4 = acc01_3 + x51[(long long)t478_2];
          y281[(((long long)t476_0 * 4 + t476_2) * 32 + t476_3) * d_T + t476_1] = v55_4;
        }
        const long long on_35 = n0_3 + tx + 32;
        if (om_9 < M_3 && on_35 < 128LL) {
          const long long o_35 = om_9 * 128 + on_35;
          const int t483_3 = (int)(o_35 % 32);
          const long long t483_q = o_35 / 32;
          const int t483_2 = (int)(t483_q % 4);
          const long long t483_q_2 = t483_q / 4;
          const int t483_1 = (int)(t483_q_2 % d_T);
          const int t483_0 = (int)(t483_q_2 / d_T);
          const int t485_2 = (int)(o_35 % 128);
          const float v55_5 = acc02_3 + x51[(long long)t485_2];
          y58[(((long long)t483_0 * 4 + t483_2) * d_T + t483_1) * 32 + t483_3] = v55_5;
          const int t489_3 = (int)(o_35 % 32);
          const long long t489_q = o_35 / 32;
          const int t489_2 = (int)(t489_q % 4);
          const long long t489_q_2 = t489_q / 4;
          const int t489_1 = (int)(t489_q_2 % d_T);
          const int t489_0 = (int)(t489_q_2 / d_T);
          const int t491_2 = (int)(o_35 % 128);
          const float v55_6 = acc02_3 + x51[(long long)t491_2];
          y281[(((long long)t489_0 * 4 + t489_2) * 32 + t489_3) * d_T + t489_1] = v55_6;
        }
        const long long on_36 = n0_3 + tx + 48;
        if (om_9 < M_3 && on_36 < 128LL) {
          const long long o_36 = om_9 * 128 + on_36;
          const int t496_3 = (int)(o_36 % 32);
          const long long t496_q = o_36 / 32;
          const int t496_2 = (int)(t496_q % 4);
          const long long t496_q_2 = t496_q / 4;
          const int t496_1 = (int)(t496_q_2 % d_T);
          const int t496_0 = (int)(t496_q_2 / d_T);
          const int t498_2 = (int)(o_36 % 128);
          const float v55_7 = acc03_3 + x51[(long long)t498_2];
          y58[(((long long)t496_0 * 4 + t496_2) * d_T + t496_1) * 32 + t496_3] = v55_7;
          const int t502_3 = (int)(o_36 % 32);
          const long long t502_q = o_36 / 32;
          const int t502_2 = (int)(t502_q % 4);
          const long long t502_q_2 = t502_q / 4;
          const int t502_1 = (int)(t502_q_2 % d_T);
          const int t502_0 = (int)(t502_q_2 / d_T);
          const int t504_2 = (int)(o_36 % 128);
          const float v55_8 = acc03_3 + x51[(long long)t504_2];
          y281[(((long long)t502_0 * 4 + t502_2) * 32 + t502_3) * d_T + t502_1] = v55_8;
        }
        const long long om_10 = m0_3 + ty + 16;
        const long long on_37 = n0_3 + tx;
        if (om_10 < M_3 && on_37 < 128LL) {
          const long long o_37 = om_10 * 128 + on_37;
          const int t509_3 = (int)(o_37 % 32);
          const long long t509_q = o_37 / 32;
          const int t509_2 = (int)(t509_q % 4);
          const long long t509_q_2 = t509_q / 4;
          const int t509_1 = (int)(t509_q_2 % d_T);
          const int t509_0 = (int)(t509_q_2 / d_T);
          const int t511_2 = (int)(o_37 % 128);
          const float v55_9 = acc10_3 + x51[(long long)t511_2];
          y58[(((long long)t509_0 * 4 + t509_2) * d_T + t509_1) * 32 + t509_3] = v55_9;
          const int t515_3 = (int)(o_37 % 32);
          const long long t515_q = o_37 / 32;
          const int t515_2 = (int)(t515_q % 4);
          const long long t515_q_2 = t515_q / 4;
          const int t515_1 = (int)(t515_q_2 % d_T);
          const int t515_0 = (int)(t515_q_2 / d_T);
          const int t517_2 = (int)(o_37 % 128);
          const float v55_10 = acc10_3 + x51[(long long)t517_2];
          y281[(((long long)t515_0 * 4 + t515_2) * 32 + t515_3) * d_T + t515_1] = v55_10;
        }
        const long long on_38 = n0_3 + tx + 16;
        if (om_10 < M_3 && on_38 < 128LL) {
          const long long o_38 = om_10 * 128 + on_38;
          const int t522_3 = (int)(o_38 % 32);
          const long long t522_q = o_38 / 32;
          const int t522_2 = (int)(t522_q % 4);
          const long long t522_q_2 = t522_q / 4;
          const int t522_1 = (int)(t522_q_2 % d_T);
          const int t522_0 = (int)(t522_q_2 / d_T);
          const int t524_2 = (int)(o_38 % 128);
          const float v55_11 = acc11_3 + x51[(long long)t524_2];
          y58[(((long long)t522_0 * 4 + t522_2) * d_T + t522_1) * 32 + t522_3] = v55_11;
          const int t528_3 = (int)(o_38 % 32);
          const long long t528_q = o_38 / 32;
          const int t528_2 = (int)(t528_q % 4);
          const long long t528_q_2 = t528_q / 4;
          const int t528_1 = (int)(t528_q_2 % d_T);
          const int t528_0 = (int)(t528_q_2 / d_T);
          const int t530_2 = (int)(o_38 % 128);
          const float v55_12 = acc11_3 + x51[(long long)t530_2];
          y281[(((long long)t528_0 * 4 + t528_2) * 32 + t528_3) * d_T + t528_1] = v55_12;
        }
        const long long on_39 = n0_3 + tx + 32;
        if (om_10 < M_3 && on_39 < 128LL) {
          const long long o_39 = om_10 * 128 + on_39;
          const int t535_3 = (int)(o_39 % 32);
          const long long t535_q = o_39 / 32;
          const int t535_2 = (int)(t535_q % 4);
          const long long t535_q_2 = t535_q / 4;
          const int t535_1 = (int)(t535_q_2 % d_T);
          const int t535_0 = (int)(t535_q_2 / d_T);
          const int t537_2 = (int)(o_39 % 128);
          const float v55_13 = acc12_3 + x51[(long long)t537_2];
          y58[(((long long)t535_0 * 4 + t535_2) * d_T + t535_1) * 32 + t535_3] = v55_13;
          const int t541_3 = (int)(o_39 % 32);
          const long long t541_q = o_39 / 32;
          const int t541_2 = (int)(t541_q % 4);
          const long long t541_q_2 = t541_q / 4;
          const int t541_1 = (int)(t541_q_2 % d_T);
          const int t541_0 = (int)(t541_q_2 / d_T);
          const int t543_2 = (int)(o_39 % 128);
          const float v55_14 = acc12_3 + x51[(long long)t543_2];
          y281[(((long long)t541_0 * 4 + t541_2) * 32 + t541_3) * d_T + t541_1] = v55_14;
        }
        const long long on_40 = n0_3 + tx + 48;
        if (om_10 < M_3 && on_40 < 128LL) {
          const long long o_40 = om_10 * 128 + on_40;
          const int t548_3 = (int)(o_40 % 32);
          const long long t548_q = o_40 / 32;
          const int t548_2 = (int)(t548_q % 4);
          const long long t548_q_2 = t548_q / 4;
          const int t548_1 = (int)(t548_q_2 % d_T);
          const int t548_0 = (int)(t548_q_2 / d_T);
          const int t550_2 = (int)(o_40 % 128);
          const float v55_15 = acc13_3 + x51[(long long)t550_2];
          y58[(((long long)t548_0 * 4 + t548_2) * d_T + t548_1) * 32 + t548_3] = v55_15;
          const int t554_3 = (int)(o_40 % 32);
          const long long t554_q = o_40 / 32;
          const int t554_2 = (int)(t554_q % 4);
          const long long t554_q_2 = t554_q / 4;
          const int t554_1 = (int)(t554_q_2 % d_T);
          const int t554_0 = (int)(t554_q_2 / d_T);
          const int t556_2 = (int)(o_40 % 128);
          const float v55_16 = acc13_3 + x51[(long long)t556_2];
          y281[(((long long)t554_0 * 4 + t554_2) * 32 + t554_3) * d_T + t554_1] = v55_16;
        }
        const long long om_11 = m0_3 + ty + 32;
        const long long on_41 = n0_3 + tx;
        if (om_11 < M_3 && on_41 < 128LL) {
          const long long o_41 = om_11 * 128 + on_41;
          const int t561_3 = (int)(o_41 % 32);
          const long long t561_q = o_41 / 32;
          const int t561_2 = (int)(t561_q % 4);
          const long long t561_q_2 = t561_q / 4;
          const int t561_1 = (int)(t561_q_2 % d_T);
          const int t561_0 = (int)(t561_q_2 / d_T);
          const int t563_2 = (int)(o_41 % 128);
          const float v55_17 = acc20_3 + x51[(long long)t563_2];
          y58[(((long long)t561_0 * 4 + t561_2) * d_T + t561_1) * 32 + t561_3] = v55_17;
          const int t567_3 = (int)(o_41 % 32);
          const long long t567_q = o_41 / 32;
          const int t567_2 = (int)(t567_q % 4);
          const long long t567_q_2 = t567_q / 4;
          const int t567_1 = (int)(t567_q_2 % d_T);
          const int t567_0 = (int)(t567_q_2 / d_T);
          const int t569_2 = (int)(o_41 % 128);
          const float v55_18 = acc20_3 + x51[(long long)t569_2];
          y281[(((long long)t567_0 * 4 + t567_2) * 32 + t567_3) * d_T + t567_1] = v55_18;
        }
        const long long on_42 = n0_3 + tx + 16;
        if (om_11 < M_3 && on_42 < 128LL) {
          const long long o_42 = om_11 * 128 + on_42;
          const int t574_3 = (int)(o_42 % 32);
          const long long t574_q = o_42 / 32;
          const int t574_2 = (int)(t574_q % 4);
          const long long t574_q_2 = t574_q / 4;
          const int t574_1 = (int)(t574_q_2 % d_T);
          const int t574_0 = (int)(t574_q_2 / d_T);
          const int t576_2 = (int)(o_42 % 128);
          const float v55_19 = acc21_3 + x51[(long long)t576_2];
          y58[(((long long)t574_0 * 4 + t574_2) * d_T + t574_1) * 32 + t574_3] = v55_19;
          const int t580_3 = (int)(o_42 % 32);
          const long long t580_q = o_42 / 32;
          const int t580_2 = (int)(t580_q % 4);
          const long long t580_q_2 = t580_q / 4;
          const int t580_1 = (int)(t580_q_2 % d_T);
          const int t580_0 = (int)(t580_q_2 / d_T);
          const int t582_2 = (int)(o_42 % 128);
          const float v55_20 = acc21_3 + x51[(long long)t582_2];
          y281[(((long long)t580_0 * 4 + t580_2) * 32 + t580_3) * d_T + t580_1] = v55_20;
        }
        const long long on_43 = n0_3 + tx + 32;
        if (om_11 < M_3 && on_43 < 128LL) {
          const long long o_43 = om_11 * 128 + on_43;
          const int t587_3 = (int)(o_43 % 32);
          const long long t587_q = o_43 / 32;
          const int t587_2 = (int)(t587_q % 4);
          const long long t587_q_2 = t587_q / 4;
          const int t587_1 = (int)(t587_q_2 % d_T);
          const int t587_0 = (int)(t587_q_2 / d_T);
          const int t589_2 = (int)(o_43 % 128);
          const float v55_21 = acc22_3 + x51[(long long)t589_2];
          y58[(((long long)t587_0 * 4 + t587_2) * d_T + t587_1) * 32 + t587_3] = v55_21;
          const int t593_3 = (int)(o_43 % 32);
          const long long t593_q = o_43 / 32;
          const int t593_2 = (int)(t593_q % 4);
          const long long t593_q_2 = t593_q / 4;
          const int t593_1 = (int)(t593_q_2 % d_T);
          const int t593_0 = (int)(t593_q_2 / d_T);
          const int t595_2 = (int)(o_43 % 128);
          const float v55_22 = acc22_3 + x51[(long long)t595_2];
          y281[(((long long)t593_0 * 4 + t593_2) * 32 + t593_3) * d_T + t593_1] = v55_22;
        }
        const long long on_44 = n0_3 + tx + 48;
        if (om_11 < M_3 && on_44 < 128LL) {
          const long long o_44 = om_11 * 128 + on_44;
          const int t600_3 = (int)(o_44 % 32);
          const long long t600_q = o_44 / 32;
          const int t600_2 = (int)(t600_q % 4);
          const long long t600_q_2 = t600_q / 4;
          const int t600_1 = (int)(t600_q_2 % d_T);
          const int t600_0 = (int)(t600_q_2 / d_T);
          const int t602_2 = (int)(o_44 % 128);
          const float v55_23 = acc23_3 + x51[(long long)t602_2];
          y58[(((long long)t600_0 * 4 + t600_2) * d_T + t600_1) * 32 + t600_3] = v55_23;
          const int t606_3 = (int)(o_44 % 32);
          const long long t606_q = o_44 / 32;
          const int t606_2 = (int)(t606_q % 4);
          const long long t606_q_2 = t606_q / 4;
          const int t606_1 = (int)(t606_q_2 % d_T);
          const int t606_0 = (int)(t606_q_2 / d_T);
          const int t608_2 = (int)(o_44 % 128);
          const float v55_24 = acc23_3 + x51[(long long)t608_2];
          y281[(((long long)t606_0 * 4 + t606_2) * 32 + t606_3) * d_T + t606_1] = v55_24;
        }
        const long long om_12 = m0_3 + ty + 48;
        const long long on_45 = n0_3 + tx;
        if (om_12 < M_3 && on_45 < 128LL) {
          const long long o_45 = om_12 * 128 + on_45;
          const int t613_3 = (int)(o_45 % 32);
          const long long t613_q = o_45 / 32;
          const int t613_2 = (int)(t613_q % 4);
          const long long t613_q_2 = t613_q / 4;
          const int t613_1 = (int)(t613_q_2 % d_T);
          const int t613_0 = (int)(t613_q_2 / d_T);
          const int t615_2 = (int)(o_45 % 128);
          const float v55_25 = acc30_3 + x51[(long long)t615_2];
          y58[(((long long)t613_0 * 4 + t613_2) * d_T + t613_1) * 32 + t613_3] = v55_25;
          const int t619_3 = (int)(o_45 % 32);
          const long long t619_q = o_45 / 32;
          const int t619_2 = (int)(t619_q % 4);
          const long long t619_q_2 = t619_q / 4;
          const int t619_1 = (int)(t619_q_2 % d_T);
          const int t619_0 = (int)(t619_q_2 / d_T);
          const int t621_2 = (int)(o_45 % 128);
          const float v55_26 = acc30_3 + x51[(long long)t621_2];
          y281[(((long long)t619_0 * 4 + t619_2) * 32 + t619_3) * d_T + t619_1] = v55_26;
        }
        const long long on_46 = n0_3 + tx + 16;
        if (om_12 < M_3 && on_46 < 128LL) {
          const long long o_46 = om_12 * 128 + on_46;
          const int t626_3 = (int)(o_46 % 32);
          const long long t626_q = o_46 / 32;
          const int t626_2 = (int)(t626_q % 4);
          const long long t626_q_2 = t626_q / 4;
          const int t626_1 = (int)(t626_q_2 % d_T);
          const int t626_0 = (int)(t626_q_2 / d_T);
          const int t628_2 = (int)(o_46 % 128);
          const float v55_27 = acc31_3 + x51[(long long)t628_2];
          y58[(((long long)t626_0 * 4 + t626_2) * d_T + t626_1) * 32 + t626_3] = v55_27;
          const int t632_3 = (int)(o_46 % 32);
          const long long t632_q = o_46 / 32;
          const int t632_2 = (int)(t632_q % 4);
          const long long t632_q_2 = t632_q / 4;
          const int t632_1 = (int)(t632_q_2 % d_T);
          const int t632_0 = (int)(t632_q_2 / d_T);
          const int t634_2 = (int)(o_46 % 128);
          const float v55_28 = acc31_3 + x51[(long long)t634_2];
          y281[(((long long)t632_0 * 4 + t632_2) * 32 + t632_3) * d_T + t632_1] = v55_28;
        }
        const long long on_47 = n0_3 + tx + 32;
        if (om_12 < M_3 && on_47 < 128LL) {
          const long long o_47 = om_12 * 128 + on_47;
          const int t639_3 = (int)(o_47 % 32);
          const long long t639_q = o_47 / 32;
          const int t639_2 = (int)(t639_q % 4);
          const long long t639_q_2 = t639_q / 4;
          const int t639_1 = (int)(t639_q_2 % d_T);
          const int t639_0 = (int)(t639_q_2 / d_T);
          const int t641_2 = (int)(o_47 % 128);
          const float v55_29 = acc32_3 + x51[(long long)t641_2];
          y58[(((long long)t639_0 * 4 + t639_2) * d_T + t639_1) * 32 + t639_3] = v55_29;
          const int t645_3 = (int)(o_47 % 32);
          const long long t645_q = o_47 / 32;
          const int t645_2 = (int)(t645_q % 4);
          const long long t645_q_2 = t645_q / 4;
          const int t645_1 = (int)(t645_q_2 % d_T);
          const int t645_0 = (int)(t645_q_2 / d_T);
          const int t647_2 = (int)(o_47 % 128);
          const float v55_30 = acc32_3 + x51[(long long)t647_2];
          y281[(((long long)t645_0 * 4 + t645_2) * 32 + t645_3) * d_T + t645_1] = v55_30;
        }
        const long long on_48 = n0_3 + tx + 48;
        if (om_12 < M_3 && on_48 < 128LL) {
          const long long o_48 = om_12 * 128 + on_48;
          const int t652_3 = (int)(o_48 % 32);
          const long long t652_q = o_48 / 32;
          const int t652_2 = (int)(t652_q % 4);
          const long long t652_q_2 = t652_q / 4;
          const int t652_1 = (int)(t652_q_2 % d_T);
          const int t652_0 = (int)(t652_q_2 / d_T);
          const int t654_2 = (int)(o_48 % 128);
          const float v55_31 = acc33_3 + x51[(long long)t654_2];
          y58[(((long long)t652_0 * 4 + t652_2) * d_T + t652_1) * 32 + t652_3] = v55_31;
          const int t658_3 = (int)(o_48 % 32);
          const long long t658_q = o_48 / 32;
          const int t658_2 = (int)(t658_q % 4);
          const long long t658_q_2 = t658_q / 4;
          const int t658_1 = (int)(t658_q_2 % d_T);
          const int t658_0 = (int)(t658_q_2 / d_T);
          const int t660_2 = (int)(o_48 % 128);
          const float v55_32 = acc33_3 + x51[(long long)t660_2];
          y281[(((long long)t658_0 * 4 + t658_2) * 32 + t658_3) * d_T + t658_1] = v55_32;
        }
      }
    }
  }
}
