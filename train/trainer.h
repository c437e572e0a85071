/* trainer.h — the training loop's step, evaluation and checkpoints, free of
 * the front end: the caller (cli/cmd_train.c) lowers the model to a loss +
 * gradients graph and a loss graph, initialises the parameters and opens the
 * data; the trainer runs steps on a device (or the reference interpreter).
 *
 * A step (trainer_step): `accum` micro-batches through the loss + gradients
 * plan (specialised to (batch, seq)), their gradients averaged into one flat
 * f32 vector, then the optimiser's update plan (rt_adamw_graph or
 * rt_sgd_graph over that vector; the learning rate of the step is an input).
 * On a device, the flat vectors (parameters, gradients, moments) live in
 * device buffers bound to the plans and updated in place; per step only the
 * batch goes up and the loss and gradient norm come back. The interpreter
 * takes the same step on the host. docs/training.md, "The step on the device".
 *
 * Determinism: every random draw depends on (seed, step) only (batches on the
 * data generator, whose state checkpoints keep; dropout on seed and step), so
 * a run resumed from a checkpoint repeats bit for bit the losses of one that
 * was not interrupted, on the same device. */
#ifndef LLMC_TRAINER_H
#define LLMC_TRAINER_H

#include "data.h"
#include "device.h"
#include "ir.h"
#include "optim.h"
#include "pipeline.h"
#include "plan.h"
#include "safetensors.h"

typedef enum OptKind { OPT_ADAMW, OPT_SGD } OptKind;

typedef struct TrainConfig {
  int64_t batch, seq, steps;
  int accum;                /* micro-batches per step (gradient accumulation), >= 1 */
  int64_t eval_every;       /* 0: evaluate only at the end */
  int64_t eval_batches;     /* validation batches per evaluation */
  uint64_t seed;
  OptKind opt;
  AdamwOpts adamw;          /* lr, schedule, warm-up, clip, steps; AdamW's betas, eps, decay */
  double momentum;          /* sgd */
  PlOptions target;         /* the pipeline's switches for device plans: no_fuse, gpu_form, emit_dir */
  bool verbose;             /* -v: the per-kernel log of step 2 on stderr */
  bool adapter_ckpt;        /* checkpoints hold the trainable parameters only (a finetune model: its frozen
                             * ones are the base weights, named in the metadata) */
} TrainConfig;

/* ---- running a graph: a plan specialised to fixed shapes, or the interpreter */
typedef struct Runner {
  const Graph *g;
  Device *dev;
  Plan *plan;   /* NULL: the reference interpreter */
  DevBuf *pbuf; /* runner_keep_params: the parameters, on the device */
  FILE *log;    /* non-NULL: one line per kernel launch (name, time, GB/s, GFLOP/s) */
} Runner;
/* Compiles g for dev (NULL: the interpreter, nothing compiled) with the shape
 * variable "B" set to batch and every other one to seq; target (may be NULL)
 * gives the pipeline's switches (no_fuse, gpu_form, emit_dir). False after
 * reporting. */
bool runner_init(Runner *r, Device *dev, const Graph *g, const PlOptions *target, int64_t batch, int64_t seq,
                 Diag *d);
/* Uploads the parameters once and keeps them on the device (when all are
 * f32): later runs need not pass them. A no-op on the interpreter. */
bool runner_keep_params(Runner *r, const TensorList *params, Diag *d);
/* Runs with `seed` for the graph's random draws (dropout). */
bool runner_run(Runner *r, const TensorList *in, const TensorList *params, uint64_t seed, TensorList *out, Diag *d);
void runner_free(Runner *r); /* accepts a zeroed Runner */

/* ---- the trainer ---------------------------------------------------------------- */
typedef struct Trainer Trainer;

typedef struct StepInfo {
  int64_t step;     /* 1-based, the step just taken */
  double loss;      /* mean over the micro-batches */
  double lr, grad_norm; /* grad_norm: of the averaged gradients, before clipping */
  double seconds;   /* wall-clock time of the step */
} StepInfo;

/* grad_g: the loss with the gradients grad.NAME of every trainable parameter
 * (training = true); eval_g: the loss alone (training = false). params: every
 * parameter of the model, in model order (borrowed; the trainer updates the
 * tensors in place); trainable[i] says whether params[i] is trained. ds:
 * borrowed. dev NULL: the reference interpreter. NULL after reporting. */
Trainer *trainer_new(const TrainConfig *c, const Graph *grad_g, const Graph *eval_g, TensorList *params,
                     const bool *trainable, const Dataset *ds, Device *dev, Diag *d);
void trainer_free(Trainer *t); /* accepts NULL */
/* One optimiser step (accum micro-batches). */
bool trainer_step(Trainer *t, StepInfo *info, Diag *d);
/* The mean loss over eval_batches validation batches, the same batches at
 * every evaluation (drawn from a generator seeded by the run's seed). */
bool trainer_eval(Trainer *t, double *val_loss, Diag *d);
int64_t trainer_step_count(const Trainer *t);
const TensorList *trainer_params(const Trainer *t);

/* Writes a checkpoint: the parameters by name (the trainable ones only with
 * c->adapter_ckpt), the optimiser state
 * (opt.m.NAME, opt.v.NAME for AdamW; opt.m.NAME for SGD with momentum) and
 * meta plus llmc.step, llmc.data_rng, llmc.optimizer, llmc.checksum. Atomic (st_write). */
bool trainer_save(Trainer *t, const char *path, const StMeta *meta, Diag *d);
/* Restores a checkpoint trainer_save wrote (tensors checked by ckpt_read;
 * with c->adapter_ckpt the trainable ones, the others stay as they are);
 * *meta (may be NULL) gets its metadata for the caller's checks. */
bool trainer_load(Trainer *t, const char *path, StMeta *meta, Diag *d);

/* ---- checkpoint files (ckpt.c) -------------------------------------------------- */
/* Reads path and copies every tensor of `want` (by name) from it, after
 * checking each is there with the same shape (and a float dtype); tensors the
 * file has beyond `want` are errors unless their name starts with
 * `extra_prefix` (NULL: none allowed), in which case they are appended to
 * *extra (NULL: dropped). Errors name the file and the tensor, shape or key. */
bool ckpt_read(const char *path, TensorList *want, const char *extra_prefix, TensorList *extra, StMeta *meta,
               Diag *d);
/* A checksum of the tensors' names and bytes, in list order, as 16 hex
 * digits: trainer_save stores it as llmc.checksum; ckpt_read checks it when
 * present (a flipped bit in the data is otherwise a valid file). */
void ckpt_checksum(const TensorList *l, char out[17]);
/* Compares the metadata keys that start with `prefix` in `want` with those in
 * `have`: a missing or different key is an error naming the file, the key
 * and both values. */
bool ckpt_check_meta(const char *path, const StMeta *have, const StMeta *want, const char *prefix, Diag *d);
/* The path of DIR's newest checkpoint (ckpt-STEP.safetensors, largest STEP),
 * or NULL when there is none; *step gets STEP. */
char *ckpt_newest(const char *dir, int64_t *step);
/* Deletes all but the `keep` newest checkpoints of dir (and stale temporary
 * files of a killed writer). */
void ckpt_prune(const char *dir, int keep);

#endif
