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
#ifndef LLMC_FMAX
#define LLMC_FMAX
/* max and min propagating NaN */
LLMC_FN float llmc_fmax(float a, float b) { return isnan(a) || isnan(b) ? a + b : a > b ? a : b; }
#endif

/* k81_sum (sum_bdf646ceb1b5): 23 IR nodes, one work item per row of the reduction's domain
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
 * arguments: x0 = %31; x1 = %74; y0 = %44; y1 = %48; y2 = %50; y3 = %81; d_B = B; d_T = T
 */
extern "C" __global__ void sum_bdf646ceb1b5(const float *__restrict__ x0, const float *__restrict__ x1, float *__restrict__ y0,
    float *__restrict__ y1, float *__restrict__ y2, float *__restrict__ y3, int d_B, int d_T) {
  __shared__ float red[128];
  __shared__ float red_2[128];
  __shared__ float red_3[128];
  const int lid = (int)threadIdx.x;
  const long long rows = (long long)d_B * 2 * d_T;
  const long long groups = (long long)d_B * 2;
  const long long len = (long long)d_T;
  for (long long blk = (long long)blockIdx.x; blk < rows; blk += groups) {
    const int o2 = (int)(blk % d_T);
    const long long oq = blk / d_T;
    const int o1 = (int)(oq % 2);
    const int o0 = (int)(oq / 2);
    float acc = -__int_as_float(0x7f800000);
    for (long long e = (long long)lid; e < len; e += 128LL) {
      const int r0 = (int)e;
      const long long t0_q = (long long)o2 * (long long)d_T + (long long)r0;
      const int t0_1 = (int)(t0_q % (long long)d_T);
      const int t0_0 = (int)(t0_q / (long long)d_T);
      const float v0 = t0_0 >= t0_1 != 0 ? x0[(((long long)o0 * 2 + o1) * d_T + o2) * d_T + r0] * 0.35355338f : -1e+09f;
      if (!isnan(acc) && (isnan(v0) || v0 > acc)) {
        acc = v0;
      }
    }
    red[lid] = acc;
    __syncthreads();
    if (lid < 64) {
      red[lid] = llmc_fmax(red[lid], red[lid + 64]);
    }
    __syncthreads();
    if (lid < 32) {
      red[lid] = llmc_fmax(red[lid], red[lid + 32]);
    }
    __syncthreads();
    if (lid < 16) {
      red[lid] = llmc_fmax(red[lid], red[lid + 16]);
    }
    __syncthreads();
    if (lid < 8) {
      red[lid] = llmc_fmax(red[lid], red[lid + 8]);
    }
    __syncthreads();
    if (lid < 4) {
      red[lid] = llmc_fmax(red[lid], red[lid + 4]);
    }
    __syncthreads();
    if (lid < 2) {
      red[lid] = llmc_fmax(red[lid], red[lid + 2]);
    }
    __syncthreads();
    if (lid < 1) {
      red[lid] = llmc_fmax(red[lid], red[lid + 1]);
    }
    __syncthreads();
    const float r1 = red[0];
    float acc_2 = 0.0f;
    for (long long e_2 = (long long)lid; e_2 < len; e_2 += 128LL) {
      const int r0_2 = (int)e_2;
      const long long t1_q = (long long)o2 * (long long)d_T + (long long)r0_2;
      const int t1_1 = (int)(t1_q % (long long)d_T);
      const int t1_0 = (int)(t1_q / (long long)d_T);
      const float v0_2 = t1_0 >= t1_1 != 0 ? x0[(((long long)o0 * 2 + o1) * d_T + o2) * d_T + r0_2] * 0.35355338f : -1e+09f;
      const float v1 = expf(v0_2 - r1);
      acc_2 += v1;
    }
    red_2[lid] = acc_2;
    __syncthreads();
    if (lid < 64) {
      red_2[lid] = red_2[lid] + red_2[lid + 64];
    }
    __syncthreads();
    if (lid < 32) {
      red_2[lid] = red_2[lid] + red_2[lid + 32];
    }
    __syncthreads();
    if (lid < 16) {
      red_2[lid] = red_2[lid] + red_2[lid + 16];
    }
    __syncthreads();
    if (lid < 8) {
      red_2[lid] = red_2[lid] + red_2[lid + 8];
    }
    __syncthreads();
    if (lid < 4) {
      red_2[lid] = red_2[lid] + red_2[lid + 4];
    }
    __syncthreads();
    if (lid < 2) {
      red_2[lid] = red_2[lid] + red_2[lid + 2];
    }
    __syncthreads();
    if (lid < 1) {
      red_2[lid] = red_2[lid] + red_2[lid + 1];
    }
    __syncthreads();
    const float r2 = red_2[0];
    float acc_3 = 0.0f;
    for (long long e_3 = (long long)lid; e_3 < len; e_3 += 128LL) {
      const int r0_3 = (int)e_3;
      const long long t2_q = (long long)o2 * (long long)d_T + (long long)r0_3;
      const int t2_1 = (int)(t2_q % (long long)d_T);
      const int t2_0 = (int)(t2_q / (long long)d_T);
      const float v0_3 = t2_0 >= t2_1 != 0 ? x0[(((long long)o0 * 2 + o1) * d_T + o2) * d_T + r0_3] * 0.35355338f : -1e+09f;
      const float v1_2 = expf(v0_3 - r1);
      acc_3 += -(x1[(((long long)o0 * 2 + o1) * d_T + o2) * d_T + r0_3] * (v1_2 / r2) / r2);
    }
    red_3[lid] = acc_3;
    __syncthreads();
    if (lid < 64) {
      red_3[lid] = red_3[lid] + red_3[lid + 64];
    }
    __syncthreads();
    if (lid < 32) {
      red_3[lid] = red_3[lid] + red_3[lid + 32];
    }
    __syncthreads();
    if (lid < 16) {
      red_3[lid] = red_3[lid] + red_3[lid + 16];
    }
    __syncthreads();
    if (lid < 8) {
      red_3[lid] = red_3[lid] + red_3[lid + 8];
    }
    __syncthreads();
    if (lid < 4) {
      red_3[lid] = red_3[lid] + red_3[lid + 4];
    }
    __syncthreads();
    if (lid < 2) {
      red_3[lid] = red_3[lid] + red_3[lid + 2];
    }
    __syncthreads();
    if (lid < 1) {
      red_3[lid] = red_3[lid] + red_3[lid + 1];
    }
    __syncthreads();
    const float r3 = red_3[0];
    if (lid == 0) {
      y0[blk] = r1;
      y1[blk] = r2;
      y3[blk] = r3;
    }
    for (long long e_4 = (long long)lid; e_4 < len; e_4 += 128LL) {
      const int a0 = (int)e_4;
      const long long at = (((long long)o0 * 2 + o1) * d_T + o2) * d_T + a0;
      const long long t3_q = (long long)o2 * (long long)d_T + (long long)a0;
      const int t3_1 = (int)(t3_q % (long long)d_T);
      const int t3_0 = (int)(t3_q / (long long)d_T);
      const float v0_4 = t3_0 >= t3_1 != 0 ? x0[(((long long)o0 * 2 + o1) * d_T + o2) * d_T + a0] * 0.35355338f : -1e+09f;
      const float v1_3 = expf(v0_4 - r1);
      y2[at] = v1_3 / r2;
    }
    __syncthreads();
  }
}
