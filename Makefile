# Makefile — convenience wrapper around CMake. The real build is CMakeLists.txt.
#
#   make demo        install deps, build, link/fetch the data, train gpt_char, sample from it
#   make test        install deps, build (normal + ASan/UBSan), run every test in both
#   make build       RelWithDebInfo build in build/
#   make build-asan  Debug + AddressSanitizer/UBSan build in build-asan/
#   make data        data/ from ../shared/data (symlinks) or the upstream sources
#   make fuzz        libFuzzer run of one target (FUZZ_TARGET=frontend, FUZZ_SECONDS=60)
#   make fuzz-all    every fuzz target for FUZZ_SECONDS each, then a table (fuzz/README.md)
#   make compare     the spam classifier trained five ways (scratch, full, LoRA, adapters, prompt): one table
#   make clean       remove the build trees
#
# Build output goes to build*/build.log and is shown only when the build fails
# (set VERBOSE=1 to see it all).

NPROC        ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE        ?= cmake
CTEST        ?= ctest
FUZZ_SECONDS ?= 60
FUZZ_FLAGS   ?=
FUZZ_TARGET  ?= frontend
FUZZ_TARGETS := frontend irtext safetensors tokenizer data ckpt llama2c
VERBOSE      ?=

EXAMPLES := examples/gpt_char.llm examples/llama_stories.llm examples/spam_classifier.llm

# Sanitizer settings for the ASan tree's tests (leaks on, stop at the first UB).
ASAN_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1 \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# $(call build_tree,DIR,CMAKE-ARGS[,TARGETS]): configure and build DIR (all
# targets, or only TARGETS), quietly unless it fails.
ifeq ($(VERBOSE),)
define build_tree
	@mkdir -p $(1)
	@echo "== configure + build $(1)"
	@$(CMAKE) -S . -B $(1) $(2) >$(1)/configure.log 2>&1 \
	  || { cat $(1)/configure.log; echo "llmc: cmake configure of $(1) failed"; exit 1; }
	@$(MAKE) --no-print-directory -C $(1) -j$(NPROC) $(3) >$(1)/build.log 2>&1 \
	  || { grep -E -B2 -A8 'error|Error' $(1)/build.log | tail -n 80; \
	       echo "llmc: build of $(1) failed (full log: $(1)/build.log)"; exit 1; }
	@w=$$(grep -c 'warning:' $(1)/build.log || true); \
	  if [ "$$w" != 0 ]; then grep 'warning:' $(1)/build.log | sort -u | head -n 20; \
	  echo "   $$w compiler warning(s), see $(1)/build.log"; fi
endef
else
define build_tree
	$(CMAKE) -S . -B $(1) $(2)
	$(MAKE) -C $(1) -j$(NPROC) $(3)
endef
endif

.PHONY: all deps build build-asan test test-build test-asan demo data fuzz fuzz-all fuzz-build clean help compare
.NOTPARALLEL:

all: build

help:
	@sed -n '3,13p' Makefile

deps:
	@scripts/install-deps.sh

build:
	$(call build_tree,build,-DCMAKE_BUILD_TYPE=RelWithDebInfo -DLLMC_SANITIZE=OFF -DLLMC_TESTS=ON -DLLMC_FUZZ=OFF)

build-asan:
	$(call build_tree,build-asan,-DCMAKE_BUILD_TYPE=Debug -DLLMC_SANITIZE=ON -DLLMC_TESTS=ON -DLLMC_FUZZ=OFF)

