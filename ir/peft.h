/* peft.h — parameter-efficient fine-tuning as IR rewrites (LANGUAGE.md
 * section 8, docs/peft.md). They run on the lowered graph, before autodiff,
 * so the gradients, fusion and kernels of the new nodes come from the usual
 * passes. The front end (frontend/peft.c) declares the new parameters in the
 * Model; these rewrites only add the nodes that read them. */
#ifndef LLMC_IR_PEFT_H
#define LLMC_IR_PEFT_H

#include "ir.h"

/* One LoRA-adapted weight: every matmul reading `weight` [in, out] as its
 * right operand (directly, or through the reshape/expand that broadcast it
 * over batch axes) becomes  x @ W + ((drop(x) @ A) @ B) * scale,  A = PARAM
 * `a` [in, rank], B = PARAM `b` [rank, out]. */
typedef struct IrLora {
  const char *weight, *a, *b;
  int64_t rank;
  double scale;   /* alpha / rank */
  double dropout; /* applied to x before A when the graph is lowered for training */
} IrLora;

/* A new graph computing g's outputs with the LoRA terms added; g is left as
 * is. `training` turns dropout on (one RAND stream per weight, numbered after
 * g's own streams). *nhits receives the number of matmuls rewritten. */
Graph *ir_peft_lora(const Graph *g, const IrLora *l, int n, bool training, int *nhits);

#endif
