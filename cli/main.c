/* main.c — the llmc driver: parses the command line and runs one command. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "train_cli.h"

static int cmd_planned(int argc, char **argv);
int cmd_merge(int argc, char **argv); /* cmd_merge.c */

static const char *const COMMON_FLAGS =
    "Common flags:\n"
    "  -I DIR             also look for imports in DIR (after the importing file's folder)\n"
    "  --set KEY=VALUE    override a config value, or train.KEY / finetune.KEY (the value is an expression)\n"
    "  --data-dir DIR     where data files and checkpoints are looked up (default: $LLMC_DATA, else data/)\n"
    "  --stdlib DIR       use the stdlib in DIR (default: $LLMC_STDLIB, else the one llmc was built with)\n"
    "  --no-color         plain diagnostics\n"
    "  --dump-kernels DIR (run, grad, bench, train, eval, generate) every plan's kernels as built, and\n"
    "                     its plan.txt, in DIR/ENTRY (the same as LLMC_PLAN_DUMP=DIR)\n"
    "  -h, --help         this help\n";

static const Cmd cmds[] = {
  {"check", "FILE... [--summary]", "parse and check programs; print diagnostics", cmd_check,
   "Parses and checks each FILE: syntax, names, modules, shapes and dtypes of every\n"
   "function reachable from the model's forward and loss, and the train and finetune\n"
   "blocks (known keys, value types, data files that exist). Prints every error with\n"
   "its file:line:col and the source line. Exit status: 0 when all files are clean,\n"
   "1 when any has errors, 2 on a usage error.\n\n"
   "  --summary          also print a table of every parameter (dotted name, shape,\n"
   "                     dtype, count, trainable or frozen) and the totals\n"},
  {"ir", "FILE [--entry E] [--grad] [--after PASS] [--dot]", "print the tensor IR", cmd_ir,
   "Lowers the entry function (default: loss if the model has one, else forward) to\n"
   "the tensor IR and prints it: one SSA node per line, `%N = op operands attrs : type`.\n\n"
   "  --entry E          the model function to lower (forward, loss, ...)\n"
   "  --grad             append the backward pass (gradients of loss w.r.t. every\n"
   "                     trainable parameter, outputs grad.NAME)\n"
   "  --after PASS       print the graph after PASS: lower, autodiff or simplify\n"
   "                     (the default prints the final graph, after simplify)\n"
   "  --dot              write Graphviz instead of text\n"},
  {"run", "FILE --entry E (--params P | --init SEED) --inputs I -o OUT", "run an entry function", cmd_run,
   "Runs the entry function E on the tensors in I (safetensors, named after E's\n"
   "arguments) with the parameters in P (safetensors, dotted names) and writes\n"
   "its result to OUT (safetensors: `out`, or out0, out1, ... for a tuple, or\n"
   "`loss` for the loss entry).\n\n"
   "  --entry E          the model function (default forward)\n"
   "  --params P         parameters by dotted name\n"
   "  --init SEED        initialise parameters from their init clauses instead\n"
   "  --inputs I         the entry's arguments by name\n"
   "  -o OUT             where to write the outputs\n"
   "  --backend B        ref (the reference interpreter), opencl or cuda; the\n"
   "                     default is a CUDA GPU, else an OpenCL GPU, else OpenCL\n"
   "                     on the CPU, else ref\n"
   "  --device N         which device of the backend (llmc devices lists them)\n"
   "  -v                 one line per kernel launch (time, GB/s, GFLOP/s), the\n"
   "                     kernel-cache counts and the plan's peak memory\n"
   "  --precision P      f32 (default) or f64 arithmetic in the reference backend\n"
   "  --seed S           random seed for dropout (default 0)\n"
   "  --train            run with training = true (dropout active)\n"},
  {"grad", "FILE (--params P | --init SEED) --inputs I -o G", "compute the loss and its gradients", cmd_grad,
   "Runs `loss` on the inputs in I (safetensors named after loss's arguments) and\n"
   "writes `loss` and `grad.NAME` for every trainable parameter (not frozen, not\n"
   "selected by finetune.freeze) to G. The loss is evaluated with training = true.\n\n"
   "  --params P | --init SEED, --inputs I, -o G, --backend, --precision, --seed as for run\n"},
  {"compile", "FILE --target opencl|opencl-cpu|cuda -o DIR [--entry E] [--no-fuse] [--build]", "write the generated kernels and plan", cmd_compile,
   "Writes every unique kernel of the entry (default: the training step, loss with\n"
   "its gradients, when the model has a loss; else forward) as a source file\n"
   "NAME.cl or NAME.cu, each compilable on its own (launches of equal code share\n"
   "one), and the launch plan as plan.txt, into DIR. plan.txt lists each launch,\n"
   "the kernel it runs, its kind (row, matmul, element) and the IR nodes it\n"
   "computes, marking with * those it stores (docs/fusion.md).\n\n"
   "  --target T   opencl (the kernels a GPU gets), opencl-cpu (those an OpenCL CPU\n"
   "               device such as PoCL gets: vector matmuls, column kernels), cuda\n"
   "  --no-fuse    one kernel per IR node, as llmc bench --no-fuse runs\n"
   "  --build      also compile the unique kernels and say how long it took: cuda with\n"
   "               NVRTC to PTX (no GPU needed; for the GPU's architecture, else the\n"
   "               newest NVRTC knows), opencl and opencl-cpu on the first OpenCL\n"
   "               device through the kernel cache; in packs on all cores, as the\n"
   "               runtime builds them (docs/runtime.md)\n"},
  {"bench", "FILE [--entry forward] [--no-fuse] [--no-update] [--steps N] [--json]", "time the training step per kernel",
   cmd_bench,
   "Compiles the training step (loss and the gradients of every trainable parameter,\n"
   "as `llmc grad` runs it, then the AdamW update of all of them; or --entry forward),\n"
   "makes random inputs (token ids below the vocabulary, B = train.batch and\n"
   "T = train.seq, else 8 and 64), initialises the parameters (seed 1), runs 2\n"
   "warm-up steps and N timed ones, and prints the device,\n"
   "whether kernels are fused, kernels per step, the median step time, tokens/s, the\n"
   "peak device memory and a per-kernel table (calls, total ms, GB/s, GFLOP/s, share\n"
   "of the step) sorted by time. Step times are wall-clock times of whole steps\n"
   "(uploads, launches, read-back); the per-kernel times come from N further steps\n"
   "that wait for each launch and read its device timer.\n\n"
   "The update is torch.optim.AdamW with clip_grad_norm_ over one flat vector of\n"
   "all trainable parameters, with the train block's optimizer, clip and schedule\n"
   "(without a train block, or with sgd: lr 1e-3, betas 0.9/0.999, eps 1e-8, weight\n"
   "decay 0.01, clip 1.0). Each step packs the gradients into that vector on the host\n"
   "(not timed) and runs the update's kernels; their device time is added to the\n"
   "step time, the kernel count (its rows are named adamw.*) and the kernel time;\n"
   "on --backend ref the interpreter's time for it is added to the step time. The\n"
   "peak memory is the larger of the two plans'.\n\n"
   "  --entry E          forward or loss (default: loss with gradients when the model has one)\n"
   "  --no-fuse          one kernel per IR node (no fusion)\n"
   "  --no-update        time loss and gradients only (no optimiser update)\n"
   "  --steps N          timed steps (default 10)\n"
   "  --json             print one JSON object: device, fused, kernels_per_step (the\n"
   "                     update's included), update_kernels, update_params, step_ms,\n"
   "                     tokens_per_s, peak_bytes, kernels [{name, calls, ms, gbps, gflops}]\n"
   "  --backend B, --device N   as for run; --backend ref times the reference interpreter\n"
   "  -v                 every kernel in the table (default: the 25 slowest), and the cache\n"},
  {"train", "FILE [--set k=v]... [--out DIR] [--resume DIR] [--backend B]", "train a model", cmd_train,
   "Trains the model as its train block says (LANGUAGE.md section 7): the loss and\n"
   "its gradients on random batches of the data, gradient accumulation (grad_accum),\n"
   "clipping by global norm (clip), the optimiser (adamw or sgd) with the schedule,\n"
   "evaluation on the validation split every eval_every steps (eval_steps batches).\n"
   "Writes into the run folder: metrics.jsonl (one object per step and per\n"
   "evaluation), loss.svg (train and val curves) and checkpoints ckpt-STEP.safetensors\n"
   "(every save_every steps, else at every evaluation, and at the end; the last\n"
   "--keep are kept). Ctrl-C finishes the step, writes a checkpoint and exits 130.\n"
   "docs/training.md.\n\n"
   "  --out DIR          the run folder (default runs/<model>-<YYYYmmdd-HHMMSS>)\n"
   "  --resume DIR       continue the run in DIR from its newest checkpoint; the\n"
   "                     losses are those of an uninterrupted run, bit for bit\n"
   "  --keep N           checkpoints to keep (default 3)\n"
   "  --stop-after N     stop (with a checkpoint) after step N, as if interrupted\n"
   "  -v                 the per-kernel log of step 2 (name, time, GB/s, GFLOP/s) on stderr\n"
   "  --no-fuse          one kernel per IR node\n"
   "  --backend B, --device N   as for run\n"},
  {"eval", "FILE --ckpt C | --adapter A [--ckpt BASE] [--json]", "evaluate a checkpoint", cmd_eval,
   "Loss and perplexity of checkpoint C over the whole validation split of the\n"
   "train block's data, in order (deterministic); for a classifier (tsv data):\n"
   "loss, accuracy, precision, recall, F1 (class 1 of two, else macro-averaged)\n"
   "and the confusion matrix. The tokenizer comes from the checkpoint.\n\n"
   "  --adapter A        an adapter checkpoint (llmc train on a finetune model) over\n"
   "                     its base: --ckpt BASE, else the finetune block's from, else\n"
   "                     the base A records; the base's SHA-256 must be A's\n"
   "                     (docs/peft.md). A --ckpt that is an adapter is read so too.\n"
   "  --json             one line: {loss, perplexity, tokens} or\n"
   "                     {loss, accuracy, precision, recall, f1, confusion, rows}\n"
   "  --backend B, --device N   as for run\n"},
  {"generate", "FILE --ckpt C | --adapter A [--ckpt BASE] [--prompt S] [-n N] [--temperature T] [--top-k K] [--top-p P] [--seed S] [--slide] [-v]",
   "sample text from a model", cmd_generate,
   "Runs N positions (default 256), prompt included, as llama2.c's run.c -n does:\n"
   "the prompt (encoded with BOS where the tokenizer has one) is forced, the rest\n"
   "sampled, BOS ends the text; the prompt and the new tokens are printed as they\n"
   "come, statistics go to stderr. The tokenizer comes from the checkpoint.\n"
   "Decoding is incremental where the compiler derives it (a KV cache of ctx rows\n"
   "on the device; on a CPU one kernel per token): one decode plan per model, no\n"
   "kernel compiled per token. Past the context length generation stops, or with\n"
   "--slide continues on a window of the last tokens. docs/inference.md.\n\n"
   "  --adapter A        an adapter checkpoint over its base, as for eval\n"
   "  -n N               positions (0: the imported model's seq_len, else train.seq)\n"
   "  --temperature T    0: greedy; default 1\n"
   "  --top-k K          sample among the K most likely tokens (0: all)\n"
   "  --top-p P          nucleus sampling (0 or 1: off; run.c's default is 0.9)\n"
   "  --seed S           the sampler's seed (default 42): same seed, same text\n"
   "  --slide            past the context length, a sliding window instead of stopping\n"
   "  -v                 the decode step kernel by kernel, ms per token, flat in position?\n"
   "  --backend B, --device N   as for run\n"},
  {"merge", "FILE --adapter A [--ckpt BASE] -o OUT.safetensors", "fold LoRA into the base weights", cmd_merge,
   "Writes the model's parameters with every LoRA-adapted weight replaced by\n"
   "W + A @ B * alpha / rank (the finetune block's lora; docs/peft.md), without the\n"
   "lora_A / lora_B tensors. The parameters are loaded as eval --adapter loads them:\n"
   "the base weights (--ckpt BASE, else the finetune block's from, else the base A\n"
   "records, checked by SHA-256), then A's tensors over them.\n"},
  {"import", "llama2c MODEL.bin [--tokenizer TOK.bin] -o OUT", "convert foreign checkpoints", cmd_import,
   "Converts a llama2.c model file (the legacy header, export version 1 in fp32,\n"
   "or version 2 in Q8_0, dequantised to fp32)\n"
   "into a safetensors checkpoint for generate and eval: the parameters named as\n"
   "the stdlib LlamaBlock names them (examples/llama_stories.llm), matrices\n"
   "transposed to [in, out], the RoPE tables dropped. --tokenizer embeds the\n"
   "llama2.c tokenizer file in the metadata, so generate needs no other file.\n"
   "docs/inference.md.\n\n"
   "  --tokenizer TOK    the tokenizer file (tok512.bin, tokenizer.bin)\n"
   "  -o OUT             the checkpoint to write (atomically)\n"},
  {"devices", "", "list the compute devices", cmd_devices,
   "Lists every CUDA and OpenCL device llmc can reach (name, memory, compute units,\n"
   "driver), and the reference interpreter, which is always there.\n"},
};
#define NCMDS ((int)(sizeof cmds / sizeof cmds[0]))

