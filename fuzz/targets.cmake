# fuzz/targets.cmake — the fuzz targets and the libraries each links, shared by
# fuzz/CMakeLists.txt (libFuzzer builds) and tests/CMakeLists.txt (the corpus
# replay tests). A target NAME has its entry point in fuzz/fuzz_NAME.c, its
# seeds in fuzz/corpus/NAME/, its dictionary in fuzz/dict/NAME.dict and,
# optionally, slow regression inputs (replayed, not fuzzed) in fuzz/regress/NAME/.
set(LLMC_FUZZ_TARGETS frontend irtext safetensors tokenizer data ckpt llama2c)
set(LLMC_FUZZ_LIBS_frontend llmc_frontend llmc_ir llmc_support)
set(LLMC_FUZZ_LIBS_irtext llmc_ir llmc_support)
set(LLMC_FUZZ_LIBS_safetensors llmc_runtime llmc_ir llmc_support)
set(LLMC_FUZZ_LIBS_tokenizer llmc_train llmc_support)
set(LLMC_FUZZ_LIBS_data llmc_train llmc_support)
set(LLMC_FUZZ_LIBS_ckpt llmc_train llmc_runtime llmc_support)
set(LLMC_FUZZ_LIBS_llama2c llmc_train llmc_runtime llmc_ir llmc_support)

# llmc_fuzz_target(EXE NAME [LIBFUZZER]): EXE built from fuzz_NAME.c, with
# libFuzzer's driver or with replay.c's main().
function(llmc_fuzz_target exe name)
  set(dir ${PROJECT_SOURCE_DIR}/fuzz)
  if(ARGN STREQUAL "LIBFUZZER")
    add_executable(${exe} ${dir}/fuzz_${name}.c)
    target_compile_options(${exe} PRIVATE -fsanitize=fuzzer)
    target_link_options(${exe} PRIVATE -fsanitize=fuzzer)
  else()
    add_executable(${exe} ${dir}/replay.c ${dir}/fuzz_${name}.c)
  endif()
  target_link_libraries(${exe} PRIVATE ${LLMC_FUZZ_LIBS_${name}} llmc_flags)
  target_compile_definitions(${exe} PRIVATE LLMC_FUZZ_STDLIB_DIR="${PROJECT_SOURCE_DIR}/stdlib")
endfunction()
