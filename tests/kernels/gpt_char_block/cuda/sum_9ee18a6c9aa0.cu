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

/* k356_sum (sum_9ee18a6c9aa0): 1 IR node, one work item per row of the reduction's domain
 *   %356 = sum %355 axes=[0] : f32[1, T, 128]   (examples/gpt_char.llm:28)
 * arguments: x0 = %355; y0 = %356; d_B = B; d_T = T
 */
extern "C" __global__ void sum_9ee18a6c9aa0(const float *__restrict__ x0, float *__restrict__ y0, int d_B, int d_T) {
  __shared__ float red[256];
  const int lid = (int)threadIdx.x;
  const int lc = lid % 32;
  const int ls = lid / 32;
  const long long rows = (long long)d_T * 128;
  const long long blocks = (rows + 31LL) / 32LL;
  const long long len = (long long)d_B;
  for (long long blk = (long long)blockIdx.x; blk < blocks; blk += 128LL) {
    const long long row = blk * 32LL + (long long)lc;
    const int ok = row < rows;
    const long long i_2 = ok ? row : rows - 1LL;
    const int o2 = (int)(i_2 % 128);
    const int o1 = (int)(i_2 / 128);
    float acc = 0.0f;
    for (long long e = (long long)ls; e < len; e += 8LL) {
      const int r0 = (int)e;
      acc += x0[((long long)r0 * d_T + o1) * 128 + o2];
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
    const float r1 = red[lc];
    if (ok) {
      if (ls == 0) {
        y0[i_2] = r1;
      }
    }
    __syncthreads();
  }
}
