/* fuzz_ckpt.c — libFuzzer target for checkpoint reading (train/ckpt.c,
 * ckpt_read): every input is one checkpoint file, read against a small model
 * (w: f32[2, 3], b: f32[3]) with optimiser state allowed as extras (opt.*)
 * and the metadata kept, as trainer_load does. */
#include "fuzz_common.h"
#include "safetensors.h"
#include "trainer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *path = fuzz_write_tmp(data, size);
  Diag d;
  diag_init(&d, fuzz_diag_out());
  TensorList want = {0}, extra = {0};
  int64_t ws[2] = {2, 3}, bs[1] = {3};
  tl_add(&want, tensor_new("w", DT_F32, 2, ws));
  tl_add(&want, tensor_new("b", DT_F32, 1, bs));
  StMeta meta = {0};
  if (ckpt_read(path, &want, "opt.", &extra, &meta, &d)) {
    (void)st_meta_get(&meta, "llmc.step");
    char sum[17];
    ckpt_checksum(&want, sum);
  }
  tl_free(&want);
  tl_free(&extra);
  st_meta_free(&meta);
  diag_free(&d);
  return 0;
}
