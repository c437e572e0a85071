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

/* k166_neg (neg_1955609a719b): 14 IR nodes, one work item per row of the reduction's domain
 *   %150 = reshape %149 : f32[B, T, 65]   (examples/gpt_char.llm:30)
 *   %152 = expand %151 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %153 = sub %150, %152 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %156 = log %155 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:26)
 *   %157 = expand %156 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %158 = sub %153, %157 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %159 = take %158, %1 axis=2 : f32[B, T]   ($SRC/stdlib/nn.llm:32)
 *   %160 = sum %159 axes=[0, 1] : f32[1, 1]   ($SRC/stdlib/nn.llm:32)
 *   %161 = symdim B*T : i32[]   ($SRC/stdlib/nn.llm:32)
 *   %162 = cast %161 : f32[]   ($SRC/stdlib/nn.llm:32)
 *   %163 = reshape %162 : f32[1, 1]   ($SRC/stdlib/nn.llm:32)
 *   %164 = div %160, %163 : f32[1, 1]   ($SRC/stdlib/nn.llm:32)
 *   %165 = reshape %164 : f32[]   ($SRC/stdlib/nn.llm:32)
 *   %166 = neg %165 : f32[]   ($SRC/stdlib/nn.llm:32)
 * arguments: x0 = %1; x1 = %149; x2 = %151; x3 = %155; y0 = %166; d_B = B; d_T = T
 */
extern "C" __global__ void neg_1955609a719b(const int *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, float *__restrict__ y0, int d_B, int d_T) {
  __shared__ float red[128];
  const int lid = (int)threadIdx.x;
  const long long len = (long long)d_B * d_T;
  for (long long blk = (long long)blockIdx.x; blk < 1LL; blk++) {
    float acc = 0.0f;
    for (long long e = (long long)lid; e < len; e += 128LL) {
      const int r0 = (int)(e % d_T);
      const int r1 = (int)(e / d_T);
      const int pick = x0[(long long)r1 * d_T + r0];
      float v = 0.0f;
      if (pick >= 0 && pick < 65) {
        const long long t0_q = ((long long)r1 * (long long)d_T + (long long)r0) * 65LL + (long long)pick;
        const int t0_1 = (int)(t0_q % 65LL);
        const long long t0_0 = t0_q / 65LL;
        v = x1[t0_0 * 65 + t0_1] - x2[(long long)r1 * d_T + r0] - logf(x3[(long long)r1 * d_T + r0]);
      }
      acc += v;
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
    const float r2 = red[0];
    const float r3 = r2 / (float)(int)((long long)d_B * d_T);
    const float r4 = -r3;
    if (lid == 0) {
      y0[blk] = r4;
    }
    __syncthreads();
  }
}
