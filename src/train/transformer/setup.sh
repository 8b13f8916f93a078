#!/usr/bin/env bash
# Installs what the transformer recipe needs, from Debian's packages only: PyTorch 1.13, the onnx
# package, and OpenBLAS with OpenMP (without it Debian's torch falls back to the reference BLAS,
# about 20 times slower).
set -euo pipefail
packages=(python3-torch python3-onnx python3-numpy libopenblas0-openmp)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi
