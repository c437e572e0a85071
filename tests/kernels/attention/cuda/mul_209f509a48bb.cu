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

/* k87_mul (mul_209f509a48bb): 23 IR nodes, one work item per output element
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
 * arguments: x0 = %31; x1 = %44; x2 = %48; x3 = %74; x4 = %81; y0 = %87; d_B = B; d_T = T
 */
extern "C" __global__ void mul_209f509a48bb(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, const float *__restrict__ x4, float *__restrict__ y0, int d_B,
    int d_T) {
  const long long i = ((long long)blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= (long long)d_B * 2 * d_T * d_T) {
    return;
  }
  const int o3 = (int)(i % d_T);
  const long long oq = i / d_T;
  const int o2 = (int)(oq % d_T);
  const long long oq_2 = oq / d_T;
  const int o1 = (int)(oq_2 % 2);
  const int o0 = (int)(oq_2 / 2);
  const long long t0_q = (long long)o2 * (long long)d_T + (long long)o3;
  const int t0_1 = (int)(t0_q % (long long)d_T);
  const int t0_0 = (int)(t0_q / (long long)d_T);
  const int v0 = t0_0 >= t0_1;
  y0[i] = (v0 != 0 ? (x3[i] / x2[((long long)o0 * 2 + o1) * d_T + o2] + x4[((long long)o0 * 2 + o1) * d_T + o2]) * expf((v0 != 0 ? x0[i] * 0.35355338f : -1e+09f) - x1[((long long)o0 * 2 + o1) * d_T + o2]) : 0.0f) * 0.35355338f;
}
