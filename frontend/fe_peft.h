/* fe_peft.h — the finetune block's PEFT methods in the model (docs/peft.md).
 * LoRA's matrices are real parameters of the checked Model (declared here,
 * after the freeze globs are applied, so they are trainable), and the pass
 * list adds the nodes that read them to every lowered graph (ir/peft.h). */
#ifndef LLMC_FE_PEFT_H
#define LLMC_FE_PEFT_H

#include "model.h"
#include "peft.h"

struct Sema;
/* Declares NAME.lora_A [in, rank] (Kaiming-uniform as PEFT's) and
 * NAME.lora_B [rank, out] (zeros) beside every weight NAME.w the finetune
 * block's lora targets, and NAME.adapter_down, _down_b, _up, _up_b for every
 * linear layer NAME its adapter targets. Reports a name that is taken. */
void fe_peft_declare(struct Sema *s);

/* The LoRA rewrite of the checked model: one entry per adapted weight (0 when
 * the model has no lora). The strings are the caller's, freed with the list
 * by fe_peft_loras_free. */
int fe_peft_loras(const Model *m, IrLora **out);
void fe_peft_loras_free(IrLora *l, int n);

/* The adapters of the checked model: one per adapted linear layer. */
int fe_peft_adapters(const Model *m, IrAdapter **out);
void fe_peft_adapters_free(IrAdapter *l, int n);

/* The name of the prompt-tuning parameter, [tokens, d]. */
#define FE_PROMPT_PARAM "prompt_embeddings"
/* The prompt rewrite of the checked model: false when it has no prompt. */
bool fe_peft_prompt(const Model *m, IrPrompt *out);

/* Why the finetune block cannot be compiled yet (an adapter on an instance
 * that is not a linear layer), as a message the caller
 * frees, or NULL. */
char *fe_peft_unsupported(const Model *m);

#endif
