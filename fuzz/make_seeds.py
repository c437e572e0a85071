#!/usr/bin/env python3
"""make_seeds.py — writes the hand-made seeds of every fuzz target except the
front end (whose seeds are .llm files) into fuzz/corpus/NAME/seed_*: a few
valid files and a few broken ones, all tiny. Run from the repository root;
rerunning rewrites the same bytes. Inputs the fuzzer found are added beside
them (found_*) by `-merge=1` (see fuzz/README.md)."""
import json, os, shutil, struct, glob

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
C = os.path.join(ROOT, "fuzz", "corpus")


def put(target, name, data):
    d = os.path.join(C, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "seed_" + name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def safetensors(tensors, meta=None):
    """tensors: [(name, dtype, shape, bytes)] -> a safetensors file."""
    hdr, off, blob = {}, 0, b""
    if meta is not None:
        hdr["__metadata__"] = meta
    for name, dt, shape, data in tensors:
        hdr[name] = {"dtype": dt, "shape": shape, "data_offsets": [off, off + len(data)]}
        off += len(data)
        blob += data
    h = json.dumps(hdr).encode()
    h += b" " * (-len(h) % 8)
    return struct.pack("<Q", len(h)) + h + blob


def f32(*v):
    return struct.pack("<%df" % len(v), *v)


def irtext():
    for p in sorted(glob.glob(os.path.join(ROOT, "tests", "ir", "*.ir"))):
        shutil.copy(p, os.path.join(C, "irtext", "seed_" + os.path.basename(p)))
    lin = open(os.path.join(ROOT, "tests", "ir", "linear.ir")).read()
    put("irtext", "bad_truncated.ir", lin[: len(lin) // 2])
    put("irtext", "bad_operand.ir", lin.replace("%0, %1", "%0, %9"))
    put("irtext", "bad_dtype.ir", lin.replace("f32[8, 4]", "q7[8, 4]"))
    put("irtext", "empty.ir", "")


def safetensors_seeds():
    shutil.copy(os.path.join(ROOT, "tests", "safetensors", "reference.safetensors"),
                os.path.join(C, "safetensors", "seed_reference.safetensors"))
    ok = safetensors([("w", "F32", [2, 2], f32(1, 2, 3, 4)), ("i", "I32", [1], struct.pack("<i", 7))],
                     {"format": "pt"})
    put("safetensors", "ok_two.safetensors", ok)
    put("safetensors", "ok_f16_bf16.safetensors",
        safetensors([("h", "F16", [2], b"\x00\x3c\x00\xc0"), ("b", "BF16", [1], b"\x80\x3f"),
                     ("d", "F64", [], struct.pack("<d", 1.5))]))
    put("safetensors", "ok_empty.safetensors", safetensors([], {}))
    put("safetensors", "bad_short_header.safetensors", ok[:5])
    put("safetensors", "bad_header_len.safetensors", struct.pack("<Q", 1 << 40) + ok[8:])
    put("safetensors", "bad_offsets.safetensors",
        ok.replace(b"[0, 16]", b"[0, 99]"))
    put("safetensors", "bad_overlap.safetensors",
        safetensors([("a", "F32", [1], f32(1)), ("b", "F32", [1], f32(2))]).replace(b"[4, 8]", b"[0, 4]"))
    put("safetensors", "bad_json.safetensors", struct.pack("<Q", 8) + b'{"a": {]')


def llama2c_tok(pieces, max_len=None):
    """pieces: [(bytes, score)] -> llama2.c tokenizer.bin."""
    m = max_len if max_len is not None else max(len(p) for p, _ in pieces)
    out = struct.pack("<i", m)
    for p, s in pieces:
        out += struct.pack("<fi", s, len(p)) + p
    return out


def tokenizer():
    base = [(b"<unk>", 0.0), (b"\n<s>\n", 0.0), (b"\n</s>\n", 0.0)]
    small = base + [(b" ", -1.0), (b"a", -2.0), (b"b", -3.0), (b" a", -0.5), (b"ab", -0.7), (b" ab", -0.1)]
    full = base + [(("<0x%02X>" % i).encode(), 0.0) for i in range(256)] + \
        [(b" ", -1.0), (b"o", -2.0), (b"n", -2.0), (b"on", -0.5), (b" on", -0.2), (b"\xc3\xa9", -1.5)]
    put("tokenizer", "small_all.bin", b"\x00" + llama2c_tok(small))
    put("tokenizer", "small_vocab5.bin", b"\x05" + llama2c_tok(small))
    put("tokenizer", "bytes_fallback.bin", b"\x00" + llama2c_tok(full))
    t = llama2c_tok(small)
    put("tokenizer", "bad_truncated.bin", b"\x00" + t[: len(t) - 3])
    put("tokenizer", "bad_negative_len.bin", b"\x00" + struct.pack("<i", 4) + struct.pack("<fi", 0.0, -5))
    put("tokenizer", "bad_nan_score.bin", b"\x00" + struct.pack("<i", 2) + struct.pack("<fi", float("nan"), 1) + b"x")
    put("tokenizer", "bad_too_long.bin", b"\x00" + llama2c_tok(small, max_len=1))
    put("tokenizer", "bad_vocab_past_end.bin", b"\xc8" + llama2c_tok(full))  # 455 asked, 265 there
    put("tokenizer", "full_vocab259.bin", b"\x04" + llama2c_tok(full))  # the byte pieces only
    put("tokenizer", "full_vocab262.bin", b"\x07" + llama2c_tok(full))


def shard(tokens, magic=20240520, version=1, count=None):
    h = [0] * 256
    h[0], h[1], h[2] = magic, version, len(tokens) if count is None else count
    return struct.pack("<256i", *h) + struct.pack("<%dH" % len(tokens), *tokens)


def data():
    # selector byte: % 3 picks tokens (0), tsv (1), text (2); bit 2 the split; bits 3-4 seq-1;
    # bit 5: text with the char tokenizer
    put("data", "tokens_ok.bin", b"\x00" + shard(list(range(40))))
    put("data", "tokens_seq4_half.bin", b"\x1e" + shard([i % 7 for i in range(60)]))  # 30: tokens, split .5, seq 4
    put("data", "tokens_bad_magic.bin", b"\x00" + shard([1, 2, 3], magic=1))
    put("data", "tokens_bad_count.bin", b"\x00" + shard([1, 2, 3], count=1000))
    put("data", "tokens_bad_id.bin", b"\x00" + shard([5000] * 20))
    put("data", "tokens_short.bin", b"\x00" + shard([1, 2]))
    for p in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "tsv_*.tsv"))):
        put("data", os.path.basename(p), b"\x01" + open(p, "rb").read())
    put("data", "tsv_half_seq2.tsv", b"\x0d" + open(os.path.join(ROOT, "tests", "data", "tsv_small.tsv"), "rb").read())
    for p in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "text_*.txt"))):
        put("data", os.path.basename(p), b"\x23" + open(p, "rb").read())  # 35: text, char tokenizer
    put("data", "text_byte_seq3.txt", b"\x11" + b"abc\x00\xff" * 4)  # 17: text, byte tokenizer, seq 3
    put("data", "text_ok.txt", b"\x23" + "To be, or not to be: that is the question. \u00e9\n".encode() * 3)


