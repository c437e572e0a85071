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

/* k295_mul (mul_afce1dac65ec): 27 IR nodes, one work item per row of the reduction's domain
 *   %61 = const 0.17677669529663687 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:152)
 *   %62 = mul %60, %61 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:152)
 *   %63 = iota axis=0 : i32[T]   ($SRC/stdlib/nn.llm:153)
 *   %64 = reshape %63 : i32[T, 1]   ($SRC/stdlib/nn.llm:153)
 *   %65 = reshape %63 : i32[1, T]   ($SRC/stdlib/nn.llm:153)
 *   %66 = expand %65 : i32[T, T]   ($SRC/stdlib/nn.llm:153)
 *   %67 = expand %64 : i32[T, T]   ($SRC/stdlib/nn.llm:153)
 *   %68 = ge %67, %66 : i32[T, T]   ($SRC/stdlib/nn.llm:153)
 *   %69 = const -1000000000.0 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %70 = reshape %68 : i32[1, 1, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %71 = expand %70 : i32[B, 4, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %72 = where %71, %62, %69 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %74 = expand %73 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %75 = sub %72, %74 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %76 = exp %75 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %78 = expand %77 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:20)
 *   %285 = div %282, %78 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %286 = mul %282, %79 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %287 = div %286, %78 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %288 = neg %287 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %289 = sum %288 axes=[3] : f32[B, 4, T, 1]   ($SRC/stdlib/nn.llm:20)
 *   %290 = expand %289 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:20)
 *   %291 = add %285, %290 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %292 = mul %291, %76 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %293 = const 0.0 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %294 = where %71, %292, %293 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %295 = mul %294, %61 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:156)
 * arguments: x0 = %60; x1 = %73; x2 = %77; x3 = %79; x4 = %282; y0 = %295; d_B = B; d_T = T
 */
__kernel void mul_afce1dac65ec(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3,
    __global const float *restrict x4, __global float *restrict y0, int d_B, int d_T) {
  __local float red[128];
  const int lid = (int)get_local_id(0);
  const long rows = (long)d_B * 4 * d_T;
  const long groups = (long)d_B * 4;
  const long len = (long)d_T;
  for (long blk = (long)get_group_id(0); blk < rows; blk += groups) {
    const int o2 = (int)(blk % d_T);
    const long oq = blk / d_T;
    const int o1 = (int)(oq % 4);
    const int o0 = (int)(oq / 4);
    float acc = 0.0f;
    for (long e = (long)lid; e < len; e += 128L) {
      const int r0 = (int)e;
      const float v0 = x2[((long)o0 * 4 + o1) * d_T + o2];
      acc += -(x4[(((long)o0 * 4 + o1) * d_T + o2) * d_T + r0] * x3[(((long)o0 * 4 + o1) * d_T + o2) * d_T + r0] / v0);
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
    const float r1 = red[0];
    for (long e_2 = (long)lid; e_2 < len; e_2 += 128L) {
      const int a0 = (int)e_2;
      const long at = (((long)o0 * 4 + o1) * d_T + o2) * d_T + a0;
      const long t0_q = (long)o2 * (long)d_T + (long)a0;
      const int t0_1 = (int)(t0_q % (long)d_T);
      const int t0_0 = (int)(t0_q / (long)d_T);
      const int v1 = t0_0 >= t0_1;
      const float v0_2 = x2[((long)o0 * 4 + o1) * d_T + o2];
      y0[at] = (v1 != 0 ? (x4[(((long)o0 * 4 + o1) * d_T + o2) * d_T + a0] / v0_2 + r1) * exp((v1 != 0 ? x0[(((long)o0 * 4 + o1) * d_T + o2) * d_T + a0] * 0.17677669f : -1e+09f) - x1[((long)o0 * 4 + o1) * d_T + o2]) : 0.0f) * 0.17677669f;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
