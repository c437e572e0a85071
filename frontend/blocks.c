/* blocks.c — checking of train and finetune blocks (LANGUAGE.md sections 7, 8). */
#include "sema.h"
void check_spec_blocks(Sema *s, const Node *train, const Node *finetune, const Node *const *train_sets,
                       int ntrain_sets, const Node *const *ft_sets, int nft_sets) {
  (void)s; (void)train; (void)finetune; (void)train_sets; (void)ntrain_sets; (void)ft_sets; (void)nft_sets;
}