def ckpt():
    w, b = f32(1, 2, 3, 4, 5, 6), f32(7, 8, 9)
    meta = {"llmc.step": "3", "llmc.optimizer": "adamw"}
    put("ckpt", "ok.safetensors", safetensors([("w", "F32", [2, 3], w), ("b", "F32", [3], b)], meta))
    put("ckpt", "ok_opt.safetensors", safetensors(
        [("w", "F32", [2, 3], w), ("b", "F32", [3], b), ("opt.m.w", "F32", [2, 3], w), ("opt.v.b", "F32", [3], b)], meta))
    put("ckpt", "ok_bf16.safetensors", safetensors(
        [("w", "BF16", [2, 3], b"\x80\x3f" * 6), ("b", "F16", [3], b"\x00\x3c" * 3)]))
    put("ckpt", "bad_checksum.safetensors", safetensors(
        [("w", "F32", [2, 3], w), ("b", "F32", [3], b)], dict(meta, **{"llmc.checksum": "0123456789abcdef"})))
    put("ckpt", "bad_shape.safetensors", safetensors([("w", "F32", [3, 2], w), ("b", "F32", [3], b)]))
    put("ckpt", "bad_missing.safetensors", safetensors([("w", "F32", [2, 3], w)]))
    put("ckpt", "bad_extra.safetensors", safetensors([("w", "F32", [2, 3], w), ("b", "F32", [3], b), ("z", "F32", [1], f32(0))]))
    put("ckpt", "bad_int.safetensors", safetensors([("w", "I32", [2, 3], w), ("b", "F32", [3], b)]))


