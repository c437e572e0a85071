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

/* One bottleneck adapter after a linear layer: its output y (the matmul
 * reading `weight`, plus `bias` when that is not NULL) becomes
 * y + relu(y @ D + bd) @ U + bu, with PARAMs D = `down` [out, size],
 * bd = `down_b` [size], U = `up` [size, out], bu = `up_b` [out]. */
typedef struct IrAdapter {
  const char *weight, *bias;
  const char *down, *down_b, *up, *up_b;
  int64_t size;
} IrAdapter;

typedef struct IrPeft {
  const IrLora *lora;
  int nlora;
  const IrAdapter *adapter;
  int nadapter;
  bool training; /* LoRA's dropout on (one RAND stream per weight, after g's own) */
} IrPeft;

/* A new graph computing g's outputs with the LoRA terms and adapters added;
 * g is left as is. *nhits receives the number of places rewritten. */
Graph *ir_peft(const Graph *g, const IrPeft *p, int *nhits);

/* Prompt tuning: `n` trainable embeddings, PARAM `param` [n, d], prepended to
 * the sequence. The rewrite finds the token embedding lookup (a GATHER of a
 * 2-d PARAM [V, d] by an i32 INPUT whose last axis is a shape variable T) and
 * makes it concat(prompt, lookup) along T, so that everything computed from
 * it runs over T + n positions: every node that does not depend on an input
 * (a causal mask from arange(T), RoPE angles, wpe[0:T], a dropout draw) is
 * recomputed with T replaced by T + n. Where a value of the longer sequence
 * meets one computed from the inputs alone (the targets, a mask) it is cut to
 * its last T positions, and so is every output: the loss and the logits see
 * the real positions only. g is left as is; NULL after reporting through d
 * (no lookup to prepend to, or a value whose prompt positions cannot be cut
 * out by a slice). docs/peft.md. */
typedef struct IrPrompt {
  const char *param;
  int64_t n;
} IrPrompt;
Graph *ir_prompt(const Graph *g, const IrPrompt *p, Diag *d);

#endif
