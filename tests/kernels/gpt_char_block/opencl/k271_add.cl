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

/* k271_add: 46 IR nodes, one work item per row of the reduction's domain
 *   %3 = gather %2, %0 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %5 = slice %4 start=[0, 0] step=[1, 1] : f32[T, 128]   (examples/gpt_char.llm:28)
 *   %6 = reshape %5 : f32[1, T, 128]   (examples/gpt_char.llm:28)
 *   %7 = expand %6 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %8 = add %3, %7 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %10 = const 128.0 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %14 = const 2.0 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %18 = const 1.0000000000000001e-05 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
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
 *   %103 = reshape %102 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %104 = expand %103 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %194 = const -0.5 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %242 = reshape %241 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %247 = mul %242, %104 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %251 = mul %247, %100 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %252 = mul %247, %94 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %253 = sum %252 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %254 = mul %99, %99 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %255 = mul %99, %254 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %256 = mul %194, %255 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %257 = mul %253, %256 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %258 = add %209, %251 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 *   %259 = neg %251 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %260 = sum %259 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %261 = div %257, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %262 = expand %261 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %263 = mul %14, %94 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %264 = mul %262, %263 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %265 = add %258, %264 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 *   %266 = neg %264 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %267 = sum %266 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %268 = add %260, %267 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %269 = div %268, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %270 = expand %269 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:85)
 *   %271 = add %265, %270 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 * arguments: x0 = %0; x2 = %2; x4 = %4; x84 = %84; x86 = %86; x91 = %91; x96 = %96; x102 = %102; x209 = %209; x241 = %241; y271 = %271; d_B = B; d_T = T
 */
__kernel void k271_add(__global const int *restrict x0, __global const float *restrict x2,
    __global const float *restrict x4, __global const float *restrict x84,
    __global const float *restrict x86, __global const float *restrict x91,
    __global const float *restrict x96, __global const float *restrict x102,
    __global const float *restrict x209, __global const float *restrict x241,
    __global float *restrict y271, int d_B, int d_T) {
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
      const float v247 = x241[((long)o0 * d_T + o1) * 128 + r0] * x102[(long)r0];
      const int row = x0[(long)o0 * d_T + o1];
      float v = 0.0f;
      if (row >= 0 && row < 65) {
        v = x2[(long)row * 128 + r0];
      }
      const long t10_q = (long)o1 * 128 + r0;
      const int t10_1 = (int)(t10_q % 128);
      const int t10_0 = (int)(t10_q / 128);
      const float v94 = v + x4[(long)t10_0 * 128 + t10_1] + (x84[((long)o0 * d_T + o1) * 128 + r0] + x86[(long)r0]) - x91[(long)o0 * d_T + o1] / 128.0f;
      acc += v247 * v94;
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
    const float r253 = red[0];
    const float v99 = rsqrt(x96[blk] / 128.0f + 1e-05f);
    const float r257 = r253 * (-0.5f * (v99 * (v99 * v99)));
    float acc_2 = 0.0f;
    for (long e_2 = (long)lid; e_2 < 128L; e_2 += 64L) {
      const int r0_2 = (int)e_2;
      const float v247_2 = x241[((long)o0 * d_T + o1) * 128 + r0_2] * x102[(long)r0_2];
      const float v99_2 = rsqrt(x96[(long)o0 * d_T + o1] / 128.0f + 1e-05f);
      const float v251 = v247_2 * v99_2;
      acc_2 += -v251;
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
    const float r260 = red_2[0];
    const float r261 = r257 / 128.0f;
    float acc_3 = 0.0f;
    for (long e_3 = (long)lid; e_3 < 128L; e_3 += 64L) {
      const int r0_3 = (int)e_3;
      const int row_2 = x0[(long)o0 * d_T + o1];
      float v_2 = 0.0f;
      if (row_2 >= 0 && row_2 < 65) {
        v_2 = x2[(long)row_2 * 128 + r0_3];
      }
      const long t30_q = (long)o1 * 128 + r0_3;
      const int t30_1 = (int)(t30_q % 128);
      const int t30_0 = (int)(t30_q / 128);
      const float v94_2 = v_2 + x4[(long)t30_0 * 128 + t30_1] + (x84[((long)o0 * d_T + o1) * 128 + r0_3] + x86[(long)r0_3]) - x91[(long)o0 * d_T + o1] / 128.0f;
      const float v264 = r261 * (2.0f * v94_2);
      acc_3 += -v264;
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
    const float r267 = red_3[0];
    const float r268 = r260 + r267;
    const float r269 = r268 / 128.0f;
    for (long e_4 = (long)lid; e_4 < 128L; e_4 += 64L) {
      const int a0 = (int)e_4;
      const long at = ((long)o0 * d_T + o1) * 128 + a0;
      const float v247_3 = x241[((long)o0 * d_T + o1) * 128 + a0] * x102[(long)a0];
      const float v99_3 = rsqrt(x96[(long)o0 * d_T + o1] / 128.0f + 1e-05f);
      const float v251_2 = v247_3 * v99_3;
      const int row_3 = x0[(long)o0 * d_T + o1];
      float v_3 = 0.0f;
      if (row_3 >= 0 && row_3 < 65) {
        v_3 = x2[(long)row_3 * 128 + a0];
      }
      const long t48_q = (long)o1 * 128 + a0;
      const int t48_1 = (int)(t48_q % 128);
      const int t48_0 = (int)(t48_q / 128);
      const float v94_3 = v_3 + x4[(long)t48_0 * 128 + t48_1] + (x84[((long)o0 * d_T + o1) * 128 + a0] + x86[(long)a0]) - x91[(long)o0 * d_T + o1] / 128.0f;
      const float v264_2 = r261 * (2.0f * v94_3);
      y271[at] = x209[((long)o0 * d_T + o1) * 128 + a0] + v251_2 + v264_2 + r269;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
