#!/usr/bin/env bash
# fetch-data.sh — fills the data folder (default: data/ in the repository) with
# the files the examples train on. When a shared copy exists (../shared/data
# beside the repository, or $LLMC_SHARED_DATA), each of its files is symlinked;
# otherwise the files are downloaded from the upstream addresses recorded in
# ../shared/data/SOURCES.md (pinned commits). Every file's sha256 is checked
# against SOURCES.md either way. Safe to run repeatedly.
#
#   scripts/fetch-data.sh [DEST]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:-$root/data}"
shared="${LLMC_SHARED_DATA:-$root/../shared/data}"

# name | sha256 | upstream URLs, tried in order (from SOURCES.md)
manifest=(
  "tinyshakespeare.txt|86c4e6aa9db7c042ec79f339dcb96d42b0075e16b8fc2e86bf0ca57e2dc565ed|\
https://raw.githubusercontent.com/karpathy/char-rnn/6f9487a6fe5b420b7ca9afb0d7c078e37c1d1b4e/data/tinyshakespeare/input.txt"
  "stories260K.bin|b0a507e7ad0f626624f17112325e66691f9076d622e1d3274d103d00299f2696|\
https://raw.githubusercontent.com/ytmytm/llama2.c64/12b5bec82eb980362b8a7bfe86992a552a492481/stories260K.bin \
https://raw.githubusercontent.com/clebert/llama2.zig/39c45bb49fab3f5521acf4ac540da65749348118/models/tinystories_260k/checkpoint_legacy.bin \
https://huggingface.co/karpathy/tinyllamas/resolve/main/stories260K/stories260K.bin"
  "tok512.bin|037cb335abb25d1fa9e8ecae30ed2a3a8ace9302862ebcdc05d51a6bbb10c312|\
https://raw.githubusercontent.com/ytmytm/llama2.c64/12b5bec82eb980362b8a7bfe86992a552a492481/tok512.bin \
https://raw.githubusercontent.com/clebert/llama2.zig/39c45bb49fab3f5521acf4ac540da65749348118/models/tinystories_260k/tokenizer.bin \
https://huggingface.co/karpathy/tinyllamas/resolve/main/stories260K/tok512.bin"
  "SMSSpamCollection.tsv|7d039a24a6083ed9ef0f806ebad56bbb976e3aeb8de05669173bfdc4996c239d|\
https://raw.githubusercontent.com/SnehaKedia/sms-spam-detection-using-tensorflow-keras/ae6d75701433e884ae62bca4bed8eb40c622c3d1/smsspamcollection/SMSSpamCollection"
  "SMSSpamCollection.readme.txt|9d5037a26290ca4ea7f284b49fa3c0ed5afaf4acc462b9d4eb13c7edb4fbe4ef|\
https://raw.githubusercontent.com/SnehaKedia/sms-spam-detection-using-tensorflow-keras/ae6d75701433e884ae62bca4bed8eb40c622c3d1/smsspamcollection/readme"
)

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
fail=0

if [ -d "$shared" ]; then
  shared="$(cd "$shared" && pwd)"
  echo "data: linking the files of $shared into $dest"
  for f in "$shared"/*; do
    [ -f "$f" ] || continue
    # relative links, so the checkout and the shared folder can move together
    ln -sfn "$(realpath --relative-to="$dest" "$f")" "$dest/$(basename "$f")"
  done
  for entry in "${manifest[@]}"; do
    IFS='|' read -r name sum _ <<<"$entry"
    if [ ! -e "$dest/$name" ]; then
      echo "data: $name is missing from $shared" >&2; fail=1
    elif [ "$(sha_of "$dest/$name")" != "$sum" ]; then
      echo "data: $name: sha256 mismatch (want $sum)" >&2; fail=1
    fi
  done
  exit $fail
fi

command -v curl >/dev/null || { echo "data: curl is needed to download the data" >&2; exit 1; }
for entry in "${manifest[@]}"; do
  IFS='|' read -r name sum urls <<<"$entry"
  out="$dest/$name"
  if [ -f "$out" ] && [ "$(sha_of "$out")" = "$sum" ]; then
    echo "data: $name is present"
    continue
  fi
  ok=0
  for url in $urls; do
    echo "data: downloading $name from $url"
    tmp="$out.part"
    if curl -fsSL --retry 3 --connect-timeout 20 -o "$tmp" "$url"; then
      got="$(sha_of "$tmp")"
      if [ "$got" = "$sum" ]; then
        mv -f "$tmp" "$out"; ok=1; break
      fi
      echo "data: $name from $url has sha256 $got, want $sum; trying the next source" >&2
    fi
    rm -f "$tmp"
  done
  if [ $ok -ne 1 ]; then echo "data: could not fetch $name" >&2; fail=1; fi
done
exit $fail
