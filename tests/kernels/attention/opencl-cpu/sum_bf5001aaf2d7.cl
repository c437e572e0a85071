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

/* k81_sum (sum_bf5001aaf2d7): 23 IR nodes, one work item per row of the reduction's domain
 *   %32 = const 0.35355339059327373 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:152)
 *   %33 = mul %31, %32 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:152)
 *   %34 = iota axis=0 : i32[T]   ($SRC/stdlib/nn.llm:153)
 *   %35 = reshape %34 : i32[T, 1]   ($SRC/stdlib/nn.llm:153)
 *   %36 = reshape %34 : i32[1, T]   ($SRC/stdlib/nn.llm:153)
 *   %37 = expand %36 : i32[T, T]   ($SRC/stdlib/nn.llm:153)
 *   %38 = expand %35 : i32[T, T]   ($SRC/stdlib/nn.llm:153)
 *   %39 = ge %38, %37 : i32[T, T]   ($SRC/stdlib/nn.llm:153)
 *   %40 = const -1000000000.0 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %41 = reshape %39 : i32[1, 1, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %42 = expand %41 : i32[B, 2, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %43 = where %42, %33, %40 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %44 = rmax %43 axes=[3] nograd=1 : f32[B, 2, T, 1]   ($SRC/stdlib/nn.llm:18)
 *   %45 = expand %44 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %46 = sub %43, %45 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %47 = exp %46 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %48 = sum %47 axes=[3] : f32[B, 2, T, 1]   ($SRC/stdlib/nn.llm:20)
 *   %49 = expand %48 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:20)
 *   %50 = div %47, %49 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:20)
 *   %78 = mul %74, %50 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %79 = div %78, %49 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %80 = neg %79 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %81 = sum %80 axes=[3] : f32[B, 2, T, 1]   ($SRC/stdlib/nn.llm:20)
 * arguments: x0 = %31; x1 = %74; y0 = %44; y1 = %48; y2 = %50; y3 = %81; d_B = B; d_T = T
 */
__kernel void sum_bf5001aaf2d7(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
    __global float *restrict y1, __global float *restrict y2, __global float *restrict y3, int d_B,
    int d_T) {
  const long i = (long)get_global_id(0);
  if (i >= (long)d_B * 2 * d_T) {
    return;
  }
  const int o2 = (int)(i % d_T);
  const long oq = i / d_T;
  const int o1 = (int)(oq % 2);
  const int o0 = (int)(oq / 2);
  float acc = -INFINITY;
  /* max over axes 3 */
  for (int r0 = 0; r0 < d_T; r0++) {
    const long t0_q = (long)o2 * (long)d_T + (long)r0;
    const int t0_1 = (int)(t0_q % (long)d_T);
    const int t0_0 = (int)(t0_q / (long)d_T);
    const float v0 = t0_0 >= t0_1 != 0 ? x0[(((long)o0 * 2 + o1) * d_T + o2) * d_T + r0] * 0.35355338f : -1e+09f;
    if (!isnan(acc) && (isnan(v0) || v0 > acc)) {
      acc = v0;
    }
  }
  float acc_2 = 0.0f;
  /* sum over axes 3 */
  for (int r0_2 = 0; r0_2 < d_T; r0_2++) {
    const long t1_q = (long)o2 * (long)d_T + (long)r0_2;
    const int t1_1 = (int)(t1_q % (long)d_T);
    const int t1_0 = (int)(t1_q / (long)d_T);
    const float v0_2 = t1_0 >= t1_1 != 0 ? x0[(((long)o0 * 2 + o1) * d_T + o2) * d_T + r0_2] * 0.35355338f : -1e+09f;
    const float v1 = exp(v0_2 - acc);
    acc_2 += v1;
  }
  float acc_3 = 0.0f;
  /* sum over axes 3 */
  for (int r0_3 = 0; r0_3 < d_T; r0_3++) {
    const long t2_q = (long)o2 * (long)d_T + (long)r0_3;
    const int t2_1 = (int)(t2_q % (long)d_T);
    const int t2_0 = (int)(t2_q / (long)d_T);
    const float v0_3 = t2_0 >= t2_1 != 0 ? x0[(((long)o0 * 2 + o1) * d_T + o2) * d_T + r0_3] * 0.35355338f : -1e+09f;
    const float v1_2 = exp(v0_3 - acc);
    acc_3 += -(x1[(((long)o0 * 2 + o1) * d_T + o2) * d_T + r0_3] * (v1_2 / acc_2) / acc_2);
  }
  y0[i] = acc;
  y1[i] = acc_2;
  y3[i] = acc_3;
  for (int a3 = 0; a3 < d_T; a3++) {
    const long at = (((long)o0 * 2 + o1) * d_T + o2) * d_T + a3;
    const long t3_q = (long)o2 * (long)d_T + (long)a3;
    const int t3_1 = (int)(t3_q % (long)d_T);
    const int t3_0 = (int)(t3_q / (long)d_T);
    const float v0_4 = t3_0 >= t3_1 != 0 ? x0[(((long)o0 * 2 + o1) * d_T + o2) * d_T + a3] * 0.35355338f : -1e+09f;
    const float v1_3 = exp(v0_4 - acc);
    y2[at] = v1_3 / acc_2;
  }
}
