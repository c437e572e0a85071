/* optim.h — the optimiser update as an IR graph over one flat parameter
 * vector (as llm.c keeps its parameters), so that the fusion pass plans the
 * whole AdamW step of every parameter as two kernels: the gradient norm (a
 * row kernel with one row) and one element kernel that stores the new
 * parameters and moments. docs/runtime.md, "The optimiser update".
 *
 * Semantics: torch.nn.utils.clip_grad_norm_(max_norm = clip) followed by
 * torch.optim.AdamW (decoupled weight decay, bias-corrected moments), applied
 * to all parameters at once. */
#ifndef LLMC_OPTIM_H
#define LLMC_OPTIM_H

#include "ir.h"
#include "tensor.h"

typedef enum LrSchedule { LR_CONSTANT, LR_COSINE, LR_LINEAR } LrSchedule;

typedef struct AdamwOpts {
  double lr;            /* the base learning rate (the schedule's peak) */
  double beta1, beta2;  /* in [0, 1) */
  double eps;
  double weight_decay;  /* decoupled: p *= 1 - lr * weight_decay where decay[i] = 1 */
  double clip;          /* max global L2 norm of the gradients; 0: no clipping */
  LrSchedule schedule;  /* for rt_lr_at */
  int64_t warmup;       /* steps of linear warm-up */
  double min_lr;        /* cosine: the floor */
  int64_t steps;        /* the run's length (cosine and linear decay over it) */
  /* The gradients are multiplied by grad_scale first (a trainer's 1 / accum;
   * 0 or 1: unchanged). norm_out: also output "grad_norm" [1], the global L2
   * norm of the (scaled) gradients before clipping, as clip_grad_norm_
   * returns it. Both default off, so the graph stays the plain update. */
  double grad_scale;
  bool norm_out;
} AdamwOpts;

/* PyTorch's AdamW defaults (lr 1e-3, betas 0.9/0.999, eps 1e-8, weight decay
 * 0.01) with clip 1.0, a constant schedule, 1000 steps. */
AdamwOpts rt_adamw_defaults(void);

/* The update over P = nparams_total elements. Inputs, all f32:
 *   "params", "grads", "m", "v"   [P]  the flat vectors (m, v start at 0)
 *   "decay"                       [P]  1 where weight decay applies, else 0;
 *                                      only when weight_decay > 0
 *   "lr", "step"                  [1]  this step's (scheduled) learning rate
 *                                      and t = 1, 2, ... (bias corrections)
 * Outputs "params.new", "m.new", "v.new" [P] (and "grad_norm" [1] with
 * o->norm_out). betas, eps, weight_decay, clip and grad_scale are constants
 * of the graph. */
Graph *rt_adamw_graph(int64_t nparams_total, const AdamwOpts *o);

/* torch.optim.SGD (dampening 0, no Nesterov, no weight decay) after
 * clip_grad_norm_(max_norm = o->clip; 0: none), over P elements; of o, only
 * clip, grad_scale and norm_out are read. Inputs, f32:
 *   "params", "grads", "m" (the momentum buffer; starts at 0, so the first
 *   step's buffer is the gradient, as torch's clone)  [P]
 *   "lr"  [1]
 * Outputs "params.new" and "m.new" [P]; momentum 0: "m" and "m.new" are
 * absent (and "grad_norm" [1] with o->norm_out). momentum and clip are
 * constants of the graph; lr is an input. */
Graph *rt_sgd_graph(int64_t nparams_total, double momentum, const AdamwOpts *o);

/* The learning rate of step t (1-based) under o's schedule: linear warm-up
 * lr * t / warmup for t <= warmup, then constant (lr), cosine
 * (min_lr + (lr - min_lr) (1 + cos(pi p)) / 2) or linear (lr (1 - p)) with
 * p = (t - warmup) / (steps - warmup) clamped to [0, 1]. */
double rt_lr_at(const AdamwOpts *o, int64_t t);

/* Whether g has an INPUT named `name` (ir_interp rejects extra inputs). */
bool rt_graph_has_input(const Graph *g, const char *name);

/* ---- the flat parameter vector -----------------------------------------------
 * The tensors of a list (parameters, in model order) laid end to end in f32. */
int64_t rt_flat_numel(const TensorList *layout);
/* Copies the tensors named prefix + NAME (NAME: each tensor of `layout` in
 * order) from src into dst, an f32 tensor of rt_flat_numel(layout) elements,
 * converting from their dtypes; a tensor missing from src is zeros (a
 * parameter the loss does not reach gets no gradient). src NULL: the layout's
 * tensors themselves. False (and nothing reported) on a size mismatch. */
bool rt_flat_pack(const TensorList *layout, const TensorList *src, const char *prefix, Tensor *dst);
/* A new f32 tensor `name` [rt_flat_numel(layout)] holding the layout's tensors. */
Tensor *rt_flat_new(const TensorList *layout, const char *name);
/* Copies flat back into the layout's tensors (converting to their dtypes). */
bool rt_flat_unpack(const Tensor *flat, TensorList *layout);
/* The weight-decay mask (PyTorch / nanoGPT convention): 1 for every element
 * of a tensor of rank >= 2 (matmul weights, embeddings), 0 for rank 0 and 1
 * (biases, norm gains). */
Tensor *rt_flat_decay_mask(const TensorList *layout, const char *name);

#endif
