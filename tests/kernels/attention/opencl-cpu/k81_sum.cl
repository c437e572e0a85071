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

/* k81_sum: 23 IR nodes, one work item per row of the reduction's domain
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
 * arguments: x31 = %31; x74 = %74; y44 = %44; y48 = %48; y50 = %50; y81 = %81; d_B = B; d_T = T
 */
__kernel void k81_sum(__global const float *restrict x31, __global const float *restrict x74,
    __global float *restrict y44, __global float *restrict y48, __global float *restrict y50,
    __global float *restrict y81, int d_B, int d_T) {
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
  for (int r3 = 0; r3 < d_T; r3++) {
    const long t5_q = (long)o2 * d_T + r3;
    const int t5_1 = (int)(t5_q % d_T);
    const int t5_0 = (int)(t5_q / d_T);
    const int t7_0 = (int)(long)t5_0;
    const int t9_0 = (int)(long)t5_1;
    const float v43 = t7_0 >= t9_0 != 0 ? x31[(((long)o0 * 2 + o1) * d_T + o2) * d_T + r3] * 0.35355338f : -1e+09f;
    if (!isnan(acc) && (isnan(v43) || v43 > acc)) {
      acc = v43;
    }
  }
  float acc_2 = 0.0f;
  /* sum over axes 3 */
  for (int r3_2 = 0; r3_2 < d_T; r3_2++) {
    const long t13_q = (long)o2 * d_T + r3_2;
    const int t13_1 = (int)(t13_q % d_T);
    const int t13_0 = (int)(t13_q / d_T);
    const int t15_0 = (int)(long)t13_0;
    const int t17_0 = (int)(long)t13_1;
    const float v43_2 = t15_0 >= t17_0 != 0 ? x31[(((long)o0 * 2 + o1) * d_T + o2) * d_T + r3_2] * 0.35355338f : -1e+09f;
    const float v47 = exp(v43_2 - acc);
    acc_2 += v47;
  }
  float acc_3 = 0.0f;
  /* sum over axes 3 */
  for (int r3_3 = 0; r3_3 < d_T; r3_3++) {
    const long t22_q = (long)o2 * d_T + r3_3;
    const int t22_1 = (int)(t22_q % d_T);
    const int t22_0 = (int)(t22_q / d_T);
    const int t24_0 = (int)(long)t22_0;
    const int t26_0 = (int)(long)t22_1;
    const float v43_3 = t24_0 >= t26_0 != 0 ? x31[(((long)o0 * 2 + o1) * d_T + o2) * d_T + r3_3] * 0.35355338f : -1e+09f;
    const float v47_2 = exp(v43_3 - acc);
    acc_3 += -(x74[(((long)o0 * 2 + o1) * d_T + o2) * d_T + r3_3] * (v47_2 / acc_2) / acc_2);
  }
  y44[i] = acc;
  y48[i] = acc_2;
  y81[i] = acc_3;
  for (int a3 = 0; a3 < d_T; a3++) {
    const long at = (((long)o0 * 2 + o1) * d_T + o2) * d_T + a3;
    const long t34_q = (long)o2 * d_T + a3;
    const int t34_1 = (int)(t34_q % d_T);
    const int t34_0 = (int)(t34_q / d_T);
    const int t36_0 = (int)(long)t34_0;
    const int t38_0 = (int)(long)t34_1;
    const float v43_4 = t36_0 >= t38_0 != 0 ? x31[(((long)o0 * 2 + o1) * d_T + o2) * d_T + a3] * 0.35355338f : -1e+09f;
    const float v47_3 = exp(v43_4 - acc);
    y50[at] = v47_3 / acc_2;
  }
}
