#!/usr/bin/env python3
"""make_fixtures.py — writes the safetensors fixtures that tests/test_safetensors.c reads.

    python3 tests/safetensors/make_fixtures.py

reference.safetensors is built here with nothing but struct and json, laid out
exactly as the reference implementation (Hugging Face's `safetensors`, Rust)
writes it: tensors sorted by dtype (F64, F32, I32, BF16, F16) then by name,
metadata first, compact JSON, the header padded with spaces to a multiple of 8.
When the `safetensors` Python package is installed, the same tensors are also
serialized by it and the two byte strings must be identical; the script fails
otherwise. (The committed file was checked against safetensors 0.8.0.)

The expected values are repeated in test_safetensors.c (test reference_file).
"""
import json
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
METADATA = {"source": "llmc tests/safetensors/make_fixtures.py"}

# (name, safetensors dtype, shape, raw little-endian bytes), in the reference's order.
TENSORS = [
    ("s", "F64", [], struct.pack("<d", 3.25)),
    ("e", "F32", [0, 3], b""),
    ("w", "F32", [2, 3], struct.pack("<6f", 1.0, 2.0, 3.0, 4.0, 5.0, -6.5)),
    ("i", "I32", [4], struct.pack("<4i", 1, -2, 3, 2147483647)),
    # bf16 bits: 1.0, -0.5, 3.0, +inf
    ("b", "BF16", [2, 2], struct.pack("<4H", 0x3F80, 0xBF00, 0x4040, 0x7F80)),
    # f16 bits: 1.5, -2.0, 65504.0
    ("h", "F16", [3], struct.pack("<3H", 0x3E00, 0xC000, 0x7BFF)),
]

NUMPY_NAMES = {"F64": "float64", "F32": "float32", "I32": "int32", "BF16": "bfloat16", "F16": "float16"}


def serialize_by_hand(tensors, metadata):
    header = {}
    if metadata:
        header["__metadata__"] = metadata
    offset = 0
    for name, dtype, shape, data in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + b"".join(t[3] for t in tensors)


def serialize_by_reference(tensors, metadata):
    try:
        import ctypes
        from safetensors import TensorSpec, serialize
    except ImportError:
        return None
    keep = []
    specs = {}
    for name, dtype, shape, data in tensors:
        buf = ctypes.create_string_buffer(data, max(len(data), 1))
        keep.append(buf)
        specs[name] = TensorSpec(dtype=NUMPY_NAMES[dtype], shape=shape,
                                 data_ptr=ctypes.addressof(buf), data_len=len(data))
    return bytes(serialize(specs, metadata=metadata))


def main():
    mine = serialize_by_hand(TENSORS, METADATA)
    ref = serialize_by_reference(TENSORS, METADATA)
    if ref is None:
        print("note: the safetensors package is not installed; not cross-checked", file=sys.stderr)
    elif ref != mine:
        sys.exit("make_fixtures.py: the hand-built file differs from safetensors' output:\n"
                 f"  mine: {mine[:200]!r}\n  ref:  {ref[:200]!r}")
    with open(os.path.join(HERE, "reference.safetensors"), "wb") as f:
        f.write(mine)


if __name__ == "__main__":
    main()
