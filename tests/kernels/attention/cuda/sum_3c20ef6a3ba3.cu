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

/* k62_sum (sum_3c20ef6a3ba3): 6 IR nodes, one work item per row of the reduction's domain
 *   %56 = reshape %55 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %58 = reshape %57 : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %59 = expand %58 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %60 = add %56, %59 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %61 = mul %60, %1 : f32[B, T, 16]   (tests/fusion/attention.llm:12)
 *   %62 = sum %61 axes=[0, 1, 2] : f32[1, 1, 1]   (tests/fusion/attention.llm:12)
 * arguments: x0 = %1; x1 = %55; x2 = %57; y0 = %62; d_B = B; d_T = T
 */
extern "C" __global__ void sum_3c20ef6a3ba3(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    float *__restrict__ y0, int d_B, int d_T) {
  __shared__ float red[128];
  const int lid = (int)threadIdx.x;
  const long long len = (long long)d_B * d_T * 16;
  for (long long blk = (long long)blockIdx.x; blk < 1LL; blk++) {
    float acc = 0.0f;
    for (long long e = (long long)lid; e < len; e += 128LL) {
      const int r0 = (int)(e % 16);
      const long long rq = e / 16;
      const int r1 = (int)(rq % d_T);
      const int r2 = (int)(rq / d_T);
      const long long t0_q = ((long long)r2 * (long long)d_T + (long long)r1) * 16LL + (long long)r0;
      const int t0_1 = (int)(t0_q % 16LL);
      const long long t0_0 = t0_q / 16LL;
      acc += (x1[t0_0 * 16 + t0_1] + x2[(long long)r0]) * x0[((long long)r2 * d_T + r1) * 16 + r0];
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
    const float r3 = red[0];
    if (lid == 0) {
      y0[blk] = r3;
    }
    __syncthreads();
  }
}
