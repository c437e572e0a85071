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

/* k89_matmul_permute: 25 IR nodes, tiled: 64x64 outputs per work group of 256 work items
 *   %3 = reshape %0 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %4 = matmul %3, %2 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %5 = reshape %4 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %7 = reshape %6 : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %8 = expand %7 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %9 = add %5, %8 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %10 = reshape %9 : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:135)
 *   %12 = matmul %3, %11 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %13 = reshape %12 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %15 = reshape %14 : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %16 = expand %15 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %17 = add %13, %16 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %18 = reshape %17 : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:136)
 *   %20 = matmul %3, %19 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %21 = reshape %20 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %23 = reshape %22 : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %24 = expand %23 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %25 = add %21, %24 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %26 = reshape %25 : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:137)
 *   %27 = permute %10 perm=[0, 2, 1, 3] : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:149)
 *   %28 = permute %18 perm=[0, 2, 1, 3] : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:150)
 *   %29 = permute %26 perm=[0, 2, 1, 3] : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:151)
 *   %30 = permute %18 perm=[0, 2, 3, 1] : f32[B, 2, 8, T]   ($SRC/stdlib/nn.llm:152)
 *   %73 = permute %26 perm=[0, 2, 3, 1] : f32[B, 2, 8, T]   ($SRC/stdlib/nn.llm:151)
 *   %89 = permute %10 perm=[0, 2, 3, 1] : f32[B, 2, 8, T]   ($SRC/stdlib/nn.llm:149)
 * arguments: x0 = %0; x2 = %2; x6 = %6; x11 = %11; x14 = %14; x19 = %19; x22 = %22; y27 = %27; y28 = %28; y29 = %29; y30 = %30; y73 = %73; y89 = %89; d_B = B; d_T = T
 */