const Cmd *cli_current;

static void usage(FILE *f) {
  fprintf(f, "llmc %s — a compiler for language models\n\n"
             "Usage: llmc COMMAND [ARGS]\n\n"
             "Commands:\n",
          LLMC_VERSION);
  for (int i = 0; i < NCMDS; i++)
    fprintf(f, "  %-9s %s\n  %-9s   %s%s\n", cmds[i].name, cmds[i].args, "", cmds[i].summary,
            cmds[i].run == cmd_planned ? " (not in this release)" : "");
  fprintf(f, "\nRun 'llmc COMMAND --help' for a command's options; 'llmc --version' prints the version.\n");
}

void cli_usage(const Cmd *c, FILE *f) {
  fprintf(f, "Usage: llmc %s %s\n\n%s\n", c->name, c->args, c->summary);
  if (c->help) fprintf(f, "\n%s", c->help);
  if (c->run == cmd_planned)
    fprintf(f, "\nThis command is not part of this release of llmc (%s); today llmc checks programs, prints\n"
               "their IR, runs them and their gradients on the reference interpreter or a device, writes\n"
               "their kernels and times training steps (check, ir, run, grad, compile, bench, devices).\n",
            LLMC_VERSION);
  fprintf(f, "\n%s", COMMON_FLAGS);
}

