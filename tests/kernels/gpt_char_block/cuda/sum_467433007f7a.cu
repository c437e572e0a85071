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

/* k237_sum (sum_467433007f7a): 1 IR node, one work item per row of the reduction's domain
 *   %237 = sum %236 axes=[0, 1] : f32[1, 1, 512]   ($SRC/stdlib/nn.llm:66)
 * arguments: x0 = %236; y0 = %237; d_B = B; d_T = T
 */
extern "C" __global__ void sum_467433007f7a(const float *__restrict__ x0, float *__restrict__ y0, int d_B, int d_T) {
  __shared__ float red[256];
  const int lid = (int)threadIdx.x;
  const int lc = lid % 32;
  const int ls = lid / 32;
  const long long len = (long long)d_B * d_T;
  for (long long blk = (long long)blockIdx.x; blk < 16LL; blk += 16LL) {
    const long long row = blk * 32LL + (long long)lc;
    const int ok = row < 512LL;
    const long long i_2 = ok ? row : 511LL;
    const int o2 = (int)i_2;
    float acc = 0.0f;
    for (long long e = (long long)ls; e < len; e += 8LL) {
      const int r0 = (int)(e % d_T);
      const int r1 = (int)(e / d_T);
      acc += x0[((long long)r1 * d_T + r0) * 512 + o2];
    }
    red[lid] = acc;
    __syncthreads();
    if (ls < 4) {
      red[lid] = red[lid] + red[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red[lid] = red[lid] + red[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red[lid] = red[lid] + red[lid + 32];
    }
    __syncthreads();
    const float r2 = red[lc];
    if (ok) {
      if (ls == 0) {
        y0[i_2] = r2;
      }
    }
    __syncthreads();
  }
}