extern "C" __global__ void k89_matmul_permute(const float *__restrict__ x0, const float *__restrict__ x2, const float *__restrict__ x6,
    const float *__restrict__ x11, const float *__restrict__ x14, const float *__restrict__ x19,
    const float *__restrict__ x22, float *__restrict__ y27, float *__restrict__ y28,
    float *__restrict__ y29, float *__restrict__ y30, float *__restrict__ y73,
    float *__restrict__ y89, int d_B, int d_T) {
  __shared__ float As[1024];
  __shared__ float Bs[1024];
  const int lid = (int)threadIdx.x;
  const int tx = lid % 16;
  const int ty = lid / 16;
  const long long tiles = ((long long)d_B * d_T + 63) / 64;
  const long long tiles_2 = ((long long)d_B * d_T + 63) / 64;
  const long long tiles_3 = ((long long)d_B * d_T + 63) / 64;
  const long long tiles_4 = tiles + tiles_2 + tiles_3;
  const long long groups = (long long)d_B * 3;
  for (long long tile = (long long)blockIdx.x; tile < tiles_4; tile += groups) {
    /* sibling 0: %4 */
    if (tile < tiles) {
      const long long M = (long long)d_B * d_T;
      const long long tiles_m = (M + 63) / 64;
      const long long rest = tile % tiles_m;
      const long long m0 = rest * 64;
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
      for (long long k0 = 0LL; k0 < 16LL; k0 += 16) {
        const int am = lid / 16;
        const int ak = lid % 16;
        const long long gm = m0 + am;
        const long long gk = k0 + ak;
        float va = 0.0f;
        if (gm < M && gk < 16LL) {
          const float v3 = x0[gm * 16 + gk];
          va = v3;
        }
        As[ak * 64 + am] = va;
        const int e = lid + 256;
        const int am_2 = e / 16;
        const int ak_2 = e % 16;
        const long long gm_2 = m0 + am_2;
        const long long gk_2 = k0 + ak_2;
        float va_2 = 0.0f;
        if (gm_2 < M && gk_2 < 16LL) {
          const float v3_2 = x0[gm_2 * 16 + gk_2];
          va_2 = v3_2;
        }
        As[ak_2 * 64 + am_2] = va_2;
        const int e_2 = lid + 512;
        const int am_3 = e_2 / 16;
        const int ak_3 = e_2 % 16;
        const long long gm_3 = m0 + am_3;
        const long long gk_3 = k0 + ak_3;
        float va_3 = 0.0f;
        if (gm_3 < M && gk_3 < 16LL) {
          const float v3_3 = x0[gm_3 * 16 + gk_3];
          va_3 = v3_3;
        }
        As[ak_3 * 64 + am_3] = va_3;
        const int e_3 = lid + 768;
        const int am_4 = e_3 / 16;
        const int ak_4 = e_3 % 16;
        const long long gm_4 = m0 + am_4;
        const long long gk_4 = k0 + ak_4;
        float va_4 = 0.0f;
        if (gm_4 < M && gk_4 < 16LL) {
          const float v3_4 = x0[gm_4 * 16 + gk_4];
          va_4 = v3_4;
        }
        As[ak_4 * 64 + am_4] = va_4;
        const int bk = lid / 64;
        const int bn = lid % 64;
        const long long gk_5 = k0 + bk;
        const long long gn = (long long)bn;
        float vb = 0.0f;
        if (gk_5 < 16LL && gn < 16LL) {
          vb = x2[gk_5 * 16 + gn];
        }
        Bs[lid] = vb;
        const int e_4 = lid + 256;
        const int bk_2 = e_4 / 64;
        const int bn_2 = e_4 % 64;
        const long long gk_6 = k0 + bk_2;
        const long long gn_2 = (long long)bn_2;
        float vb_2 = 0.0f;
        if (gk_6 < 16LL && gn_2 < 16LL) {
          vb_2 = x2[gk_6 * 16 + gn_2];
        }
        Bs[e_4] = vb_2;
        const int e_5 = lid + 512;
        const int bk_3 = e_5 / 64;
        const int bn_3 = e_5 % 64;
        const long long gk_7 = k0 + bk_3;
        const long long gn_3 = (long long)bn_3;
        float vb_3 = 0.0f;
        if (gk_7 < 16LL && gn_3 < 16LL) {
          vb_3 = x2[gk_7 * 16 + gn_3];
        }
        Bs[e_5] = vb_3;
        const int e_6 = lid + 768;
        const int bk_4 = e_6 / 64;
        const int bn_4 = e_6 % 64;
        const long long gk_8 = k0 + bk_4;
        const long long gn_4 = (long long)bn_4;
        float vb_4 = 0.0f;
        if (gk_8 < 16LL && gn_4 < 16LL) {
          vb_4 = x2[gk_8 * 16 + gn_4];
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
      const long long on = (long long)tx;
      if (om < M && on < 16LL) {
        const long long o = om * 16 + on;
        const int t15_3 = (int)(o % 8);
        const long long t15_q = o / 8;
        const int t15_2 = (int)(t15_q % 2);
        const long long t15_q_2 = t15_q / 2;
        const int t15_1 = (int)(t15_q_2 % d_T);
        const int t15_0 = (int)(t15_q_2 / d_T);
        const int t17_2 = (int)(o % 16);
        const float v10 = acc00 + x6[(long long)t17_2];
        y27[(((long long)t15_0 * 2 + t15_2) * d_T + t15_1) * 8 + t15_3] = v10;
        const int t21_3 = (int)(o % 8);
        const long long t21_q = o / 8;
        const int t21_2 = (int)(t21_q % 2);
        const long long t21_q_2 = t21_q / 2;
        const int t21_1 = (int)(t21_q_2 % d_T);
        const int t21_0 = (int)(t21_q_2 / d_T);
        const int t23_2 = (int)(o % 16);
        const float v10_2 = acc00 + x6[(long long)t23_2];
        y89[(((long long)t21_0 * 2 + t21_2) * 8 + t21_3) * d_T + t21_1] = v10_2;
      }
      const long long on_2 = (long long)tx + 16;
      if (om < M && on_2 < 16LL) {
        const long long o_2 = om * 16 + on_2;
        const int t28_3 = (int)(o_2 % 8);
        const long long t28_q = o_2 / 8;
        const int t28_2 = (int)(t28_q % 2);
        const long long t28_q_2 = t28_q / 2;
        const int t28_1 = (int)(t28_q_2 % d_T);
        const int t28_0 = (int)(t28_q_2 / d_T);
        const int t30_2 = (int)(o_2 % 16);
        const float v10_3 = acc01 + x6[(long long)t30_2];
        y27[(((long long)t28_0 * 2 + t28_2) * d_T + t28_1) * 8 + t28_3] = v10_3;
        const int t34_3 = (int)(o_2 % 8);
        const long long t34_q = o_2 / 8;
        const int t34_2 = (int)(t34_q % 2);
        const long long t34_q_2 = t34_q / 2;
        const int t34_1 = (int)(t34_q_2 % d_T);
        const int t34_0 = (int)(t34_q_2 / d_T);
        const int t36_2 = (int)(o_2 % 16);
        const float v10_4 = acc01 + x6[(long long)t36_2];
        y89[(((long long)t34_0 * 2 + t34_2) * 8 + t34_3) * d_T + t34_1] = v10_4;
      }
      const long long on_3 = (long long)tx + 32;
      if (om < M && on_3 < 16LL) {
        const long long o_3 = om * 16 + on_3;
        const int t41_3 = (int)(o_3 % 8);
        const long long t41_q = o_3 / 8;
        const int t41_2 = (int)(t41_q % 2);
        const long long t41_q_2 = t41_q / 2;
        const int t41_1 = (int)(t41_q_2 % d_T);
        const int t41_0 = (int)(t41_q_2 / d_T);
        const int t43_2 = (int)(o_3 % 16);
        const float v10_5 = acc02 + x6[(long long)t43_2];
        y27[(((long long)t41_0 * 2 + t41_2) * d_T + t41_1) * 8 + t41_3] = v10_5;
        const int t47_3 = (int)(o_3 % 8);
        const long long t47_q = o_3 / 8;
        const int t47_2 = (int)(t47_q % 2);
        const long long t47_q_2 = t47_q / 2;
        const int t47_1 = (int)(t47_q_2 % d_T);
        const int t47_0 = (int)(t47_q_2 / d_T);
        const int t49_2 = (int)(o_3 % 16);
        const float v10_6 = acc02 + x6[(long long)t49_2];
        y89[(((long long)t47_0 * 2 + t47_2) * 8 + t47_3) * d_T + t47_1] = v10_6;
      }
      const long long on_4 = (long long)tx + 48;
      if (om < M && on_4 < 16LL) {
        const long long o_4 = om * 16 + on_4;
        const int t54_3 = (int)(o_4 % 8);
        const long long t54_q = o_4 / 8;
        const int t54_2 = (int)(t54_q % 2);
        const long long t54_q_2 = t54_q / 2;
        const int t54_1 = (int)(t54_q_2 % d_T);
        const int t54_0 = (int)(t54_q_2 / d_T);
        const int t56_2 = (int)(o_4 % 16);
        const float v10_7 = acc03 + x6[(long long)t56_2];
        y27[(((long long)t54_0 * 2 + t54_2) * d_T + t54_1) * 8 + t54_3] = v10_7;
        const int t60_3 = (int)(o_4 % 8);
        const long long t60_q = o_4 / 8;
        const int t60_2 = (int)(t60_q % 2);
        const long long t60_q_2 = t60_q / 2;
        const int t60_1 = (int)(t60_q_2 % d_T);
        const int t60_0 = (int)(t60_q_2 / d_T);
        const int t62_2 = (int)(o_4 % 16);
        const float v10_8 = acc03 + x6[(long long)t62_2];
        y89[(((long long)t60_0 * 2 + t60_2) * 8 + t60_3) * d_T + t60_1] = v10_8;
      }
      const long long om_2 = m0 + ty + 16;
      const long long on_5 = (long long)tx;
      if (om_2 < M && on_5 < 16LL) {
        const long long o_5 = om_2 * 16 + on_5;
        const int t67_3 = (int)(o_5 % 8);
        const long long t67_q = o_5 / 8;
        const int t67_2 = (int)(t67_q % 2);
        const long long t67_q_2 = t67_q / 2;
        const int t67_1 = (int)(t67_q_2 % d_T);
        const int t67_0 = (int)(t67_q_2 / d_T);
        const int t69_2 = (int)(o_5 % 16);
        const float v10_9 = acc10 + x6[(long long)t69_2];
        y27[(((long long)t67_0 * 2 + t67_2) * d_T + t67_1) * 8 + t67_3] = v10_9;
        const int t73_3 = (int)(o_5 % 8);
        const long long t73_q = o_5 / 8;
        const int t73_2 = (int)(t73_q % 2);
        const long long t73_q_2 = t73_q / 2;
        const int t73_1 = (int)(t73_q_2 % d_T);
        const int t73_0 = (int)(t73_q_2 / d_T);
        const int t75_2 = (int)(o_5 % 16);
        const float v10_10 = acc10 + x6[(long long)t75_2];
        y89[(((long long)t73_0 * 2 + t73_2) * 8 + t73_3) * d_T + t73_1] = v10_10;
      }
      const long long on_6 = (long long)tx + 16;
      if (om_2 < M && on_6 < 16LL) {
        const long long o_6 = om_2 * 16 + on_6;
        const int t80_3 = (int)(o_6 % 8);
        const long long t80_q = o_6 / 8;
        const int t80_2 = (int)(t80_q % 2);
        const long long t80_q_2 = t80_q / 2;
        const int t80_1 = (int)(t80_q_2 % d_T);
        const int t80_0 = (int)(t80_q_2 / d_T);
        const int t82_2 = (int)(o_6 % 16);
        const float v10_11 = acc11 + x6[(long long)t82_2];
        y27[(((long long)t80_0 * 2 + t80_2) * d_T + t80_1) * 8 + t80_3] = v10_11;
        const int t86_3 = (int)(o_6 % 8);
        const long long t86_q = o_6 / 8;
        const int t86_2 = (int)(t86_q % 2);
        const long long t86_q_2 = t86_q / 2;
        const int t86_1 = (int)(t86_q_2 % d_T);
        const int t86_0 = (int)(t86_q_2 / d_T);
        const int t88_2 = (int)(o_6 % 16);
        const float v10_12 = acc11 + x6[(long long)t88_2];
        y89[(((long long)t86_0 * 2 + t86_2) * 8 + t86_3) * d_T + t86_1] = v10_12;
      }
      const long long on_7 = (long long)tx + 32;
      if (om_2 < M && on_7 < 16LL) {
        const long long o_7 = om_2 * 16 + on_7;
        const int t93_3 = (int)(o_7 % 8);
        const long long t93_q = o_7 / 8;
        const int t93_2 = (int)(t93_q % 2);
        const long long t93_q_2 = t93_q / 2;
        const int t93_1 = (int)(t93_q_2 % d_T);
        const int t93_0 = (int)(t93_q_2 / d_T);
        const int t95_2 = (int)(o_7 % 16);
        const float v10_13 = acc12 + x6[(long long)t95_2];
        y27[(((long long)t93_0 * 2 + t93_2) * d_T + t93_1) * 8 + t93_3] = v10_13;
        const int t99_3 = (int)(o_7 % 8);
        const long long t99_q = o_7 / 8;
        const int t99_2 = (int)(t99_q % 2);
        const long long t99_q_2 = t99_q / 2;
        const int t99_1 = (int)(t99_q_2 % d_T);
        const int t99_0 = (int)(t99_q_2 / d_T);
        const int t101_2 = (int)(o_7 % 16);
        const float v10_14 = acc12 + x6[(long long)t101_2];
        y89[(((long long)t99_0 * 2 + t99_2) * 8 + t99_3) * d_T + t99_1] = v10_14;
      }
      const long long on_8 = (long long)tx + 48;
      if (om_2 < M && on_8 < 16LL) {
        const long long o_8 = om_2 * 16 + on_8;
        const int t106_3 = (int)(o_8 % 8);
        const long long t106_q = o_8 / 8;
        const int t106_2 = (int)(t106_q % 2);
        const long long t106_q_2 = t106_q / 2;
        const int t106_1 = (int)(t106_q_2 % d_T);
        const int t106_0 = (int)(t106_q_2 / d_T);
        const int t108_2 = (int)(o_8 % 16);
        const float v10_15 = acc13 + x6[(long long)t108_2];
        y27[(((long long)t106_0 * 2 + t106_2) * d_T + t106_1) * 8 + t106_3] = v10_15;
        const int t112_3 = (int)(o_8 % 8);
        const long long t112_q = o_8 / 8;
        const int t112_2 = (int)(t112_q % 2);
        const long long t112_q_2 = t112_q / 2;
        const int t112_1 = (int)(t112_q_2 % d_T);
        const int t112_0 = (int)(t112_q_2 / d_T);
        const int t114_2 = (int)(o_8 % 16);
        const float v10_16 = acc13 + x6[(long long)t114_2];
        y89[(((long long)t112_0 * 2 + t112_2) * 8 + t112_3) * d_T + t112_1] = v10_16;
      }
      const long long om_3 = m0 + ty + 32;
      const long long on_9 = (long long)tx;
      if (om_3 < M && on_9 < 16LL) {
        const long long o_9 = om_3 * 16 + on_9;
        const int t119_3 = (int)(o_9 % 8);
        const long long t119_q = o_9 / 8;
        const int t119_2 = (int)(t119_q % 2);
        const long long t119_q_2 = t119_q / 2;
        const int t119_1 = (int)(t119_q_2 % d_T);
        const int t119_0 = (int)(t119_q_2 / d_T);
        const int t121_2 = (int)(o_9 % 16);
        const float v10_17 = acc20 + x6[(long long)t121_2];
        y27[(((long long)t119_0 * 2 + t119_2) * d_T + t119_1) * 8 + t119_3] = v10_17;
        const int t125_3 = (int)(o_9 % 8);
        const long long t125_q = o_9 / 8;
        const int t125_2 = (int)(t125_q % 2);
        const long long t125_q_2 = t125_q / 2;
        const int t125_1 = (int)(t125_q_2 % d_T);
        const int t125_0 = (int)(t125_q_2 / d_T);
        const int t127_2 = (int)(o_9 % 16);
        const float v10_18 = acc20 + x6[(long long)t127_2];
        y89[(((long long)t125_0 * 2 + t125_2) * 8 + t125_3) * d_T + t125_1] = v10_18;
      }
      const long long on_10 = (long long)tx + 16;
      if (om_3 < M && on_10 < 16LL) {
        const long long o_10 = om_3 * 16 + on_10;
        const int t132_3 = (int)(o_10 % 8);
        const long long t132_q = o_10 / 8;
        const int t132_2 = (int)(t132_q % 2);
        const long long t132_q_2 = t132_q / 2;
        const int t132_1 = (int)(t132_q_2 % d_T);
        const int t132_0 = (int)(t132_q_2 / d_T);
        const int t134_2 = (int)(o_10 % 16);
        const float v10_19 = acc21 + x6[(long long)t134_2];
        y27[(((long long)t132_0 * 2 + t132_2) * d_T + t132_1) * 8 + t132_3] = v10_19;
        const int t138_3 = (int)(o_10 % 8);
        const long long t138_q = o_10 / 8;
        const int t138_2 = (int)(t138_q % 2);
        const long long t138_q_2 = t138_q / 2;
        const int t138_1 = (int)(t138_q_2 % d_T);
        const int t138_0 = (int)(t138_q_2 / d_T);
        const int t140_2 = (int)(o_10 % 16);
        const float v10_20 = acc21 + x6[(long long)t140_2];
        y89[(((long long)t138_0 * 2 + t138_2) * 8 + t138_3) * d_T + t138_1] = v10_20;
      }
      const long long on_11 = (long long)tx + 32;
      if (om_3 < M && on_11 < 16LL) {
        const long long o_11 = om_3 * 16 + on_11;
        const int t145_3 = (int)(o_11 % 8);
        const long long t145_q = o_11 / 8;
        const int t145_2 = (int)(t145_q % 2);
        const long long t145_q_2 = t145_q / 2;
        const int t145_1 = (int)(t145_q_2 % d_T);
        const int t145_0 = (int)(t145_q_2 / d_T);
        const int t147_2 = (int)(o_11 % 16);
        const float v10_21 = acc22 + x6[(long long)t147_2];
        y27[(((long long)t145_0 * 2 + t145_2) * d_T + t145_1) * 8 + t145_3] = v10_21;
        const int t151_3 = (int)(o_11 % 8);
        const long long t151_q = o_11 / 8;
        const int t151_2 = (int)(t151_q % 2);
        const long long t151_q_2 = t151_q / 2;
        const int t151_1 = (int)(t151_q_2 % d_T);
        const int t151_0 = (int)(t151_q_2 / d_T);
        const int t153_2 = (int)(o_11 % 16);
        const float v10_22 = acc22 + x6[(long long)t153_2];
        y89[(((long long)t151_0 * 2 + t151_2) * 8 + t151_3) * d_T + t151_1] = v10_22;
      }
      const long long on_12 = (long long)tx + 48;
      if (om_3 < M && on_12 < 16LL) {
        const long long o_12 = om_3 * 16 + on_12;
        const int t158_3 = (int)(o_12 % 8);
        const long long t158_q = o_12 / 8;
        const int t158_2 = (int)(t158_q % 2);
        const long long t158_q_2 = t158_q / 2;
        const int t158_1 = (int)(t158_q_2 % d_T);
        const int t158_0 = (int)(t158_q_2 / d_T);
        const int t160_2 = (int)(o_12 % 16);
        const float v10_23 = acc23 + x6[(long long)t160_2];
        y27[(((long long)t158_0 * 2 + t158_2) * d_T + t158_1) * 8 + t158_3] = v10_23;
        const int t164_3 = (int)(o_12 % 8);
        const long long t164_q = o_12 / 8;
        const int t164_2 = (int)(t164_q % 2);
        const long long t164_q_2 = t164_q / 2;
        const int t164_1 = (int)(t164_q_2 % d_T);
        const int t164_0 = (int)(t164_q_2 / d_T);
        const int t166_2 = (int)(o_12 % 16);
        const float v10_24 = acc23 + x6[(long long)t166_2];
        y89[(((long long)t164_0 * 2 + t164_2) * 8 + t164_3) * d_T + t164_1] = v10_24;
      }
      const long long om_4 = m0 + ty + 48;
      const long long on_13 = (long long)tx;
      if (om_4 < M && on_13 < 16LL) {
        const long long o_13 = om_4 * 16 + on_13;
        const int t171_3 = (int)(o_13 % 8);
        const long long t171_q = o_13 / 8;
        const int t171_2 = (int)(t171_q % 2);
        const long long t171_q_2 = t171_q / 2;
        const int t171_1 = (int)(t171_q_2 % d_T);
        const int t171_0 = (int)(t171_q_2 / d_T);
        const int t173_2 = (int)(o_13 % 16);
        const float v10_25 = acc30 + x6[(long long)t173_2];
        y27[(((long long)t171_0 * 2 + t171_2) * d_T + t171_1) * 8 + t171_3] = v10_25;
        const int t177_3 = (int)(o_13 % 8);
        const long long t177_q = o_13 / 8;
        const int t177_2 = (int)(t177_q % 2);
        const long long t177_q_2 = t177_q / 2;
        const int t177_1 = (int)(t177_q_2 % d_T);
        const int t177_0 = (int)(t177_q_2 / d_T);
        const int t179_2 = (int)(o_13 % 16);
        const float v10_26 = acc30 + x6[(long long)t179_2];
        y89[(((long long)t177_0 * 2 + t177_2) * 8 + t177_3) * d_T + t177_1] = v10_26;
      }
      const long long on_14 = (long long)tx + 16;
      if (om_4 < M && on_14 < 16LL) {
        const long long o_14 = om_4 * 16 + on_14;
        const int t184_3 = (int)(o_14 % 8);
        const long long t184_q = o_14 / 8;
        const int t184_2 = (int)(t184_q % 2);
        const long long t184_q_2 = t184_q / 2;
        const int t184_1 = (int)(t184_q_2 % d_T);
        const int t184_0 = (int)(t184_q_2 / d_T);
        const int t186_2 = (int)(o_14 % 16);
        const float v10_27 = acc31 + x6[(long long)t186_2];
        y27[(((long long)t184_0 * 2 + t184_2) * d_T + t184_1) * 8 + t184_3] = v10_27;
        const int t190_3 = (int)(o_14 % 8);
        const long long t190_q = o_14 / 8;
        const int t190_2 = (int)(t190_q % 2);
        const long long t190_q_2 = t190_q / 2;
        const int t190_1 = (int)(t190_q_2 % d_T);
        const int t190_0 = (int)(t190_q_2 / d_T);
        const int t192_2 = (int)(o_14 % 16);
        const float v10_28 = acc31 + x6[(long long)t192_2];
        y89[(((long long)t190_0 * 2 + t190_2) * 8 + t190_3) * d_T + t190_1] = v10_28;
      }
      const long long on_15 = (long long)tx + 32;
      if (om_4 < M && on_15 < 16LL) {
        const long long o_15 = om_4 * 16 + on_15;
        const int t197_3 = (int)(o_15 % 8);
        const long long t197_q = o_15 / 8;
        const int t197_2 = (int)(t197_q % 2);
        const long long t197_q_2 = t197_q / 2;
        const int t197_1 = (int)(t197_q_2 % d_T);
        const int t197_0 = (int)(t197_q_2 / d_T);
        const int t199_2 = (int)(o_15 % 16);
        const float v10_29 = acc32 + x6[(long long)t199_2];
        y27[(((long long)t197_0 * 2 + t197_2) * d_T + t197_1) * 8 + t197_3] = v10_29;
        const int t203_3 = (int)(o_15 % 8);
        const long long t203_q = o_15 / 8;
        const int t203_2 = (int)(t203_q % 2);
        const long long t203_q_2 = t203_q / 2;
        const int t203_1 = (int)(t203_q_2 % d_T);
        const int t203_0 = (int)(t203_q_2 / d_T);
        const int t205_2 = (int)(o_15 % 16);
        const float v10_30 = acc32 + x6[(long long)t205_2];
        y89[(((long long)t203_0 * 2 + t203_2) * 8 + t203_3) * d_T + t203_1] = v10_30;
      }
      const long long on_16 = (long long)tx + 48;
      if (om_4 < M && on_16 < 16LL) {
        const long long o_16 = om_4 * 16 + on_16;
        const int t210_3 = (int)(o_16 % 8);
        const long long t210_q = o_16 / 8;
        const int t210_2 = (int)(t210_q % 2);
        const long long t210_q_2 = t210_q / 2;
        const int t210_1 = (int)(t210_q_2 % d_T);
        const int t210_0 = (int)(t210_q_2 / d_T);
        const int t212_2 = (int)(o_16 % 16);
        const float v10_31 = acc33 + x6[(long long)t212_2];
        y27[(((long long)t210_0 * 2 + t210_2) * d_T + t210_1) * 8 + t210_3] = v10_31;
        const int t216_3 = (int)(o_16 % 8);
        const long long t216_q = o_16 / 8;
        const int t216_2 = (int)(t216_q % 2);
        const long long t216_q_2 = t216_q / 2;
        const int t216_1 = (int)(t216_q_2 % d_T);
        const int t216_0 = (int)(t216_q_2 / d_T);
        const int t218_2 = (int)(o_16 % 16);
        const float v10_32 = acc33 + x6[(long long)t218_2];
        y89[(((long long)t216_0 * 2 + t216_2) * 8 + t216_3) * d_T + t216_1] = v10_32;
      }
    } else {
      /* sibling 1: %12 */
      if (tile < tiles + tiles_2) {
        const long long tl = tile - tiles;
        const long long M_2 = (long long)d_B * d_T;
        const long long tiles_m_2 = (M_2 + 63) / 64;
        const long long rest_2 = tl % tiles_m_2;
        const long long m0_2 = rest_2 * 64;
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
        for (long long k0_2 = 0LL; k0_2 < 16LL; k0_2 += 16) {
          const int am_5 = lid / 16;
          const int ak_5 = lid % 16;
          const long long gm_5 = m0_2 + am_5;
          const long long gk_9 = k0_2 + ak_5;
          float va_5 = 0.0f;
          if (gm_5 < M_2 && gk_9 < 16LL) {
            const float v3_5 = x0[gm_5 * 16 + gk_9];
            va_5 = v3_5;
          }
          As[ak_5 * 64 + am_5] = va_5;
          const int e_7 = lid + 256;
          const int am_6 = e_7 / 16;
          const int ak_6 = e_7 % 16;
          const long long gm_6 = m0_2 + am_6;
          const long long gk_10 = k0_2 + ak_6;
          float va_6 = 0.0f;
          if (gm_6 < M_2 && gk_10 < 16LL) {
            const float v3_6 = x0[gm_6 * 16 + gk_10];
            va_6 = v3_6;
          }
          As[ak_6 * 64 + am_6] = va_6;
          const int e_8 = lid + 512;
          const int am_7 = e_8 / 16;
          const int ak_7 = e_8 % 16;
          const long long gm_7 = m0_2 + am_7;
          const long long gk_11 = k0_2 + ak_7;
          float va_7 = 0.0f;
          if (gm_7 < M_2 && gk_11 < 16LL) {
            const float v3_7 = x0[gm_7 * 16 + gk_11];
            va_7 = v3_7;
          }
          As[ak_7 * 64 + am_7] = va_7;
          const int e_9 = lid + 768;
          const int am_8 = e_9 / 16;
          const int ak_8 = e_9 % 16;
          const long long gm_8 = m0_2 + am_8;
          const long long gk_12 = k0_2 + ak_8;
          float va_8 = 0.0f;
          if (gm_8 < M_2 && gk_12 < 16LL) {
            const float v3_8 = x0[gm_8 * 16 + gk_12];
            va_8 = v3_8;
          }
          As[ak_8 * 64 + am_8] = va_8;
          const int bk_5 = lid / 64;
          const int bn_5 = lid % 64;
          const long long gk_13 = k0_2 + bk_5;
          const long long gn_5 = (long long)bn_5;
          float vb_5 = 0.0f;
          if (gk_13 < 16LL && gn_5 < 16LL) {
            vb_5 = x11[gk_13 * 16 + gn_5];
          }
          Bs[lid] = vb_5;
          const int e_10 = lid + 256;
          const int bk_6 = e_10 / 64;
          const int bn_6 = e_10 % 64;
          const long long gk_14 = k0_2 + bk_6;
          const long long gn_6 = (long long)bn_6;
          float vb_6 = 0.0f;
          if (gk_14 < 16LL && gn_6 < 16LL) {
            vb_6 = x11[gk_14 * 16 + gn_6];
          }
          Bs[e_10] = vb_6;
          const int e_11 = lid + 512;
          const int bk_7 = e_11 / 64;
          const int bn_7 = e_11 % 64;
          const long long gk_15 = k0_2 + bk_7;
          const long long gn_7 = (long long)bn_7;
          float vb_7 = 0.0f;
          if (gk_15 < 16LL && gn_7 < 16LL) {
            vb_7 = x11[gk_15 * 16 + gn_7];
          }
          Bs[e_11] = vb_7;
          const int e_12 = lid + 768;
          const int bk_8 = e_12 / 64;
          const int bn_8 = e_12 % 64;
          const long long gk_16 = k0_2 + bk_8;
          const long long gn_8 = (long long)bn_8;
          float vb_8 = 0.0f;
          if (gk_16 < 16LL && gn_8 < 16LL) {
            vb_8 = x11[gk_16 * 16 + gn_8];
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
        const long long on_17 = (long long)tx;
        if (om_5 < M_2 && on_17 < 16LL) {
          const long long o_17 = om_5 * 16 + on_17;
          const int t236_3 = (int)(o_17 % 8);
          const long long t236_q = o_17 / 8;
          const int t236_2 = (int)(t236_q % 2);
          const long long t236_q_2 = t236_q / 2;
          const int t236_1 = (int)(t236_q_2 % d_T);
          const int t236_0 = (int)(t236_q_2 / d_T);
          const int t238_2 = (int)(o_17 % 16);
          const float v18 = acc00_2 + x14[(long long)t238_2];
          y28[(((long long)t236_0 * 2 + t236_2) * d_T + t236_1) * 8 + t236_3] = v18;
          const int t242_3 = (int)(o_17 % 8);
          const long long t242_q = o_17 / 8;
          const int t242_2 = (int)(t242_q % 2);
          const long long t242_q_2 = t242_q / 2;
          const int t242_1 = (int)(t242_q_2 % d_T);
          const int t242_0 = (int)(t242_q_2 / d_T);
          const int t244_2 = (int)(o_17 % 16);
          const float v18_2 = acc00_2 + x14[(long long)t244_2];
          y30[(((long long)t242_0 * 2 + t242_2) * 8 + t242_3) * d_T + t242_1] = v18_2;
        }
        const long long on_18 = (long long)tx + 16;
        if (om_5 < M_2 && on_18 < 16LL) {
          const long long o_18 = om_5 * 16 + on_18;
          const int t249_3 = (int)(o_18 % 8);
          const long long t249_q = o_18 / 8;
          const int t249_2 = (int)(t249_q % 2);
          const long long t249_q_2 = t249_q / 2;
          const int t249_1 = (int)(t249_q_2 % d_T);
          const int t249_0 = (int)(t249_q_2 / d_T);
          const int t251_2 = (int)(o_18 % 16);
          const float v18_3 = acc01_2 + x14[(long long)t251_2];
          y28[(((long long)t249_0 * 2 + t249_2) * d_T + t249_1) * 8 + t249_3] = v18_3;
          const int t255_3 = (int)(o_18 % 8);
          const long long t255_q = o_18 / 8;
          const int t255_2 = (int)(t255_q % 2);
          const long long t255_q_2 = t255_q / 2;
          const int t255_1 = (int)(t255_q_2 % d_T);
          const int t255_0 = (int)(t255_q_2 / d_T);
          const int t257_2 = (int)(o_18 % 16);
          const float v18_4 = acc01_2 + x14[(long long)t257_2];
          y30[(((long long)t255_0 * 2 + t255_2) * 8 + t255_3) * d_T + t255_1] = v18_4;
        }
        const long long on_19 = (long long)tx + 32;
        if (om_5 < M_2 && on_19 < 16LL) {
          const long long o_19 = om_5 * 16 + on_19;
          const int t262_3 = (int)(o_19 % 8);
          const long long t262_q = o_19 / 8;
          const int t262_2 = (int)(t262_q % 2);
          const long long t262_q_2 = t262_q / 2;
          const int t262_1 = (int)(t262_q_2 % d_T);
          const int t262_0 = (int)(t262_q_2 / d_T);
          const int t264_2 = (int)(o_19 % 16);
          const float v18_5 = acc02_2 + x14[(long long)t264_2];
          y28[(((long long)t262_0 * 2 + t262_2) * d_T + t262_1) * 8 + t262_3] = v18_5;
          const int t268_3 = (int)(o_19 % 8);
          const long long t268_q = o_19 / 8;
          const int t268_2 = (int)(t268_q % 2);
          const long long t268_q_2 = t268_q / 2;
          const int t268_1 = (int)(t268_q_2 % d_T);
          const int t268_0 = (int)(t268_q_2 / d_T);
          const int t270_2 = (int)(o_19 % 16);
          const float v18_6 = acc02_2 + x14[(long long)t270_2];
          y30[(((long long)t268_0 * 2 + t268_2) * 8 + t268_3) * d_T + t268_1] = v18_6;
        }
        const long long on_20 = (long long)tx + 48;
        if (om_5 < M_2 && on_20 < 16LL) {
          const long long o_20 = om_5 * 16 + on_20;
          const int t275_3 = (int)(o_20 % 8);
          const long long t275_q = o_20 / 8;
          const int t275_2 = (int)(t275_q % 2);
          const long long t275_q_2 = t275_q / 2;
          const int t275_1 = (int)(t275_q_2 % d_T);
          const int t275_0 = (int)(t275_q_2 / d_T);
          const int t277_2 = (int)(o_20 % 16);
          const float v18_7 = acc03_2 + x14[(long long)t277_2];
          y28[(((long long)t275_0 * 2 + t275_2) * d_T + t275_1) * 8 + t275_3] = v18_7;
          const int t281_3 = (int)(o_20 % 8);
          const long long t281_q = o_20 / 8;
          const int t281_2 = (int)(t281_q % 2);
          const long long t281_q_2 = t281_q / 2;
          const int t281_1 = (int)(t281_q_2 % d_T);
          const int t281_0 = (int)(t281_q_2 / d_T);
          const int t283_2 = (int)(o_20 % 16);
          const float v18_8 = acc03_2 + x14[(long long)t283_2];
          y30[(((long long)t281_0 * 2 + t281_2) * 8 + t281_3) * d_T + t281_1] = v18_8;
        }
        const long long om_6 = m0_2 + ty + 16;
        const long long on_21 = (long long)tx;
        if (om_6 < M_2 && on_21 < 16LL) {
          const long long o_21 = om_6 * 16 + on_21;
          const int t288_3 = (int)(o_21 % 8);
          const long long t288_q = o_21 / 8;
          const int t288_2 = (int)(t288_q % 2);
          const long long t288_q_2 = t288_q / 2;
          const int t288_1 = (int)(t288_q_2 % d_T);
          const int t288_0 = (int)(t288_q_2 / d_T);
          const int t290_2 = (int)(o_21 % 16);
          const float v18_9 = acc10_2 + x14[(long long)t290_2];
          y28[(((long long)t288_0 * 2 + t288_2) * d_T + t288_1) * 8 + t288_3] = v18_9;
          const int t294_3 = (int)(o_21 % 8);
          const long long t294_q = o_21 / 8;
          const int t294_2 = (int)(t294_q % 2);
          const long long t294_q_2 = t294_q / 2;
          const int t294_1 = (int)(t294_q_2 % d_T);
          const int t294_0 = (int)(t294_q_2 / d_T);
          const int t296_2 = (int)(o_21 % 16);
          const float v18_10 = acc10_2 + x14[(long long)t296_2];
          y30[(((long long)t294_0 * 2 + t294_2) * 8 + t294_3) * d_T + t294_1] = v18_10;
        }
        const long long on_22 = (long long)tx + 16;
        if (om_6 < M_2 && on_22 < 16LL) {
          const long long o_22 = om_6 * 16 + on_22;
          const int t301_3 = (int)(o_22 % 8);
          const long long t301_q = o_22 / 8;
          const int t301_2 = (int)(t301_q % 2);
          const long long t301_q_2 = t301_q / 2;
          const int t301_1 = (int)(t301_q_2 % d_T);
          const int t301_0 = (int)(t301_q_2 / d_T);
          const int t303_2 = (int)(o_22 % 16);
          const float v18_11 = acc11_2 + x14[(long long)t303_2];
          y28[(((long long)t301_0 * 2 + t301_2) * d_T + t301_1) * 8 + t301_3] = v18_11;
          const int t307_3 = (int)(o_22 % 8);
          const long long t307_q = o_22 / 8;
          const int t307_2 = (int)(t307_q % 2);
          const long long t307_q_2 = t307_q / 2;
          const int t307_1 = (int)(t307_q_2 % d_T);
          const int t307_0 = (int)(t307_q_2 / d_T);
          const int t309_2 = (int)(o_22 % 16);
          const float v18_12 = acc11_2 + x14[(long long)t309_2];
          y30[(((long long)t307_0 * 2 + t307_2) * 8 + t307_3) * d_T + t307_1] = v18_12;
        }
        const long long on_23 = (long long)tx + 32;
        if (om_6 < M_2 && on_23 < 16LL) {
          const long long o_23 = om_6 * 16 + on_23;
          const int t314_3 = (int)(o_23 % 8);
          const long long t314_q = o_23 / 8;
          const int t314_2 = (int)(t314_q % 2);
          const long long t314_q_2 = t314_q / 2;
          const int t314_1 = (int)(t314_q_2 % d_T);
          const int t314_0 = (int)(t314_q_2 / d_T);
          const int t316_2 = (int)(o_23 % 16);
          const float v18_13 = acc12_2 + x14[(long long)t316_2];
          y28[(((long long)t314_0 * 2 + t314_2) * d_T + t314_1) * 8 + t314_3] = v18_13;
          const int t320_3 = (int)(o_23 % 8);
          const long long t320_q = o_23 / 8;
          const int t320_2 = (int)(t320_q % 2);
          const long long t320_q_2 = t320_q / 2;
          const int t320_1 = (int)(t320_q_2 % d_T);
          const int t320_0 = (int)(t320_q_2 / d_T);
          const int t322_2 = (int)(o_23 % 16);
          const float v18_14 = acc12_2 + x14[(long long)t322_2];
          y30[(((long long)t320_0 * 2 + t320_2) * 8 + t320_3) * d_T + t320_1] = v18_14;
        }
        const long long on_24 = (long long)tx + 48;
        if (om_6 < M_2 && on_24 < 16LL) {
          const long long o_24 = om_6 * 16 + on_24;
          const int t327_3 = (int)(o_24 % 8);
          const long long t327_q = o_24 / 8;
          const int t327_2 = (int)(t327_q % 2);
          const long long t327_q_2 = t327_q / 2;
          const int t327_1 = (int)(t327_q_2 % d_T);
          const int t327_0 = (int)(t327_q_2 / d_T);
          const int t329_2 = (int)(o_24 % 16);
          const float v18_15 = acc13_2 + x14[(long long)t329_2];
          y28[(((long long)t327_0 * 2 + t327_2) * d_T + t327_1) * 8 + t327_3] = v18_15;
          const int t333_3 = (int)(o_24 % 8);
          const long long t333_q = o_24 / 8;
          const int t333_2 = (int)(t333_q % 2);
          const long long t333_q_2 = t333_q / 2;
          const int t333_1 = (int)(t333_q_2 % d_T);
          const int t333_0 = (int)(t333_q_2 / d_T);
          const int t335_2 = (int)(o_24 % 16);
          const float v18_16 = acc13_2 + x14[(long long)t335_2];
          y30[(((long long)t333_0 * 2 + t333_2) * 8 + t333_3) * d_T + t333_1] = v18_16;
        }
        const long long om_7 = m0_2 + ty + 32;
        const long long on_25 = (long long)tx;
        if (om_7 < M_2 && on_25 < 16LL) {
          const long long o_25 = om_7 * 16 + on_25;
          const int t340_3 = (int)(o_25 % 8);
          const long long t340_q = o_25 / 8;
          const int t340_2 = (int)(t340_q % 2);
          const long long t340_q_2 = t340_q / 2;
          const int t340_1 = (int)(t340_q_2 % d_T);
          const int t340_0 = (int)(t340_q_2 / d_T);
          const int t342_2 = (int)(o_25 % 16);
          const float v18_17 = acc20_2 + x14[(long long)t342_2];
          y28[(((long long)t340_0 * 2 + t340_2) * d_T + t340_1) * 8 + t340_3] = v18_17;
          const int t346_3 = (int)(o_25 % 8);
          const long long t346_q = o_25 / 8;
          const int t346_2 = (int)(t346_q % 2);
          const long long t346_q_2 = t346_q / 2;
          const int t346_1 = (int)(t346_q_2 % d_T);
          const int t346_0 = (int)(t346_q_2 / d_T);
          const int t348_2 = (int)(o_25 % 16);
          const float v18_18 = acc20_2 + x14[(long long)t348_2];
          y30[(((long long)t346_0 * 2 + t346_2) * 8 + t346_3) * d_T + t346_1] = v18_18;
        }
        const long long on_26 = (long long)tx + 16;
        if (om_7 < M_2 && on_26 < 16LL) {
          const long long o_26 = om_7 * 16 + on_26;
          const int t353_3 = (int)(o_26 % 8);
          const long long t353_q = o_26 / 8;
          const int t353_2 = (int)(t353_q % 2);
          const long long t353_q_2 = t353_q / 2;
          const int t353_1 = (int)(t353_q_2 % d_T);
          const int t353_0 = (int)(t353_q_2 / d_T);
          const int t355_2 = (int)(o_26 % 16);
          const float v18_19 = acc21_2 + x14[(long long)t355_2];
          y28[(((long long)t353_0 * 2 + t353_2) * d_T + t353_1) * 8 + t353_3] = v18_19;
          const int t359_3 = (int)(o_26 % 8);
          const long long t359_q = o_26 / 8;
          const int t359_2 = (int)(t359_q % 2);
          const long long t359_q_2 = t359_q / 2;
          const int t359_1 = (int)(t359_q_2 % d_T);
          const int t359_0 = (int)(t359_q_2 / d_T);
          const int t361_2 = (int)(o_26 % 16);
          const float v18_20 = acc21_2 + x14[(long long)t361_2];
          y30[(((long long)t359_0 * 2 + t359_2) * 8 + t359_3) * d_T + t359_1] = v18_20;
        }
        const long long on_27 = (long long)tx + 32;
        if (om_7 < M_2 && on_27 < 16LL) {
          const long long o_27 = om_7 * 16 + on_27;
          const int t366_3 = (int)(o_27 % 8);
          const long long t366_q = o_27 / 8;
          const int t366_2 = (int)(t366_q % 2);
          const long long t366_q_2 = t366_q / 2;
          const int t366_1 = (int)(t366_q_2 % d_T);
          const int t366_0 = (int)(t366_q_2 / d_T);
          const int t368_2 = (int)(o_27 % 16);
          const float v18_21 = acc22_2 + x14[(long long)t368_2];
          y28[(((long long)t366_0 * 2 + t366_2) * d_T + t366_1) * 8 + t366_3] = v18_21;
          const int t372_3 = (int)(o_27 % 8);
          const long long t372_q = o_27 / 8;
          const int t372_2 = (int)(t372_q % 2);
          const long long t372_q_2 = t372_q / 2;
          const int t372_1 = (int)(t372_q_2 % d_T);
          const int t372_0 = (int)(t372_q_2 / d_T);
          const int t374_2 = (int)(o_27 % 16);
          const float v18_22 = acc22_2 + x14[(long long)t374_2];
          y30[(((long long)t372_0 * 2 + t372_2) * 8 + t372_3) * d_T + t372_1] = v18_22;
        }
        const long long on_28 = (long long)tx + 48;
        if (om_7 < M_2 && on_28 < 16LL) {
          const long long o_28 = om_7 * 16 + on_28;
          const int t379_3 = (int)(o_28 % 8);
          const long long t379_q = o_28 / 8;
          const int t379_2 = (int)(t379_q % 2);
          const long long t379_q_2 = t379_q / 2;
          const int t379_1 = (int)(t379_q_2 % d_T);
          const int t379_0 = (int)(t379_q_2 / d_T);
          const int t381_2 = (int)(o_28 % 16);
          const float v18_23 = acc23_2 + x14[(long long)t381_2];
          y28[(((long long)t379_0 * 2 + t379_2) * d_T + t379_1) * 8 + t379_3] = v18_23;
          const int t385_3 = (int)(o_28 % 8);
          const long long t385_q = o_28 / 8;
          const int t385_2 = (int)(t385_q % 2);
          const long long t385_q_2 = t385_q / 2;
          const int t385_1 = (int)(t385_q_2 % d_T);
          const int t385_0 = (int)(t385_q_2 / d_T);
          const int t387_2 = (int)(o_28 % 16);
          const float v18_24 = acc23_2 + x14[(long long)t387_2];
          y30[(((long long)t385_0 * 2 + t385_2) * 8 + t385_3) * d_T + t385_1] = v18_24;
        }
        const long long om_8 = m0_2 + ty + 48;
        const long long on_29 = (long long)tx;
        if (om_8 < M_2 && on_29 < 16LL) {
          const long long o_29 = om_8 * 16 + on_29;
          const int t392_3 = (int)(o_29 % 8);
          const long long t392_q = o_29 / 8;
          const int t392_2 = (int)(t392_q % 2);
          const long long t392_q_2 = t392_q / 2;
          const int t392_1 = (int)(t392_q_2 % d_T);
          const int t392_0 = (int)(t392_q_2 / d_T);
          const int t394_2 = (int)(o_29 % 16);
          const float v18_25 = acc30_2 + x14[(long long)t394_2];
          y28[(((long long)t392_0 * 2 + t392_2) * d_T + t392_1) * 8 + t392_3] = v18_25;
          const int t398_3 = (int)(o_29 % 8);
          const long long t398_q = o_29 / 8;
          const int t398_2 = (int)(t398_q % 2);
          const long long t398_q_2 = t398_q / 2;
          const int t398_1 = (int)(t398_q_2 % d_T);
          const int t398_0 = (int)(t398_q_2 / d_T);
          const int t400_2 = (int)(o_29 % 16);
          const float v18_26 = acc30_2 + x14[(long long)t400_2];
          y30[(((long long)t398_0 * 2 + t398_2) * 8 + t398_3) * d_T + t398_1] = v18_26;
        }
        const long long on_30 = (long long)tx + 16;
        if (om_8 < M_2 && on_30 < 16LL) {
          const long long o_30 = om_8 * 16 + on_30;
          const int t405_3 = (int)(o_30 % 8);
          const long long t405_q = o_30 / 8;
          const int t405_2 = (int)(t405_q % 2);
          const long long t405_q_2 = t405_q / 2;
          const int t405_1 = (int)(t405_q_2 % d_T);
          const int t405_0 = (int)(t405_q_2 / d_T);
          const int t407_2 = (int)(o_30 % 16);
          const float v18_27 = acc31_2 + x14[(long long)t407_2];
          y28[(((long long)t405_0 * 2 + t405_2) * d_T + t405_1) * 8 + t405_3] = v18_27;
          const int t411_3 = (int)(o_30 % 8);
          const long long t411_q = o_30 / 8;
          const int t411_2 = (int)(t411_q % 2);
          const long long t411_q_2 = t411_q / 2;
          const int t411_1 = (int)(t411_q_2 % d_T);
          const int t411_0 = (int)(t411_q_2 / d_T);
          const int t413_2 = (int)(o_30 % 16);
          const float v18_28 = acc31_2 + x14[(long long)t413_2];
          y30[(((long long)t411_0 * 2 + t411_2) * 8 + t411_3) * d_T + t411_1] = v18_28;
        }
        const long long on_31 = (long long)tx + 32;
        if (om_8 < M_2 && on_31 < 16LL) {
          const long long o_31 = om_8 * 16 + on_31;
          const int t418_3 = (int)(o_31 % 8);
          const long long t418_q = o_31 / 8;
          const int t418_2 = (int)(t418_q % 2);
          const long long t418_q_2 = t418_q / 2;
          const int t418_1 = (int)(t418_q_2 % d_T);
          const int t418_0 = (int)(t418_q_2 / d_T);
          const int t420_2 = (int)(o_31 % 16);
          const float v18_29 = acc32_2 + x14[(long long)t420_2];
          y28[(((long long)t418_0 * 2 + t418_2) * d_T + t418_1) * 8 + t418_3] = v18_29;
          const int t424_3 = (int)(o_31 % 8);
          const long long t424_q = o_31 / 8;
          const int t424_2 = (int)(t424_q % 2);
          const long long t424_q_2 = t424_q / 2;
          const int t424_1 = (int)(t424_q_2 % d_T);
          const int t424_0 = (int)(t424_q_2 / d_T);
          const int t426_2 = (int)(o_31 % 16);
          const float v18_30 = acc32_2 + x14[(long long)t426_2];
          y30[(((long long)t424_0 * 2 + t424_2) * 8 + t424_3) * d_T + t424_1] = v18_30;
        }
        const long long on_32 = (long long)tx + 48;
        if (om_8 < M_2 && on_32 < 16LL) {
          const long long o_32 = om_8 * 16 + on_32;
          const int t431_3 = (int)(o_32 % 8);
          const long long t431_q = o_32 / 8;
          const int t431_2 = (int)(t431_q % 2);
          const long long t431_q_2 = t431_q / 2;
          const int t431_1 = (int)(t431_q_2 % d_T);
          const int t431_0 = (int)(t431_q_2 / d_T);
          const int t433_2 = (int)(o_32 % 16);
          const float v18_31 = acc33_2 + x14[(long long)t433_2];
          y28[(((long long)t431_0 * 2 + t431_2) * d_T + t431_1) * 8 + t431_3] = v18_31;
          const int t437_3 = (int)(o_32 % 8);
          const long long t437_q = o_32 / 8;
          const int t437_2 = (int)(t437_q % 2);
          const long long t437_q_2 = t437_q / 2;
          const int t437_1 = (int)(t437_q_2 % d_T);
          const int t437_0 = (int)(t437_q_2 / d_T);
          const int t439_2 = (int)(o_32 % 16);
          const float v18_32 = acc33_2 + x14[(long long)t439_2];
          y30[(((long long)t437_0 * 2 + t437_2) * 8 + t437_3) * d_T + t437_1] = v18_32;
        }
      } else {
        /* sibling 2: %20 */
        const long long tl_2 = tile - (tiles + tiles_2);
        const long long M_3 = (long long)d_B * d_T;
        const long long tiles_m_3 = (M_3 + 63) / 64;
        const long long rest_3 = tl_2 % tiles_m_3;
        const long long m0_3 = rest_3 * 64;
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
        for (long long k0_3 = 0LL; k0_3 < 16LL; k0_3 += 16) {
          const int am_9 = lid / 16;
          const int ak_9 = lid % 16;
          const long long gm_9 = m0_3 + am_9;
          const long long gk_17 = k0_3 + ak_9;
          float va_9 = 0.0f;
          if (gm_9 < M_3 && gk_17 < 16LL) {
            const float v3_9 = x0[gm_9 * 16 + gk_17];
            va_9 = v3_9;
          }
          As[ak_9 * 64 + am_9] = va_9;
          const int e_13 = lid + 256;
          const int am_10 = e_13 / 16;
          const int ak_10 = e_13 % 16;
          const long long gm_10 = m0_3 + am_10;
          const long long gk_18 = k0_3 + ak_10;
          float va_10 = 0.0f;
          if (gm_10 < M_3 && gk_18 < 16LL) {
            const float v3_10 = x0[gm_10 * 16 + gk_18];
            va_10 = v3_10;
          }
          As[ak_10 * 64 + am_10] = va_10;
          const int e_14 = lid + 512;
          const int am_11 = e_14 / 16;
          const int ak_11 = e_14 % 16;
          const long long gm_11 = m0_3 + am_11;
          const long long gk_19 = k0_3 + ak_11;
          float va_11 = 0.0f;
          if (gm_11 < M_3 && gk_19 < 16LL) {
            const float v3_11 = x0[gm_11 * 16 + gk_19];
            va_11 = v3_11;
          }
          As[ak_11 * 64 + am_11] = va_11;
          const int e_15 = lid + 768;
          const int am_12 = e_15 / 16;
          const int ak_12 = e_15 % 16;
          const long long gm_12 = m0_3 + am_12;
          const long long gk_20 = k0_3 + ak_12;
          float va_12 = 0.0f;
          if (gm_12 < M_3 && gk_20 < 16LL) {
            const float v3_12 = x0[gm_12 * 16 + gk_20];
            va_12 = v3_12;
          }
          As[ak_12 * 64 + am_12] = va_12;
          const int bk_9 = lid / 64;
          const int bn_9 = lid % 64;
          const long long gk_21 = k0_3 + bk_9;
          const long long gn_9 = (long long)bn_9;
          float vb_9 = 0.0f;
          if (gk_21 < 16LL && gn_9 < 16LL) {
            vb_9 = x19[gk_21 * 16 + gn_9];
          }
          Bs[lid] = vb_9;
          const int e_16 = lid + 256;
          const int bk_10 = e_16 / 64;
          const int bn_10 = e_16 % 64;
          const long long gk_22 = k0_3 + bk_10;
          const long long gn_10 = (long long)bn_10;
          float vb_10 = 0.0f;
          if (gk_22 < 16LL && gn_10 < 16LL) {
            vb_10 = x19[gk_22 * 16 + gn_10];
          }
          Bs[e_16] = vb_10;
          const int e_17 = lid + 512;
          const int bk_11 = e_17 / 64;
          const int bn_11 = e_17 % 64;
          const long long gk_23 = k0_3 + bk_11;
          const long long gn_11 = (long long)bn_11;
          float vb_11 = 0.0f;
          if (gk_23 < 16LL && gn_11 < 16LL) {
            vb_11 = x19[gk_23 * 16 + gn_11];
          }
          Bs[e_17] = vb_11;
          const int e_18 = lid + 768;
          const int bk_12 = e_18 / 64;
          const int bn_12 = e_18 % 64;
          const long long gk_24 = k0_3 + bk_12;
          const long long gn_12 = (long long)bn_12;
          float vb_12 = 0.0f;
          if (gk_24 < 16LL && gn_12 < 16LL) {
            vb_12 = x19[gk_24 * 16 + gn_12];
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
        const long long on_33 = (long long)tx;
        if (om_9 < M_3 && on_33 < 16LL) {
          const long long o_33 = om_9 * 16 + on_33;
          const int t457_3 = (int)(o_33 % 8);
          const long long t457_q = o_33 / 8;
          const int t457_2 = (int)(t457_q % 2);
          const long long t457_q_2 = t457_q / 2;
          const int t457_1 = (int)(t457_q_2 % d_T);
          const int t457_0 = (int)(t457_q_2 / d_T);
          const int t459_2 = (int)(o_33 % 16);
          const float v26 = acc00_3 + x22[(long long)t459_2];
          y29[(((long long)t457_0 * 2 + t457_2) * d_T + t457_1) * 8 + t457_3] = v26;
          const int t463_3 = (int)(o_33 % 8);
          const long long t463_q = o_33 / 8;
          const int t463_2 = (int)(t463_q % 2);
          const long long t463_q_2 = t463_q / 2;
          const int t463_1 = (int)(t463_q_2 % d_T);
          const int t463_0 = (int)(t463_q_2 / d_T);
          const int t465_2 = (int)(o_33 % 16);
          const float v26_2 = acc00_3 + x22[(long long)t465_2];
          y73[(((long long)t463_0 * 2 + t463_2) * 8 + t463_3) * d_T + t463_1] = v26_2;
        }
        const long long on_34 = (long long)tx + 16;
        if (om_9 < M_3 && on_34 < 16LL) {
          const long long o_34 = om_9 * 16 + on_34;
          const int t470_3 = (int)(o_34 % 8);
          const long long t470_q = o_34 / 8;
          const int t470_2 = (int)(t470_q % 2);
          const long long t470_q_2 = t470_q / 2;
          const int t470_1 = (int)(t470_q_2 % d_T);
          const int t470_0 = (int)(t470_q_2 / d_T);
          const int t472_2 = (int)(o_34 % 16);
          const float v26_3 = acc01_3 + x22[(long long)t472_2];
          y29[(((long long)t470_0 * 2 + t470_2) * d_T + t470_1) * 8 + t470_3] = v26_3;
          const int t476_3 = (int)(o_34 % 8);
          const long long t476_q = o_34 / 8;
          const int t476_2 = (int)(t476_q % 2);
          const long long t476_q_2 = t476_q / 2;
          const int t476_1 = (int)(t476_q_2 % d_T);
          const int t476_0 = (int)(t476_q_2 / d_T);
          const int t478_2 = (int)(o_34 % 16);
          const float v26_4 = acc01_3 + x22[(long long)t478_2];
          y73[(((long long)t476_0 * 2 + t476_2) * 8 + t476_3) * d_T + t476_1] = v26_4;
        }
        const long long on_35 = (long long)tx + 32;
        if (om_9 < M_3 && on_35 < 16LL) {
          const long long o_35 = om_9 * 16 + on_35;
          const int t483_3 = (int)(o_35 % 8);
          const long long t483_q = o_35 / 8;
          const int t483_2 = (int)(t483_q % 2);
          const long long t483_q_2 = t483_q / 2;
          const int t483_1 = (int)(t483_q_2 % d_T);
          const int t483_0 = (int)(t483_q_2 / d_T);
          const int t485_2 = (int)(o_35 % 16);
          const float v26_5 = acc02_3 + x22[(long long)t485_2];
          y29[(((long long)t483_0 * 2 + t483_2) * d_T + t483_1) * 8 + t483_3] = v26_5;
          const int t489_3 = (int)(o_35 % 8);
          const long long t489_q = o_35 / 8;
          const int t489_2 = (int)(t489_q % 2);
          const long long t489_q_2 = t489_q / 2;
          const int t489_1 = (int)(t489_q_2 % d_T);
          const int t489_0 = (int)(t489_q_2 / d_T);
          const int t491_2 = (int)(o_35 % 16);
          const float v26_6 = acc02_3 + x22[(long long)t491_2];
          y73[(((long long)t489_0 * 2 + t489_2) * 8 + t489_3) * d_T + t489_1] = v26_6;
        }
        const long long on_36 = (long long)tx + 48;
        if (om_9 < M_3 && on_36 < 16LL) {
          const long long o_36 = om_9 * 16 + on_36;
          const int t496_3 = (int)(o_36 % 8);
          const long long t496_q = o_36 / 8;
          const int t496_2 = (int)(t496_q % 2);
          const long long t496_q_2 = t496_q / 2;
          const int t496_1 = (int)(t496_q_2 % d_T);
          const int t496_0 = (int)(t496_q_2 / d_T);
          const int t498_2 = (int)(o_36 % 16);
          const float v26_7 = acc03_3 + x22[(long long)t498_2];
          y29[(((long long)t496_0 * 2 + t496_2) * d_T + t496_1) * 8 + t496_3] = v26_7;
          const int t502_3 = (int)(o_36 % 8);
          const long long t502_q = o_36 / 8;
          const int t502_2 = (int)(t502_q % 2);
          const long long t502_q_2 = t502_q / 2;
          const int t502_1 = (int)(t502_q_2 % d_T);
          const int t502_0 = (int)(t502_q_2 / d_T);
          const int t504_2 = (int)(o_36 % 16);
          const float v26_8 = acc03_3 + x22[(long long)t504_2];
          y73[(((long long)t502_0 * 2 + t502_2) * 8 + t502_3) * d_T + t502_1] = v26_8;
        }
        const long long om_10 = m0_3 + ty + 16;
        const long long on_37 = (long long)tx;
        if (om_10 < M_3 && on_37 < 16LL) {
          const long long o_37 = om_10 * 16 + on_37;
          const int t509_3 = (int)(o_37 % 8);
          const long long t509_q = o_37 / 8;
          const int t509_2 = (int)(t509_q % 2);
          const long long t509_q_2 = t509_q / 2;
          const int t509_1 = (int)(t509_q_2 % d_T);
          const int t509_0 = (int)(t509_q_2 / d_T);
          const int t511_2 = (int)(o_37 % 16);
          const float v26_9 = acc10_3 + x22[(long long)t511_2];
          y29[(((long long)t509_0 * 2 + t509_2) * d_T + t509_1) * 8 + t509_3] = v26_9;
          const int t515_3 = (int)(o_37 % 8);
          const long long t515_q = o_37 / 8;
          const int t515_2 = (int)(t515_q % 2);
          const long long t515_q_2 = t515_q / 2;
          const int t515_1 = (int)(t515_q_2 % d_T);
          const int t515_0 = (int)(t515_q_2 / d_T);
          const int t517_2 = (int)(o_37 % 16);
          const float v26_10 = acc10_3 + x22[(long long)t517_2];
          y73[(((long long)t515_0 * 2 + t515_2) * 8 + t515_3) * d_T + t515_1] = v26_10;
        }
        const long long on_38 = (long long)tx + 16;
        if (om_10 < M_3 && on_38 < 16LL) {
          const long long o_38 = om_10 * 16 + on_38;
          const int t522_3 = (int)(o_38 % 8);
          const long long t522_q = o_38 / 8;
          const int t522_2 = (int)(t522_q % 2);
          const long long t522_q_2 = t522_q / 2;
          const int t522_1 = (int)(t522_q_2 % d_T);
          const int t522_0 = (int)(t522_q_2 / d_T);
          const int t524_2 = (int)(o_38 % 16);
          const float v26_11 = acc11_3 + x22[(long long)t524_2];
          y29[(((long long)t522_0 * 2 + t522_2) * d_T + t522_1) * 8 + t522_3] = v26_11;
          const int t528_3 = (int)(o_38 % 8);
          const long long t528_q = o_38 / 8;
          const int t528_2 = (int)(t528_q % 2);
          const long long t528_q_2 = t528_q / 2;
          const int t528_1 = (int)(t528_q_2 % d_T);
          const int t528_0 = (int)(t528_q_2 / d_T);
          const int t530_2 = (int)(o_38 % 16);
          const float v26_12 = acc11_3 + x22[(long long)t530_2];
          y73[(((long long)t528_0 * 2 + t528_2) * 8 + t528_3) * d_T + t528_1] = v26_12;
        }
        const long long on_39 = (long long)tx + 32;
        if (om_10 < M_3 && on_39 < 16LL) {
          const long long o_39 = om_10 * 16 + on_39;
          const int t535_3 = (int)(o_39 % 8);
          const long long t535_q = o_39 / 8;
          const int t535_2 = (int)(t535_q % 2);
          const long long t535_q_2 = t535_q / 2;
          const int t535_1 = (int)(t535_q_2 % d_T);
          const int t535_0 = (int)(t535_q_2 / d_T);
          const int t537_2 = (int)(o_39 % 16);
          const float v26_13 = acc12_3 + x22[(long long)t537_2];
          y29[(((long long)t535_0 * 2 + t535_2) * d_T + t535_1) * 8 + t535_3] = v26_13;
          const int t541_3 = (int)(o_39 % 8);
          const long long t541_q = o_39 / 8;
          const int t541_2 = (int)(t541_q % 2);
          const long long t541_q_2 = t541_q / 2;
          const int t541_1 = (int)(t541_q_2 % d_T);
          const int t541_0 = (int)(t541_q_2 / d_T);
          const int t543_2 = (int)(o_39 % 16);
          const float v26_14 = acc12_3 + x22[(long long)t543_2];
          y73[(((long long)t541_0 * 2 + t541_2) * 8 + t541_3) * d_T + t541_1] = v26_14;
        }
        const long long on_40 = (long long)tx + 48;
        if (om_10 < M_3 && on_40 < 16LL) {
          const long long o_40 = om_10 * 16 + on_40;
          const int t548_3 = (int)(o_40 % 8);
          const long long t548_q = o_40 / 8;
          const int t548_2 = (int)(t548_q % 2);
          const long long t548_q_2 = t548_q / 2;
          const int t548_1 = (int)(t548_q_2 % d_T);
          const int t548_0 = (int)(t548_q_2 / d_T);
          const int t550_2 = (int)(o_40 % 16);
          const float v26_15 = acc13_3 + x22[(long long)t550_2];
          y29[(((long long)t548_0 * 2 + t548_2) * d_T + t548_1) * 8 + t548_3] = v26_15;
          const int t554_3 = (int)(o_40 % 8);
          const long long t554_q = o_40 / 8;
          const int t554_2 = (int)(t554_q % 2);
          const long long t554_q_2 = t554_q / 2;
          const int t554_1 = (int)(t554_q_2 % d_T);
          const int t554_0 = (int)(t554_q_2 / d_T);
          const int t556_2 = (int)(o_40 % 16);
          const float v26_16 = acc13_3 + x22[(long long)t556_2];
          y73[(((long long)t554_0 * 2 + t554_2) * 8 + t554_3) * d_T + t554_1] = v26_16;
        }
        const long long om_11 = m0_3 + ty + 32;
        const long long on_41 = (long long)tx;
        if (om_11 < M_3 && on_41 < 16LL) {
          const long long o_41 = om_11 * 16 + on_41;
          const int t561_3 = (int)(o_41 % 8);
          const long long t561_q = o_41 / 8;
          const int t561_2 = (int)(t561_q % 2);
          const long long t561_q_2 = t561_q / 2;
          const int t561_1 = (int)(t561_q_2 % d_T);
          const int t561_0 = (int)(t561_q_2 / d_T);
          const int t563_2 = (int)(o_41 % 16);
          const float v26_17 = acc20_3 + x22[(long long)t563_2];
          y29[(((long long)t561_0 * 2 + t561_2) * d_T + t561_1) * 8 + t561_3] = v26_17;
          const int t567_3 = (int)(o_41 % 8);
          const long long t567_q = o_41 / 8;
          const int t567_2 = (int)(t567_q % 2);
          const long long t567_q_2 = t567_q / 2;
          const int t567_1 = (int)(t567_q_2 % d_T);
          const int t567_0 = (int)(t567_q_2 / d_T);
          const int t569_2 = (int)(o_41 % 16);
          const float v26_18 = acc20_3 + x22[(long long)t569_2];
          y73[(((long long)t567_0 * 2 + t567_2) * 8 + t567_3) * d_T + t567_1] = v26_18;
        }
        const long long on_42 = (long long)tx + 16;
        if (om_11 < M_3 && on_42 < 16LL) {
          const long long o_42 = om_11 * 16 + on_42;
          const int t574_3 = (int)(o_42 % 8);
          const long long t574_q = o_42 / 8;
          const int t574_2 = (int)(t574_q % 2);
          const long long t574_q_2 = t574_q / 2;
          const int t574_1 = (int)(t574_q_2 % d_T);
          const int t574_0 = (int)(t574_q_2 / d_T);
          const int t576_2 = (int)(o_42 % 16);
          const float v26_19 = acc21_3 + x22[(long long)t576_2];
          y29[(((long long)t574_0 * 2 + t574_2) * d_T + t574_1) * 8 + t574_3] = v26_19;
          const int t580_3 = (int)(o_42 % 8);
          const long long t580_q = o_42 / 8;
          const int t580_2 = (int)(t580_q % 2);
          const long long t580_q_2 = t580_q / 2;
          const int t580_1 = (int)(t580_q_2 % d_T);
          const int t580_0 = (int)(t580_q_2 / d_T);
          const int t582_2 = (int)(o_42 % 16);
          const float v26_20 = acc21_3 + x22[(long long)t582_2];
          y73[(((long long)t580_0 * 2 + t580_2) * 8 + t580_3) * d_T + t580_1] = v26_20;
        }
        const long long on_43 = (long long)tx + 32;
        if (om_11 < M_3 && on_43 < 16LL) {
          const long long o_43 = om_11 * 16 + on_43;
          const int t587_3 = (int)(o_43 % 8);
          const long long t587_q = o_43 / 8;
          const int t587_2 = (int)(t587_q % 2);
          const long long t587_q_2 = t587_q / 2;
          const int t587_1 = (int)(t587_q_2 % d_T);
          const int t587_0 = (int)(t587_q_2 / d_T);
          const int t589_2 = (int)(o_43 % 16);
          const float v26_21 = acc22_3 + x22[(long long)t589_2];
          y29[(((long long)t587_0 * 2 + t587_2) * d_T + t587_1) * 8 + t587_3] = v26_21;
          const int t593_3 = (int)(o_43 % 8);
          const long long t593_q = o_43 / 8;
          const int t593_2 = (int)(t593_q % 2);
          const long long t593_q_2 = t593_q / 2;
          const int t593_1 = (int)(t593_q_2 % d_T);
          const int t593_0 = (int)(t593_q_2 / d_T);
          const int t595_2 = (int)(o_43 % 16);
          const float v26_22 = acc22_3 + x22[(long long)t595_2];
          y73[(((long long)t593_0 * 2 + t593_2) * 8 + t593_3) * d_T + t593_1] = v26_22;
        }
        const long long on_44 = (long long)tx + 48;
        if (om_11 < M_3 && on_44 < 16LL) {
          const long long o_44 = om_11 * 16 + on_44;
          const int t600_3 = (int)(o_44 % 8);
          const long long t600_q = o_44 / 8;
          const int t600_2 = (int)(t600_q % 2);
          const long long t600_q_2 = t600_q / 2;
          const int t600_1 = (int)(t600_q_2 % d_T);
          const int t600_0 = (int)(t600_q_2 / d_T);
          const int t602_2 = (int)(o_44 % 16);
          const float v26_23 = acc23_3 + x22[(long long)t602_2];
          y29[(((long long)t600_0 * 2 + t600_2) * d_T + t600_1) * 8 + t600_3] = v26_23;
          const int t606_3 = (int)(o_44 % 8);
          const long long t606_q = o_44 / 8;
          const int t606_2 = (int)(t606_q % 2);
          const long long t606_q_2 = t606_q / 2;
          const int t606_1 = (int)(t606_q_2 % d_T);
          const int t606_0 = (int)(t606_q_2 / d_T);
          const int t608_2 = (int)(o_44 % 16);
          const float v26_24 = acc23_3 + x22[(long long)t608_2];
          y73[(((long long)t606_0 * 2 + t606_2) * 8 + t606_3) * d_T + t606_1] = v26_24;
        }
        const long long om_12 = m0_3 + ty + 48;
        const long long on_45 = (long long)tx;
        if (om_12 < M_3 && on_45 < 16LL) {
          const long long o_45 = om_12 * 16 + on_45;
          const int t613_3 = (int)(o_45 % 8);
          const long long t613_q = o_45 / 8;
          const int t613_2 = (int)(t613_q % 2);
          const long long t613_q_2 = t613_q / 2;
          const int t613_1 = (int)(t613_q_2 % d_T);
          const int t613_0 = (int)(t613_q_2 / d_T);
          const int t615_2 = (int)(o_45 % 16);
          const float v26_25 = acc30_3 + x22[(long long)t615_2];
          y29[(((long long)t613_0 * 2 + t613_2) * d_T + t613_1) * 8 + t613_3] = v26_25;
          const int t619_3 = (int)(o_45 % 8);
          const long long t619_q = o_45 / 8;
          const int t619_2 = (int)(t619_q % 2);
          const long long t619_q_2 = t619_q / 2;
          const int t619_1 = (int)(t619_q_2 % d_T);
          const int t619_0 = (int)(t619_q_2 / d_T);
          const int t621_2 = (int)(o_45 % 16);
          const float v26_26 = acc30_3 + x22[(long long)t621_2];
          y73[(((long long)t619_0 * 2 + t619_2) * 8 + t619_3) * d_T + t619_1] = v26_26;
        }
        const long long on_46 = (long long)tx + 16;
        if (om_12 < M_3 && on_46 < 16LL) {
          const long long o_46 = om_12 * 16 + on_46;
          const int t626_3 = (int)(o_46 % 8);
          const long long t626_q = o_46 / 8;
          const int t626_2 = (int)(t626_q % 2);
          const long long t626_q_2 = t626_q / 2;
          const int t626_1 = (int)(t626_q_2 % d_T);
          const int t626_0 = (int)(t626_q_2 / d_T);
          const int t628_2 = (int)(o_46 % 16);
          const float v26_27 = acc31_3 + x22[(long long)t628_2];
          y29[(((long long)t626_0 * 2 + t626_2) * d_T + t626_1) * 8 + t626_3] = v26_27;
          const int t632_3 = (int)(o_46 % 8);
          const long long t632_q = o_46 / 8;
          const int t632_2 = (int)(t632_q % 2);
          const long long t632_q_2 = t632_q / 2;
          const int t632_1 = (int)(t632_q_2 % d_T);
          const int t632_0 = (int)(t632_q_2 / d_T);
          const int t634_2 = (int)(o_46 % 16);
          const float v26_28 = acc31_3 + x22[(long long)t634_2];
          y73[(((long long)t632_0 * 2 + t632_2) * 8 + t632_3) * d_T + t632_1] = v26_28;
        }
        const long long on_47 = (long long)tx + 32;
        if (om_12 < M_3 && on_47 < 16LL) {
          const long long o_47 = om_12 * 16 + on_47;
          const int t639_3 = (int)(o_47 % 8);
          const long long t639_q = o_47 / 8;
          const int t639_2 = (int)(t639_q % 2);
          const long long t639_q_2 = t639_q / 2;
          const int t639_1 = (int)(t639_q_2 % d_T);
          const int t639_0 = (int)(t639_q_2 / d_T);
          const int t641_2 = (int)(o_47 % 16);
          const float v26_29 = acc32_3 + x22[(long long)t641_2];
          y29[(((long long)t639_0 * 2 + t639_2) * d_T + t639_1) * 8 + t639_3] = v26_29;
          const int t645_3 = (int)(o_47 % 8);
          const long long t645_q = o_47 / 8;
          const int t645_2 = (int)(t645_q % 2);
          const long long t645_q_2 = t645_q / 2;
          const int t645_1 = (int)(t645_q_2 % d_T);
          const int t645_0 = (int)(t645_q_2 / d_T);
          const int t647_2 = (int)(o_47 % 16);
          const float v26_30 = acc32_3 + x22[(long long)t647_2];
          y73[(((long long)t645_0 * 2 + t645_2) * 8 + t645_3) * d_T + t645_1] = v26_30;
        }
        const long long on_48 = (long long)tx + 48;
        if (om_12 < M_3 && on_48 < 16LL) {
          const long long o_48 = om_12 * 16 + on_48;
          const int t652_3 = (int)(o_48 % 8);
          const long long t652_q = o_48 / 8;
          const int t652_2 = (int)(t652_q % 2);
          const long long t652_q_2 = t652_q / 2;
          const int t652_1 = (int)(t652_q_2 % d_T);
          const int t652_0 = (int)(t652_q_2 / d_T);
          const int t654_2 = (int)(o_48 % 16);
          const float v26_31 = acc33_3 + x22[(long long)t654_2];
          y29[(((long long)t652_0 * 2 + t652_2) * d_T + t652_1) * 8 + t652_3] = v26_31;
          const int t658_3 = (int)(o_48 % 8);
          const long long t658_q = o_48 / 8;
          const int t658_2 = (int)(t658_q % 2);
          const long long t658_q_2 = t658_q / 2;
          const int t658_1 = (int)(t658_q_2 % d_T);
          const int t658_0 = (int)(t658_q_2 / d_T);
          const int t660_2 = (int)(o_48 % 16);
          const float v26_32 = acc33_3 + x22[(long long)t660_2];
          y73[(((long long)t658_0 * 2 + t658_2) * 8 + t658_3) * d_T + t658_1] = v26_32;
        }
      }
    }
  }
}
