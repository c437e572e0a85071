#ifndef LLMC_PRELUDE
#define LLMC_PRELUDE
#pragma OPENCL FP_CONTRACT OFF
typedef ulong llmc_u64;
typedef uint llmc_u32;
typedef ushort llmc_u16;
#define LLMC_FN static inline
#define LLMC_U64(c) c##UL
#define LLMC_AS_FLOAT(u) as_float(u)
#define LLMC_AS_UINT(f) as_uint(f)
#endif

/* k47_tanh: 13 IR nodes, one work item per row of the reduction's domain, in float16 vectors
 *   %7 = reshape %1 : f32[1, 4096]
 *   %8 = mul %7, %7 : f32[1, 4096]
 *   %9 = sum %8 axes=[1] : f32[1, 1]
 *   %31 = const -0.052680257828913141 : f32[1]
 *   %32 = mul %6, %31 : f32[1]
 *   %33 = add %32, %32 : f32[1]
 *   %34 = exp %33 : f32[1]
 *   %37 = tanh %32 : f32[1]
 *   %41 = const -0.00050025016679176718 : f32[1]
 *   %42 = mul %6, %41 : f32[1]
 *   %43 = add %42, %42 : f32[1]
 *   %44 = exp %43 : f32[1]
 *   %47 = tanh %42 : f32[1]
 * arguments: x1 = %1; x6 = %6; y9 = %9; y34 = %34; y37 = %37; y44 = %44; y47 = %47
 */
__kernel void k47_tanh(__global const float *restrict x1, __global const float *restrict x6, __global float *restrict y9,
    __global float *restrict y34, __global float *restrict y37, __global float *restrict y44,
    __global float *restrict y47) {
  const int i = (int)get_global_id(0);
  if (i >= 1) {
    return;
  }
  float16 vacc = (float16)0.0f;
  for (int a = 0; a < 4096; a += 16) {
    const float16 w7 = vload16(0, x1 + a);
    vacc += w7 * w7;
  }
  float acc = 0.0f;
  acc += vacc.s0;
  acc += vacc.s1;
  acc += vacc.s2;
  acc += vacc.s3;
  acc += vacc.s4;
  acc += vacc.s5;
  acc += vacc.s6;
  acc += vacc.s7;
  acc += vacc.s8;
  acc += vacc.s9;
  acc += vacc.sa;
  acc += vacc.sb;
  acc += vacc.sc;
  acc += vacc.sd;
  acc += vacc.se;
  acc += vacc.sf;
  y9[i] = acc;
  const float v32 = x6[i] * -0.052680258f;
  y34[i] = exp(v32 + v32);
  const float v32_2 = x6[i] * -0.052680258f;
  y37[i] = tanh(v32_2);
  const float v42 = x6[i] * -0.00050025014f;
  y44[i] = exp(v42 + v42);
  const float v42_2 = x6[i] * -0.00050025014f;
  y47[i] = tanh(v42_2);
}
