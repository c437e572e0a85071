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
#ifndef LLMC_FMIN
#define LLMC_FMIN
LLMC_FN float llmc_fmin(float a, float b) { return isnan(a) || isnan(b) ? a + b : a < b ? a : b; }
#endif

/* k66_sub (sub_59dcdf674ecb): 47 IR nodes, one work item per output element
 *   %10 = reshape %9 : f32[1]
 *   %11 = sqrt %10 : f32[1]
 *   %12 = const 1.0 : f32[1]
 *   %13 = const 9.9999999999999995e-07 : f32[1]
 *   %14 = add %11, %13 : f32[1]
 *   %15 = const 1.0 : f32[1]
 *   %16 = div %15, %14 : f32[1]
 *   %17 = min %16, %12 : f32[1]
 *   %18 = expand %17 : f32[4096]
 *   %19 = mul %1, %18 : f32[4096]
 *   %20 = const 0.099999999999999978 : f32[4096]
 *   %21 = mul %20, %19 : f32[4096]
 *   %22 = const 0.90000000000000002 : f32[4096]
 *   %23 = mul %22, %2 : f32[4096]
 *   %24 = add %23, %21 : f32[4096]
 *   %25 = mul %19, %19 : f32[4096]
 *   %26 = const 0.0010000000000000009 : f32[4096]
 *   %27 = mul %26, %25 : f32[4096]
 *   %28 = const 0.999 : f32[4096]
 *   %29 = mul %28, %3 : f32[4096]
 *   %30 = add %29, %27 : f32[4096]
 *   %35 = const 1.0 : f32[1]
 *   %36 = add %35, %34 : f32[1]
 *   %38 = neg %37 : f32[1]
 *   %39 = mul %38, %36 : f32[1]
 *   %40 = div %5, %39 : f32[1]
 *   %45 = const 1.0 : f32[1]
 *   %46 = add %45, %44 : f32[1]
 *   %48 = neg %47 : f32[1]
 *   %49 = mul %48, %46 : f32[1]
 *   %50 = sqrt %49 : f32[1]
 *   %51 = const 1e-08 : f32[4096]
 *   %52 = expand %50 : f32[4096]
 *   %53 = sqrt %30 : f32[4096]
 *   %54 = div %53, %52 : f32[4096]
 *   %55 = add %54, %51 : f32[4096]
 *   %56 = const 0.01 : f32[1]
 *   %57 = mul %5, %56 : f32[1]
 *   %58 = expand %57 : f32[4096]
 *   %59 = mul %58, %4 : f32[4096]
 *   %60 = const 1.0 : f32[4096]
 *   %61 = sub %60, %59 : f32[4096]
 *   %62 = mul %0, %61 : f32[4096]
 *   %63 = div %24, %55 : f32[4096]
 *   %64 = expand %40 : f32[4096]
 *   %65 = mul %64, %63 : f32[4096]
 *   %66 = sub %62, %65 : f32[4096]
 * arguments: x0 = %0; x1 = %1; x2 = %2; x3 = %3; x4 = %4; x5 = %5; x6 = %9; x7 = %34; x8 = %37; x9 = %44; x10 = %47; y0 = %24; y1 = %30; y2 = %66
 */
extern "C" __global__ void sub_59dcdf674ecb(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, const float *__restrict__ x4, const float *__restrict__ x5,
    const float *__restrict__ x6, const float *__restrict__ x7, const float *__restrict__ x8,
    const float *__restrict__ x9, const float *__restrict__ x10, float *__restrict__ y0,
    float *__restrict__ y1, float *__restrict__ y2) {
  const int i = (int)(blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= 4096) {
    return;
  }
  const float v0 = x1[i] * llmc_fmin(1.0f / (sqrtf(x6[0]) + 1e-06f), 1.0f);
  const float v1 = 0.9f * x2[i] + 0.1f * v0;
  y0[i] = v1;
  const float v2 = 0.999f * x3[i] + 0.001f * (v0 * v0);
  y1[i] = v2;
  const float v3 = x0[i] * (1.0f - x5[0] * 0.01f * x4[i]) - x5[0] / (-x8[0] * (1.0f + x7[0])) * ((0.9f * x2[i] + 0.1f * v0) / (sqrtf(0.999f * x3[i] + 0.001f * (v0 * v0)) / sqrtf(-x10[0] * (1.0f + x9[0])) + 1e-08f));
  y2[i] = v3;
}
