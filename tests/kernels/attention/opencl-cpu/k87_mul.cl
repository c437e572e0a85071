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

/* k87_mul: 23 IR nodes, one work item per output element
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
 *   %45 = expand %44 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %46 = sub %43, %45 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %47 = exp %46 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %49 = expand %48 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:20)
 *   %77 = div %74, %49 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %82 = expand %81 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:20)
 *   %83 = add %77, %82 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %84 = mul %83, %47 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %85 = const 0.0 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %86 = where %42, %84, %85 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %87 = mul %86, %32 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:156)
 * arguments: x31 = %31; x44 = %44; x48 = %48; x74 = %74; x81 = %81; y87 = %87; d_B = B; d_T = T
 */
__kernel void k87_mul(__global const float *restrict x31, __global const float *restrict x44,
    __global const float *restrict x48, __global const float *restrict x74,
    __global const float *restrict x81, __global float *restrict y87, int d_B, int d_T) {
  const long i = (long)get_global_id(0);
  if (i >= (long)d_B * 2 * d_T * d_T) {
    return;
  }
  const int o3 = (int)(i % d_T);
  const long oq = i / d_T;
  const int o2 = (int)(oq % d_T);
  const long oq_2 = oq / d_T;
  const int o1 = (int)(oq_2 % 2);
  const int o0 = (int)(oq_2 / 2);
  const long t3_q = (long)o2 * d_T + o3;
  const int t3_1 = (int)(t3_q % d_T);
  const int t3_0 = (int)(t3_q / d_T);
  const int t5_0 = (int)(long)t3_0;
  const int t7_0 = (int)(long)t3_1;
  const int v42 = t5_0 >= t7_0;
  y87[i] = (v42 != 0 ? (x74[i] / x48[((long)o0 * 2 + o1) * d_T + o2] + x81[((long)o0 * 2 + o1) * d_T + o2]) * exp((v42 != 0 ? x31[i] * 0.35355338f : -1e+09f) - x44[((long)o0 * 2 + o1) * d_T + o2]) : 0.0f) * 0.35355338f;
}
