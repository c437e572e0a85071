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

/* k176_add (add_2febf2c9fe97): 19 IR nodes, one work item per row of the reduction's domain
 *   %150 = reshape %149 : f32[B, T, 65]   (examples/gpt_char.llm:30)
 *   %151 = rmax %150 axes=[2] nograd=1 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:25)
 *   %152 = expand %151 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %153 = sub %150, %152 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %154 = exp %153 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %155 = sum %154 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:26)
 *   %161 = symdim B*T : i32[]   ($SRC/stdlib/nn.llm:32)
 *   %162 = cast %161 : f32[]   ($SRC/stdlib/nn.llm:32)
 *   %163 = reshape %162 : f32[1, 1]   ($SRC/stdlib/nn.llm:32)
 *   %167 = const -1.0 : f32[1, 1]   ($SRC/stdlib/nn.llm:32)
 *   %168 = div %167, %163 : f32[1, 1]   ($SRC/stdlib/nn.llm:32)
 *   %169 = expand %168 : f32[B, T]   ($SRC/stdlib/nn.llm:32)
 *   %170 = put_add %169, %1 axis=2 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:32)
 *   %171 = neg %170 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:32)
 *   %172 = sum %171 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:26)
 *   %173 = div %172, %155 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:26)
 *   %174 = expand %173 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %175 = mul %174, %154 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 *   %176 = add %175, %170 : f32[B, T, 65]   ($SRC/stdlib/nn.llm:26)
 * arguments: x0 = %1; x1 = %149; y0 = %151; y1 = %155; y2 = %176; d_B = B; d_T = T
 */
extern "C" __global__ void add_2febf2c9fe97(const int *__restrict__ x0, const float *__restrict__ x1, float *__restrict__ y0,
    float *__restrict__ y1, float *__restrict__ y2, int d_B, int d_T) {
  __shared__ float red[64];
  __shared__ float red_2[64];
  __shared__ float red_3[64];
  const int lid = (int)threadIdx.x;
  const long long rows = (long long)d_B * d_T;
  const long long groups = (long long)d_B;
  for (long long blk = (long long)blockIdx.x; blk < rows; blk += groups) {
    const int o1 = (int)(blk % d_T);
    const int o0 = (int)(blk / d_T);
    float acc = -__int_as_float(0x7f800000);
    for (long long e = (long long)lid; e < 65LL; e += 64LL) {
      const int r0 = (int)e;
      const long long t0_q = ((long long)o0 * (long long)d_T + (long long)o1) * 65LL + (long long)r0;
      const int t0_1 = (int)(t0_q % 65LL);
      const long long t0_0 = t0_q / 65LL;
      const float v0 = x1[t0_0 * 65 + t0_1];
      if (!isnan(acc) && (isnan(v0) || v0 > acc)) {
        acc = v0;
      }
    }
    red[lid] = acc;
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
    for (long long e_2 = (long long)lid; e_2 < 65LL; e_2 += 64LL) {
      const int r0_2 = (int)e_2;
      const long long t1_q = ((long long)o0 * (long long)d_T + (long long)o1) * 65LL + (long long)r0_2;
      const int t1_1 = (int)(t1_q % 65LL);
      const long long t1_0 = t1_q / 65LL;
      const float v0_2 = x1[t1_0 * 65 + t1_1];
      const float v1 = expf(v0_2 - r1);
      acc_2 += v1;
    }
    red_2[lid] = acc_2;
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
    for (long long e_3 = (long long)lid; e_3 < 65LL; e_3 += 64LL) {
      const int r0_3 = (int)e_3;
      float v = 0.0f;
      if (x0[(long long)o0 * d_T + o1] == r0_3) {
        v += -1.0f / (float)(int)((long long)d_B * d_T);
      }
      acc_3 += -v;
    }
    red_3[lid] = acc_3;
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
    const float r4 = r3 / r2;
    if (lid == 0) {
      y0[blk] = r1;
      y1[blk] = r2;
    }
    for (long long e_4 = (long long)lid; e_4 < 65LL; e_4 += 64LL) {
      const int a0 = (int)e_4;
      const long long at = ((long long)o0 * d_T + o1) * 65 + a0;
      const long long t2_q = ((long long)o0 * (long long)d_T + (long long)o1) * 65LL + (long long)a0;
      const int t2_1 = (int)(t2_q % 65LL);
      const long long t2_0 = t2_q / 65LL;
      const float v0_3 = x1[t2_0 * 65 + t2_1];
      const float v1_2 = expf(v0_3 - r1);
      float v_2 = 0.0f;
      if (x0[(long long)o0 * d_T + o1] == a0) {
        v_2 += -1.0f / (float)(int)((long long)d_B * d_T);
      }
      y2[at] = r4 * v1_2 + v_2;
    }
    __syncthreads();
  }
}