# Both trees build first, then both run, so a failure in one does not hide the
# other's; the target fails when either has a failing test.
test: deps build build-asan
	@rc=0; \
	echo "== tests: build/ (RelWithDebInfo)"; \
	$(CTEST) --test-dir build --output-on-failure --no-tests=error -j$(NPROC) || rc=1; \
	echo "== tests: build-asan/ (Debug, ASan + UBSan, leak checking)"; \
	$(ASAN_ENV) $(CTEST) --test-dir build-asan --output-on-failure --no-tests=error -j$(NPROC) \
	  --output-log build-asan/ctest-full.log || rc=1; \
	if grep -nE "ERROR: (LeakSanitizer|AddressSanitizer)|runtime error:" build-asan/ctest-full.log; then \
	  echo "llmc: sanitizer reports above (Criterion runs tests in child processes, so they must be read from the log)"; \
	  rc=1; \
	fi; \
	if [ $$rc -ne 0 ]; then echo "llmc: TESTS FAILED"; exit 1; fi; \
	echo "llmc: all tests passed (normal and sanitizer builds, fuzz corpus replayed)"

test-build: build
	$(CTEST) --test-dir build --output-on-failure --no-tests=error -j$(NPROC)

test-asan: build-asan
	$(ASAN_ENV) $(CTEST) --test-dir build-asan --output-on-failure --no-tests=error -j$(NPROC)

data:
	@scripts/fetch-data.sh data

# The main job: train examples/gpt_char.llm as configured (2000 steps, a
# progress bar), then its final val loss, a 300-character sample and where the
# loss curve is. DEMO_OUT names the run folder; DEMO_ARGS adds llmc train flags.
DEMO_OUT  ?= runs/demo-gpt_char
DEMO_ARGS ?=
demo: deps build data
	@rm -rf $(DEMO_OUT)
	@echo "== ./build/llmc train examples/gpt_char.llm --out $(DEMO_OUT) $(DEMO_ARGS)"
	@./build/llmc train examples/gpt_char.llm --out $(DEMO_OUT) $(DEMO_ARGS)
	@ck=$$(ls -1 $(DEMO_OUT)/ckpt-*.safetensors | sort -t- -k2 -n | tail -n 1); \
	val=$$(grep val_loss $(DEMO_OUT)/metrics.jsonl | tail -n 1); \
	echo "== final validation: $$val"; \
	echo "== ./build/llmc generate examples/gpt_char.llm --ckpt $$ck -n 300 --temperature 0.8 --seed 1"; \
	./build/llmc generate examples/gpt_char.llm --ckpt $$ck -n 300 --temperature 0.8 --seed 1 || exit 1; \
	echo; echo "== the loss curve: $(DEMO_OUT)/loss.svg (metrics: $(DEMO_OUT)/metrics.jsonl)"

# The comparison of the issue-13 methods on the spam classifier (about 15
# minutes on a 2-core CPU through PoCL); the table goes to runs/compare/table.md.
compare: build data
	@bench/compare_approaches.sh

# libFuzzer needs clang. The targets are listed in fuzz/targets.cmake. New
# inputs go to fuzz/out/NAME (ignored by git), crashes, leaks and timeouts to
# fuzz/crashes/NAME/; the seeds in fuzz/corpus/NAME are read-only.
fuzz-build:
	$(call build_tree,build-fuzz,-DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLLMC_FUZZ=ON -DLLMC_TESTS=OFF,$(foreach t,$(FUZZ_TARGETS),fuzz_$(t) fuzz_$(t)_replay))

fuzz: fuzz-build
	@mkdir -p fuzz/out/$(FUZZ_TARGET) fuzz/crashes/$(FUZZ_TARGET)
	./build-fuzz/fuzz/fuzz_$(FUZZ_TARGET) -max_total_time=$(FUZZ_SECONDS) -dict=fuzz/dict/$(FUZZ_TARGET).dict \
	  -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=fuzz/crashes/$(FUZZ_TARGET)/ \
	  $(if $(filter frontend,$(FUZZ_TARGET)),-entropic=0 -max_len=2048) $(FUZZ_FLAGS) fuzz/out/$(FUZZ_TARGET) fuzz/corpus/$(FUZZ_TARGET)

fuzz-all: fuzz-build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_FLAGS="$(FUZZ_FLAGS)" fuzz/run_all.sh build-fuzz $(FUZZ_TARGETS)

clean:
	rm -rf build build-asan build-fuzz
