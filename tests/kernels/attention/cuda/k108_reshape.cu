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

/* k108_reshape: 9 IR nodes, one work item per output element
 *   %52 = permute %51 perm=[0, 2, 1, 3] : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:157)
 *   %54 = reshape %52 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %91 = permute %76 perm=[0, 2, 1, 3] : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:151)
 *   %92 = permute %88 perm=[0, 2, 1, 3] : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:149)
 *   %97 = reshape %91 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %99 = reshape %90 : f32[B, 16, T]   ($SRC/stdlib/nn.llm:136)
 *   %100 = permute %99 perm=[0, 2, 1] : f32[B, T, 16]   ($SRC/stdlib/nn.llm:136)
 *   %103 = reshape %100 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %108 = reshape %92 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x51 = %51; x76 = %76; x88 = %88; x90 = %90; y54 = %54; y97 = %97; y103 = %103; y108 = %108; d_B = B; d_T = T
 */
extern "C" __global__ void k108_reshape(const float *__restrict__ x51, const float *__restrict__ x76, const float *__restrict__ x88,
    const float *__restrict__ x90, float *__restrict__ y54, float *__restrict__ y97,
    float *__restrict__ y103, float *__restrict__ y108, int d_B, int d_T) {
  const long long i = ((long long)blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= (long long)d_B * d_T * 16) {
    return;
  }
  const int t2_3 = (int)(i % 8);
  const long long t2_q = i / 8;
  const int t2_2 = (int)(t2_q % 2);
  const long long t2_q_2 = t2_q / 2;
  const int t2_1 = (int)(t2_q_2 % d_T);
  const int t2_0 = (int)(t2_q_2 / d_T);
  const float v54 = x51[(((long long)t2_0 * 2 + t2_2) * d_T + t2_1) * 8 + t2_3];
  y54[i] = v54;
  const int t4_3 = (int)(i % 8);
  const long long t4_q = i / 8;
  const int t4_2 = (int)(t4_q % 2);
  const long long t4_q_2 = t4_q / 2;
  const int t4_1 = (int)(t4_q_2 % d_T);
  const int t4_0 = (int)(t4_q_2 / d_T);
  const float v97 = x76[(((long long)t4_0 * 2 + t4_2) * d_T + t4_1) * 8 + t4_3];
  y97[i] = v97;
  const int t6_2 = (int)(i % 16);
  const long long t6_q = i / 16;
  const int t6_1 = (int)(t6_q % d_T);
  const int t6_0 = (int)(t6_q / d_T);
  const float v103 = x90[((long long)t6_0 * 16 + t6_2) * d_T + t6_1];
  y103[i] = v103;
  const int t9_3 = (int)(i % 8);
  const long long t9_q = i / 8;
  const int t9_2 = (int)(t9_q % 2);
  const long long t9_q_2 = t9_q / 2;
  const int t9_1 = (int)(t9_q_2 % d_T);
  const int t9_0 = (int)(t9_q_2 / d_T);
  const float v108 = x88[(((long long)t9_0 * 2 + t9_2) * d_T + t9_1) * 8 + t9_3];
  y108[i] = v108;
}
