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

/* k72_matmul_permute: 4 IR nodes, tiled: 64x64 outputs per work group of 256 work items
 *   %67 = reshape %1 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %68 = matmul %67, %66 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %71 = reshape %68 : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:157)
 *   %72 = permute %71 perm=[0, 2, 1, 3] : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:157)
 * arguments: x1 = %1; x66 = %66; y72 = %72; d_B = B; d_T = T
 */
__kernel void k72_matmul_permute(__global const float *restrict x1, __global const float *restrict x66,
    __global float *restrict y72, int d_B, int d_T) {
  __local float As[1024];
  __local float Bs[1024];
  const int lid = (int)get_local_id(0);
  const int tx = lid % 16;
  const int ty = lid / 16;
  const long tiles = ((long)d_B * d_T + 63) / 64;
  const long groups = (long)d_B;
  for (long tile = (long)get_group_id(0); tile < tiles; tile += groups) {
    const long M = (long)d_B * d_T;
    const long tiles_m = (M + 63) / 64;
    const long rest = tile % tiles_m;
    const long m0 = rest * 64;
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
    for (long k0 = 0L; k0 < 16L; k0 += 16) {
      const int am = lid / 16;
      const int ak = lid % 16;
      const long gm = m0 + am;
      const long gk = k0 + ak;
      float va = 0.0f;
      if (gm < M && gk < 16L) {
        va = x1[gm * 16 + gk];
      }
      As[ak * 64 + am] = va;
      const int e = lid + 256;
      const int am_2 = e / 16;
      const int ak_2 = e % 16;
      const long gm_2 = m0 + am_2;
      const long gk_2 = k0 + ak_2;
      float va_2 = 0.0f;
      if (gm_2 < M && gk_2 < 16L) {
        va_2 = x1[gm_2 * 16 + gk_2];
      }
      As[ak_2 * 64 + am_2] = va_2;
      const int e_2 = lid + 512;
      const int am_3 = e_2 / 16;
      const int ak_3 = e_2 % 16;
      const long gm_3 = m0 + am_3;
      const long gk_3 = k0 + ak_3;
      float va_3 = 0.0f;
      if (gm_3 < M && gk_3 < 16L) {
        va_3 = x1[gm_3 * 16 + gk_3];
      }
      As[ak_3 * 64 + am_3] = va_3;
      const int e_3 = lid + 768;
      const int am_4 = e_3 / 16;
      const int ak_4 = e_3 % 16;
      const long gm_4 = m0 + am_4;
      const long gk_4 = k0 + ak_4;
      float va_4 = 0.0f;
      if (gm_4 < M && gk_4 < 16L) {
        va_4 = x1[gm_4 * 16 + gk_4];
      }
      As[ak_4 * 64 + am_4] = va_4;
      const int bk = lid / 64;
      const int bn = lid % 64;
      const long gk_5 = k0 + bk;
      const long gn = (long)bn;
      float vb = 0.0f;
      if (gk_5 < 16L && gn < 16L) {
        vb = x66[gk_5 * 16 + gn];
      }
      Bs[lid] = vb;
      const int e_4 = lid + 256;
      const int bk_2 = e_4 / 64;
      const int bn_2 = e_4 % 64;
      const long gk_6 = k0 + bk_2;
      const long gn_2 = (long)bn_2;
      float vb_2 = 0.0f;
      if (gk_6 < 16L && gn_2 < 16L) {
        vb_2 = x66[gk_6 * 16 + gn_2];
      }
      Bs[e_4] = vb_2;
      const int e_5 = lid + 512;
      const int bk_3 = e_5 / 64;
      const int bn_3 = e_5 % 64;
      const long gk_7 = k0 + bk_3;
      const long gn_3 = (long)bn_3;
      float vb_3 = 0.0f;
      if (gk_7 < 16L && gn_3 < 16L) {
        vb_3 = x66[gk_7 * 16 + gn_3];
      }
      Bs[e_5] = vb_3;
      const int e_6 = lid + 768;
      const int bk_4 = e_6 / 64;
      const int bn_4 = e_6 % 64;
      const long gk_8 = k0 + bk_4;
      const long gn_4 = (long)bn_4;
      float vb_4 = 0.0f;
      if (gk_8 < 16L && gn_4 < 16L) {
        vb_4 = x66[gk_8 * 16 + gn_4];
      }
      Bs[e_6] = vb_4;
      barrier(CLK_LOCAL_MEM_FENCE);
      for (int kk = 0; kk < 16; kk++) {
        const float a0 = As[kk * 64 + ty];
        const float a1 = As[kk * 64 + ty + 16];
        const float a2 = As[kk * 64 + ty + 32];
        const float a3 = As[kk * 64 + ty + 48];
        const float b0 = Bs[kk * 64 + tx];
        const float b1 = Bs[kk * 64 + tx + 16];
        const float b2 = Bs[kk * 64 + tx + 32];
        const float b3 = Bs[kk * 64 + tx + 48];
        acc00 = fma(a0, b0, acc00);
        acc01 = fma(a0, b1, acc01);
        acc02 = fma(a0, b2, acc02);
        acc03 = fma(a0, b3, acc03);
        acc10 = fma(a1, b0, acc10);
        acc11 = fma(a1, b1, acc11);
        acc12 = fma(a1, b2, acc12);
        acc13 = fma(a1, b3, acc13);
        acc20 = fma(a2, b0, acc20);
        acc21 = fma(a2, b1, acc21);
        acc22 = fma(a2, b2, acc22);
        acc23 = fma(a2, b3, acc23);
        acc30 = fma(a3, b0, acc30);
        acc31 = fma(a3, b1, acc31);
        acc32 = fma(a3, b2, acc32);
        acc33 = fma(a3, b3, acc33);
      }
      barrier(CLK_LOCAL_MEM_FENCE);
    }
    const long om = m0 + ty;
    const long on = (long)tx;
    if (om < M && on < 16L) {
      const long o = om * 16 + on;
      const int t15_3 = (int)(o % 8);
      const long t15_q = o / 8;
      const int t15_2 = (int)(t15_q % 2);
      const long t15_q_2 = t15_q / 2;
      const int t15_1 = (int)(t15_q_2 % d_T);
      const int t15_0 = (int)(t15_q_2 / d_T);
      y72[(((long)t15_0 * 2 + t15_2) * d_T + t15_1) * 8 + t15_3] = acc00;
    }
    const long on_2 = (long)tx + 16;
    if (om < M && on_2 < 16L) {
      const long o_2 = om * 16 + on_2;
      const int t19_3 = (int)(o_2 % 8);
      const long t19_q = o_2 / 8;
      const int t19_2 = (int)(t19_q % 2);
      const long t19_q_2 = t19_q / 2;
      const int t19_1 = (int)(t19_q_2 % d_T);
      const int t19_0 = (int)(t19_q_2 / d_T);
      y72[(((long)t19_0 * 2 + t19_2) * d_T + t19_1) * 8 + t19_3] = acc01;
    }
    const long on_3 = (long)tx + 32;
    if (om < M && on_3 < 16L) {
      const long o_3 = om * 16 + on_3;
      const int t23_3 = (int)(o_3 % 8);
      const long t23_q = o_3 / 8;
      const int t23_2 = (int)(t23_q % 2);
      const long t23_q_2 = t23_q / 2;
      const int t23_1 = (int)(t23_q_2 % d_T);
      const int t23_0 = (int)(t23_q_2 / d_T);
      y72[(((long)t23_0 * 2 + t23_2) * d_T + t23_1) * 8 + t23_3] = acc02;
    }
    const long on_4 = (long)tx + 48;
    if (om < M && on_4 < 16L) {
      const long o_4 = om * 16 + on_4;
      const int t27_3 = (int)(o_4 % 8);
      const long t27_q = o_4 / 8;
      const int t27_2 = (int)(t27_q % 2);
      const long t27_q_2 = t27_q / 2;
      const int t27_1 = (int)(t27_q_2 % d_T);
      const int t27_0 = (int)(t27_q_2 / d_T);
      y72[(((long)t27_0 * 2 + t27_2) * d_T + t27_1) * 8 + t27_3] = acc03;
    }
    const long om_2 = m0 + ty + 16;
    const long on_5 = (long)tx;
    if (om_2 < M && on_5 < 16L) {
      const long o_5 = om_2 * 16 + on_5;
      const int t31_3 = (int)(o_5 % 8);
      const long t31_q = o_5 / 8;
      const int t31_2 = (int)(t31_q % 2);
      const long t31_q_2 = t31_q / 2;
      const int t31_1 = (int)(t31_q_2 % d_T);
      const int t31_0 = (int)(t31_q_2 / d_T);
      y72[(((long)t31_0 * 2 + t31_2) * d_T + t31_1) * 8 + t31_3] = acc10;
    }
    const long on_6 = (long)tx + 16;
    if (om_2 < M && on_6 < 16L) {
      const long o_6 = om_2 * 16 + on_6;
      const int t35_3 = (int)(o_6 % 8);
      const long t35_q = o_6 / 8;
      const int t35_2 = (int)(t35_q % 2);
      const long t35_q_2 = t35_q / 2;
      const int t35_1 = (int)(t35_q_2 % d_T);
      const int t35_0 = (int)(t35_q_2 / d_T);
      y72[(((long)t35_0 * 2 + t35_2) * d_T + t35_1) * 8 + t35_3] = acc11;
    }
    const long on_7 = (long)tx + 32;
    if (om_2 < M && on_7 < 16L) {
      const long o_7 = om_2 * 16 + on_7;
      const int t39_3 = (int)(o_7 % 8);
      const long t39_q = o_7 / 8;
      const int t39_2 = (int)(t39_q % 2);
      const long t39_q_2 = t39_q / 2;
      const int t39_1 = (int)(t39_q_2 % d_T);
      const int t39_0 = (int)(t39_q_2 / d_T);
      y72[(((long)t39_0 * 2 + t39_2) * d_T + t39_1) * 8 + t39_3] = acc12;
    }
    const long on_8 = (long)tx + 48;
    if (om_2 < M && on_8 < 16L) {
      const long o_8 = om_2 * 16 + on_8;
      const int t43_3 = (int)(o_8 % 8);
      const long t43_q = o_8 / 8;
      const int t43_2 = (int)(t43_q % 2);
      const long t43_q_2 = t43_q / 2;
      const int t43_1 = (int)(t43_q_2 % d_T);
      const int t43_0 = (int)(t43_q_2 / d_T);
      y72[(((long)t43_0 * 2 + t43_2) * d_T + t43_1) * 8 + t43_3] = acc13;
    }
    const long om_3 = m0 + ty + 32;
    const long on_9 = (long)tx;
    if (om_3 < M && on_9 < 16L) {
      const long o_9 = om_3 * 16 + on_9;
      const int t47_3 = (int)(o_9 % 8);
      const long t47_q = o_9 / 8;
      const int t47_2 = (int)(t47_q % 2);
      const long t47_q_2 = t47_q / 2;
      const int t47_1 = (int)(t47_q_2 % d_T);
      const int t47_0 = (int)(t47_q_2 / d_T);
      y72[(((long)t47_0 * 2 + t47_2) * d_T + t47_1) * 8 + t47_3] = acc20;
    }
    const long on_10 = (long)tx + 16;
    if (om_3 < M && on_10 < 16L) {
      const long o_10 = om_3 * 16 + on_10;
      const int t51_3 = (int)(o_10 % 8);
      const long t51_q = o_10 / 8;
      const int t51_2 = (int)(t51_q % 2);
      const long t51_q_2 = t51_q / 2;
      const int t51_1 = (int)(t51_q_2 % d_T);
      const int t51_0 = (int)(t51_q_2 / d_T);
      y72[(((long)t51_0 * 2 + t51_2) * d_T + t51_1) * 8 + t51_3] = acc21;
    }
    const long on_11 = (long)tx + 32;
    if (om_3 < M && on_11 < 16L) {
      const long o_11 = om_3 * 16 + on_11;
      const int t55_3 = (int)(o_11 % 8);
      const long t55_q = o_11 / 8;
      const int t55_2 = (int)(t55_q % 2);
      const long t55_q_2 = t55_q / 2;
      const int t55_1 = (int)(t55_q_2 % d_T);
      const int t55_0 = (int)(t55_q_2 / d_T);
      y72[(((long)t55_0 * 2 + t55_2) * d_T + t55_1) * 8 + t55_3] = acc22;
    }
    const long on_12 = (long)tx + 48;
    if (om_3 < M && on_12 < 16L) {
      const long o_12 = om_3 * 16 + on_12;
      const int t59_3 = (int)(o_12 % 8);
      const long t59_q = o_12 / 8;
      const int t59_2 = (int)(t59_q % 2);
      const long t59_q_2 = t59_q / 2;
      const int t59_1 = (int)(t59_q_2 % d_T);
      const int t59_0 = (int)(t59_q_2 / d_T);
      y72[(((long)t59_0 * 2 + t59_2) * d_T + t59_1) * 8 + t59_3] = acc23;
    }
    const long om_4 = m0 + ty + 48;
    const long on_13 = (long)tx;
    if (om_4 < M && on_13 < 16L) {
      const long o_13 = om_4 * 16 + on_13;
      const int t63_3 = (int)(o_13 % 8);
      const long t63_q = o_13 / 8;
      const int t63_2 = (int)(t63_q % 2);
      const long t63_q_2 = t63_q / 2;
      const int t63_1 = (int)(t63_q_2 % d_T);
      const int t63_0 = (int)(t63_q_2 / d_T);
      y72[(((long)t63_0 * 2 + t63_2) * d_T + t63_1) * 8 + t63_3] = acc30;
    }
    const long on_14 = (long)tx + 16;
    if (om_4 < M && on_14 < 16L) {
      const long o_14 = om_4 * 16 + on_14;
      const int t67_3 = (int)(o_14 % 8);
      const long t67_q = o_14 / 8;
      const int t67_2 = (int)(t67_q % 2);
      const long t67_q_2 = t67_q / 2;
      const int t67_1 = (int)(t67_q_2 % d_T);
      const int t67_0 = (int)(t67_q_2 / d_T);
      y72[(((long)t67_0 * 2 + t67_2) * d_T + t67_1) * 8 + t67_3] = acc31;
    }
    const long on_15 = (long)tx + 32;
    if (om_4 < M && on_15 < 16L) {
      const long o_15 = om_4 * 16 + on_15;
      const int t71_3 = (int)(o_15 % 8);
      const long t71_q = o_15 / 8;
      const int t71_2 = (int)(t71_q % 2);
      const long t71_q_2 = t71_q / 2;
      const int t71_1 = (int)(t71_q_2 % d_T);
      const int t71_0 = (int)(t71_q_2 / d_T);
      y72[(((long)t71_0 * 2 + t71_2) * d_T + t71_1) * 8 + t71_3] = acc32;
    }
    const long on_16 = (long)tx + 48;
    if (om_4 < M && on_16 < 16L) {
      const long o_16 = om_4 * 16 + on_16;
      const int t75_3 = (int)(o_16 % 8);
      const long t75_q = o_16 / 8;
      const int t75_2 = (int)(t75_q % 2);
      const long t75_q_2 = t75_q / 2;
      const int t75_1 = (int)(t75_q_2 % d_T);
      const int t75_0 = (int)(t75_q_2 / d_T);
      y72[(((long)t75_0 * 2 + t75_2) * d_T + t75_1) * 8 + t75_3] = acc33;
    }
  }
}
