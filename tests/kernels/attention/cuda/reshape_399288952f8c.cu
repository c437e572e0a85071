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

/* k108_reshape (reshape_399288952f8c): 9 IR nodes, one work item per output element
 *   %52 = permute %51 perm=[0, 2, 1, 3] : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:157)
 *   %54 = reshape %52 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %91 = permute %76 perm=[0, 2, 1, 3] : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:151)
 *   %92 = permute %88 perm=[0, 2, 1, 3] : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:149)
 *   %97 = reshape %91 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %99 = reshape %90 : f32[B, 16, T]   ($SRC/stdlib/nn.llm:136)
 *   %100 = permute %99 perm=[0, 2, 1] : f32[B, T, 16]   ($SRC/stdlib/nn.llm:136)
 *   %103 = reshape %100 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %108 = reshape %92 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %51; x1 = %76; x2 = %88; x3 = %90; y0 = %54; y1 = %97; y2 = %103; y3 = %108; d_B = B; d_T = T
 */
extern "C" __global__ void reshape_399288952f8c(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, float *__restrict__ y0, float *__restrict__ y1,
    float *__restrict__ y2, float *__restrict__ y3, int d_B, int d_T) {
  const long long i = ((long long)blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= (long long)d_B * d_T * 16) {
    return;
  }
  const int t0_3 = (int)(i % 8);
  const long long t0_q = i / 8;
  const int t0_2 = (int)(t0_q % 2);
  const long long t0_q_2 = t0_q / 2;
  const int t0_1 = (int)(t0_q_2 % d_T);
  const int t0_0 = (int)(t0_q_2 / d_T);
  const float v0 = x0[(((long long)t0_0 * 2 + t0_2) * d_T + t0_1) * 8 + t0_3];
  y0[i] = v0;
  const int t1_3 = (int)(i % 8);
  const long long t1_q = i / 8;
  const int t1_2 = (int)(t1_q % 2);
  const long long t1_q_2 = t1_q / 2;
  const int t1_1 = (int)(t1_q_2 % d_T);
  const int t1_0 = (int)(t1_q_2 / d_T);
  const float v1 = x1[(((long long)t1_0 * 2 + t1_2) * d_T + t1_1) * 8 + t1_3];
  y1[i] = v1;
  const int t2_2 = (int)(i % 16);
  const long long t2_q = i / 16;
  const int t2_1 = (int)(t2_q % d_T);
  const int t2_0 = (int)(t2_q / d_T);
  const int t3_2 = t2_2 % 8;
  const int t3_1 = t2_2 / 8;
  const float v2 = x3[(((long long)t2_0 * 2 + t3_1) * 8 + t3_2) * d_T + t2_1];
  y2[i] = v2;
  const int t4_3 = (int)(i % 8);
  const long long t4_q = i / 8;
  const int t4_2 = (int)(t4_q % 2);
  const long long t4_q_2 = t4_q / 2;
  const int t4_1 = (int)(t4_q_2 % d_T);
  const int t4_0 = (int)(t4_q_2 / d_T);
  const float v3 = x2[(((long long)t4_0 * 2 + t4_2) * d_T + t4_1) * 8 + t4_3];
  y3[i] = v3;
}
