#!/usr/bin/env bash
# Installs every Debian package llmc needs to build and test, skipping what is present.
# Run as root (or with sudo available). Safe to run repeatedly.
set -euo pipefail
pkgs=(build-essential cmake flex bison pkg-config clang libclang-rt-14-dev curl ca-certificates
      libcriterion-dev libcjson-dev
      ocl-icd-opencl-dev opencl-headers ocl-icd-libopencl1 pocl-opencl-icd clinfo)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "llmc: installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
