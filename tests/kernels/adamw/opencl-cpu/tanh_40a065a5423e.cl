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

/* k47_tanh (tanh_40a065a5423e): 13 IR nodes, one work item per row of the reduction's domain, in float16 vectors
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
 * arguments: x0 = %1; x1 = %6; y0 = %9; y1 = %34; y2 = %37; y3 = %44; y4 = %47
 */
__kernel void tanh_40a065a5423e(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
    __global float *restrict y1, __global float *restrict y2, __global float *restrict y3,
    __global float *restrict y4) {
  const int i = (int)get_global_id(0);
  if (i >= 1) {
    return;
  }
  float16 vacc = (float16)0.0f;
  for (int a = 0; a < 4096; a += 16) {
    const float16 w0 = vload16(0, x0 + a);
    vacc += w0 * w0;
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
  y0[i] = acc;
  const float v0 = x1[i] * -0.052680258f;
  y1[i] = exp(v0 + v0);
  const float v0_2 = x1[i] * -0.052680258f;
  y2[i] = tanh(v0_2);
  const float v1 = x1[i] * -0.00050025014f;
  y3[i] = exp(v1 + v1);
  const float v1_2 = x1[i] * -0.00050025014f;
  y4[i] = tanh(v1_2);
}