static int cmd_planned(int argc, char **argv) {
  (void)argc;
  (void)argv;
  fprintf(stderr,
          "llmc: '%s' is not supported in this release (%s): this release checks programs, prints their "
          "IR, runs them and their gradients on the reference interpreter or a device, writes their kernels "
          "and times training steps (check, ir, run, grad, compile, bench, devices). See 'llmc --help'.\n",
          cli_current->name, LLMC_VERSION);
  return 2;
}

int main(int argc, char **argv) {
  setlocale(LC_ALL, "C");
  if (argc < 2) {
    usage(stderr);
    return 2;
  }
  const char *c = argv[1];
  if (!strcmp(c, "-h") || !strcmp(c, "--help") || !strcmp(c, "help")) {
    if (!strcmp(c, "help") && argc > 2) {
      for (int i = 0; i < NCMDS; i++)
        if (!strcmp(cmds[i].name, argv[2])) {
          cli_usage(&cmds[i], stdout);
          return 0;
        }
    }
    usage(stdout);
    return 0;
  }
  if (!strcmp(c, "--version") || !strcmp(c, "-V")) {
    printf("llmc %s\n", LLMC_VERSION);
#if defined(LLMC_HAVE_OPENCL)
    const char *cl = "OpenCL (ICD loader)";
#else
    const char *cl = "no OpenCL (built without it)";
#endif
#if defined(LLMC_HAVE_NVRTC)
    const char *cu = "CUDA headers and NVRTC found at build time";
#else
    const char *cu = "no CUDA toolkit at build time";
#endif
    printf("built with: %s; %s\n", cl, cu);
    return 0;
  }
  /* internal: a helper process building a pack of kernels (rt_set_build_helper) */
  if (!strcmp(c, "__build-pack")) return rt_build_pack_main(argc - 2, argv + 2);
  for (int i = 0; i < NCMDS; i++)
    if (!strcmp(cmds[i].name, c)) {
      cli_current = &cmds[i];
      if (cmds[i].run == cmd_planned)
        for (int j = 2; j < argc; j++)
          if (!strcmp(argv[j], "--help") || !strcmp(argv[j], "-h")) {
            cli_usage(cli_current, stdout);
            return 0;
          }
      return cmds[i].run(argc - 2, argv + 2);
    }
  const char *names[NCMDS];
  for (int i = 0; i < NCMDS; i++) names[i] = cmds[i].name;
  const char *sug = diag_closest(c, names, NCMDS);
  if (sug) fprintf(stderr, "llmc: unknown command '%s'; did you mean '%s'?\n", DIAG_CUT(c), sug);
  else fprintf(stderr, "llmc: unknown command '%s'; see 'llmc --help'\n", DIAG_CUT(c));
  return 2;
}
