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

/* k106_sum (sum_0e93b895cd00): 10 IR nodes, one work item per row of the reduction's domain
 *   %64 = sum %1 axes=[0, 1] : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %91 = permute %76 perm=[0, 2, 1, 3] : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:151)
 *   %92 = permute %88 perm=[0, 2, 1, 3] : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:149)
 *   %93 = reshape %91 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:137)
 *   %94 = sum %93 axes=[0, 1] : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %99 = reshape %90 : f32[B, 16, T]   ($SRC/stdlib/nn.llm:136)
 *   %100 = permute %99 perm=[0, 2, 1] : f32[B, T, 16]   ($SRC/stdlib/nn.llm:136)
 *   %101 = sum %100 axes=[0, 1] : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %105 = reshape %92 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:135)
 *   %106 = sum %105 axes=[0, 1] : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 * arguments: x0 = %1; x1 = %76; x2 = %88; x3 = %90; y0 = %64; y1 = %94; y2 = %101; y3 = %106; d_B = B; d_T = T
 */
extern "C" __global__ void sum_0e93b895cd00(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, float *__restrict__ y0, float *__restrict__ y1,
    float *__restrict__ y2, float *__restrict__ y3, int d_B, int d_T) {
  __shared__ float red[256];
  __shared__ float red_2[256];
  __shared__ float red_3[256];
  __shared__ float red_4[256];
  const int lid = (int)threadIdx.x;
  const int lc = lid % 32;
  const int ls = lid / 32;
  const long long len = (long long)d_B * d_T;
  for (long long blk = (long long)blockIdx.x; blk < 1LL; blk++) {
    const long long row = blk * 32LL + (long long)lc;
    const int ok = row < 16LL;
    const long long i_2 = ok ? row : 15LL;
    const int o2 = (int)i_2;
    float acc = 0.0f;
    for (long long e = (long long)ls; e < len; e += 8LL) {
      const int r0 = (int)(e % d_T);
      const int r1 = (int)(e / d_T);
      acc += x0[((long long)r1 * d_T + r0) * 16 + o2];
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
    float acc_2 = 0.0f;
    for (long long e_2 = (long long)ls; e_2 < len; e_2 += 8LL) {
      const int r0_2 = (int)(e_2 % d_T);
      const int r1_2 = (int)(e_2 / d_T);
      const int t0_3 = o2 % 8;
      const int t0_2 = o2 / 8;
      acc_2 += x1[(((long long)r1_2 * 2 + t0_2) * d_T + r0_2) * 8 + t0_3];
    }
    red_2[lid] = acc_2;
    __syncthreads();
    if (ls < 4) {
      red_2[lid] = red_2[lid] + red_2[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_2[lid] = red_2[lid] + red_2[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_2[lid] = red_2[lid] + red_2[lid + 32];
    }
    __syncthreads();
    const float r3 = red_2[lc];
    float acc_3 = 0.0f;
    for (long long e_3 = (long long)ls; e_3 < len; e_3 += 8LL) {
      const int r0_3 = (int)(e_3 % d_T);
      const int r1_3 = (int)(e_3 / d_T);
      const int t1_2 = o2 % 8;
      const int t1_1 = o2 / 8;
      acc_3 += x3[(((long long)r1_3 * 2 + t1_1) * 8 + t1_2) * d_T + r0_3];
    }
    red_3[lid] = acc_3;
    __syncthreads();
    if (ls < 4) {
      red_3[lid] = red_3[lid] + red_3[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_3[lid] = red_3[lid] + red_3[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_3[lid] = red_3[lid] + red_3[lid + 32];
    }
    __syncthreads();
    const float r4 = red_3[lc];
    float acc_4 = 0.0f;
    for (long long e_4 = (long long)ls; e_4 < len; e_4 += 8LL) {
      const int r0_4 = (int)(e_4 % d_T);
      const int r1_4 = (int)(e_4 / d_T);
      const int t2_3 = o2 % 8;
      const int t2_2 = o2 / 8;
      acc_4 += x2[(((long long)r1_4 * 2 + t2_2) * d_T + r0_4) * 8 + t2_3];
    }
    red_4[lid] = acc_4;
    __syncthreads();
    if (ls < 4) {
      red_4[lid] = red_4[lid] + red_4[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_4[lid] = red_4[lid] + red_4[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_4[lid] = red_4[lid] + red_4[lid + 32];
    }
    __syncthreads();
    const float r5 = red_4[lc];
    if (ok) {
      if (ls == 0) {
        y0[i_2] = r2;
        y1[i_2] = r3;
        y2[i_2] = r4;
        y3[i_2] = r5;
      }
    }
    __syncthreads();
  }
}
