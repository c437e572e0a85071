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

/* k295_mul (mul_c26cb6d26794): 27 IR nodes, one work item per row of the reduction's domain
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
extern "C" __global__ void mul_c26cb6d26794(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, const float *__restrict__ x4, float *__restrict__ y0, int d_B,
    int d_T) {
  __shared__ float red[128];
  const int lid = (int)threadIdx.x;
  const long long rows = (long long)d_B * 4 * d_T;
  const long long groups = (long long)d_B * 4;
  const long long len = (long long)d_T;
  for (long long blk = (long long)blockIdx.x; blk < rows; blk += groups) {
    const int o2 = (int)(blk % d_T);
    const long long oq = blk / d_T;
    const int o1 = (int)(oq % 4);
    const int o0 = (int)(oq / 4);
    float acc = 0.0f;
    for (long long e = (long long)lid; e < len; e += 128LL) {
      const int r0 = (int)e;
      const float v0 = x2[((long long)o0 * 4 + o1) * d_T + o2];
      acc += -(x4[(((long long)o0 * 4 + o1) * d_T + o2) * d_T + r0] * x3[(((long long)o0 * 4 + o1) * d_T + o2) * d_T + r0] / v0);
    }
    red[lid] = acc;
    __syncthreads();
    if (lid < 64) {
      red[lid] = red[lid] + red[lid + 64];
    }
    __syncthreads();
    if (lid < 32) {
      red[lid] = red[lid] + red[lid + 32];
    }
    __syncthreads();
    if (lid < 16) {
      red[lid] = red[lid] + red[lid + 16];
    }
    __syncthreads();
    if (lid < 8) {
      red[lid] = red[lid] + red[lid + 8];
    }
    __syncthreads();
    if (lid < 4) {
      red[lid] = red[lid] + red[lid + 4];
    }
    __syncthreads();
    if (lid < 2) {
      red[lid] = red[lid] + red[lid + 2];
    }
    __syncthreads();
    if (lid < 1) {
      red[lid] = red[lid] + red[lid + 1];
    }
    __syncthreads();
    const float r1 = red[0];
    for (long long e_2 = (long long)lid; e_2 < len; e_2 += 128LL) {
      const int a0 = (int)e_2;
      const long long at = (((long long)o0 * 4 + o1) * d_T + o2) * d_T + a0;
      const long long t0_q = (long long)o2 * (long long)d_T + (long long)a0;
      const int t0_1 = (int)(t0_q % (long long)d_T);
      const int t0_0 = (int)(t0_q / (long long)d_T);
      const int v1 = t0_0 >= t0_1;
      const float v0_2 = x2[((long long)o0 * 4 + o1) * d_T + o2];
      y0[at] = (v1 != 0 ? (x4[(((long long)o0 * 4 + o1) * d_T + o2) * d_T + a0] / v0_2 + r1) * expf((v1 != 0 ? x0[(((long long)o0 * 4 + o1) * d_T + o2) * d_T + a0] * 0.17677669f : -1e+09f) - x1[((long long)o0 * 4 + o1) * d_T + o2]) : 0.0f) * 0.17677669f;
    }
    __syncthreads();
  }
}