def l2c_model(version, dim=8, hidden=12, layers=1, heads=2, kv_heads=1, vocab=16, seq=4, shared=True, group=32):
    """A llama2.c model file (train/llama2c.h): legacy (version 0), "ak42" v1
    (fp32) or v2 (Q8_0 matrices, one fp32 scale per group), values 0.01 * i."""
    kvd, hd = dim // heads * kv_heads, dim // heads
    cnt = [0]

    def vals(n):
        cnt[0] += n
        return [0.01 * ((cnt[0] - n + i) % 97) for i in range(n)]

    def fp(rows, cols, per_layer=True):
        return f32(*vals((layers if per_layer else 1) * (rows or 1) * cols))

    def q8(rows, cols, per_layer=True):
        out = b""
        for _ in range(layers if per_layer else 1):
            n = rows * cols
            out += bytes((i * 7) % 256 for i in range(n)) + f32(*vals(n // group))
        return out

    mats = [("emb", vocab, dim, False), ("wq", dim, dim, True), ("wk", kvd, dim, True), ("wv", kvd, dim, True),
            ("wo", dim, dim, True), ("w1", hidden, dim, True), ("w2", dim, hidden, True), ("w3", hidden, dim, True)]
    cfg = [dim, hidden, layers, heads, kv_heads, vocab, seq]
    if version == 0:
        cfg[5] = vocab if shared else -vocab
        m = dict((k, fp(r, c, pl)) for k, r, c, pl in mats)
        body = m["emb"] + fp(0, dim) + m["wq"] + m["wk"] + m["wv"] + m["wo"] + fp(0, dim) + m["w1"] + m["w2"] + \
            m["w3"] + fp(0, dim, False) + fp(0, seq * hd, False)
        if not shared:
            body += fp(vocab, dim, False)
        return struct.pack("<7i", *cfg) + body
    hdr = struct.pack("<Ii7iB", 0x616b3432, version, *cfg, 1 if shared else 0)
    if version == 2:
        hdr += struct.pack("<i", group)
    hdr += b"\0" * (256 - len(hdr))
    mat = q8 if version == 2 else fp
    body = fp(0, dim) + fp(0, dim) + fp(0, dim, False)
    for k, r, c, pl in mats:
        body += mat(r, c, pl)
    if not shared:
        body += mat(vocab, dim, False)
    return hdr + body


def llama2c():
    put("llama2c", "legacy_shared.bin", l2c_model(0))
    put("llama2c", "legacy_unshared.bin", l2c_model(0, shared=False))
    put("llama2c", "legacy_2layers_mha.bin", l2c_model(0, dim=4, hidden=6, layers=2, heads=2, kv_heads=2, vocab=5, seq=2))
    put("llama2c", "v1_shared.bin", l2c_model(1))
    put("llama2c", "v1_unshared.bin", l2c_model(1, shared=False))
    put("llama2c", "v2_q8.bin", l2c_model(2))
    put("llama2c", "v2_q8_unshared_g8.bin", l2c_model(2, shared=False, group=8))
    ok = l2c_model(1)
    put("llama2c", "bad_truncated.bin", ok[:-5])
    put("llama2c", "bad_trailing.bin", ok + b"\0\0\0\0")
    put("llama2c", "bad_short_header.bin", ok[:100])
    put("llama2c", "bad_version.bin", ok[:4] + struct.pack("<i", 3) + ok[8:])
    put("llama2c", "bad_heads.bin", struct.pack("<7i", 8, 12, 1, 3, 1, 16, 4))
    put("llama2c", "bad_zero_dim.bin", struct.pack("<7i", 0, 12, 1, 2, 1, 16, 4))
    put("llama2c", "bad_huge.bin", struct.pack("<7i", 1 << 20, 1 << 20, 4096, 1, 1, -(1 << 20), 1 << 20))
    put("llama2c", "bad_group.bin", l2c_model(2, group=5))
    put("llama2c", "empty.bin", b"")


if __name__ == "__main__":
    for t in ("irtext", "safetensors", "tokenizer", "data", "ckpt", "llama2c"):
        os.makedirs(os.path.join(C, t), exist_ok=True)
    irtext(); safetensors_seeds(); tokenizer(); data(); ckpt(); llama2c()
