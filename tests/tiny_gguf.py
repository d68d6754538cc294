"""A tiny random-weight llama model in GGUF, made with the `gguf` package, for integration tests
against real OpenAI-compatible servers (llama-cpp-python). It answers nonsense, quickly: the point
is the server's HTTP behaviour, not the words.

The tokenizer is SentencePiece-style (`llama`): special tokens, the 256 byte tokens (every text
tokenizes by byte fallback) and a few pieces.
"""

from __future__ import annotations

from pathlib import Path

N_EMBD, N_HEAD, N_LAYER, N_FF, N_CTX = 64, 4, 2, 128, 32768


def _vocab() -> tuple[list[bytes], list[float], list[int]]:
    import gguf

    types = gguf.TokenType
    tokens = [b"<unk>", b"<s>", b"</s>"]
    kinds = [types.UNKNOWN, types.CONTROL, types.CONTROL]
    for byte in range(256):
        tokens.append(f"<0x{byte:02X}>".encode())
        kinds.append(types.BYTE)
    for piece in ["\u2581", "\u2581the", "{", "}", '"', ":", ",", "\u2581a", "e", "s", "t"]:
        tokens.append(piece.encode())
        kinds.append(types.NORMAL)
    scores = [0.0] * 3 + [-1000.0] * 256 + [-float(i) for i in range(len(tokens) - 259)]
    return tokens, scores, [int(k) for k in kinds]


def write_tiny_llama(path: str | Path, seed: int = 0) -> Path:
    """Write a ~1 MB llama GGUF with random weights to `path`."""
    import gguf
    import numpy as np

    rng = np.random.default_rng(seed)
    tokens, scores, kinds = _vocab()
    n_vocab = len(tokens)
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name("plainsum-tiny-random")
    writer.add_context_length(N_CTX)
    writer.add_embedding_length(N_EMBD)
    writer.add_block_count(N_LAYER)
    writer.add_feed_forward_length(N_FF)
    writer.add_head_count(N_HEAD)
    writer.add_head_count_kv(N_HEAD)
    writer.add_rope_dimension_count(N_EMBD // N_HEAD)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores(scores)
    writer.add_token_types(kinds)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_unk_token_id(0)

    def weights(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.05).astype(np.float32)

    writer.add_tensor("token_embd.weight", weights(n_vocab, N_EMBD))
    writer.add_tensor("output_norm.weight", np.ones(N_EMBD, dtype=np.float32))
    writer.add_tensor("output.weight", weights(n_vocab, N_EMBD))
    for i in range(N_LAYER):
        block = f"blk.{i}"
        writer.add_tensor(f"{block}.attn_norm.weight", np.ones(N_EMBD, dtype=np.float32))
        for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
            writer.add_tensor(f"{block}.{name}.weight", weights(N_EMBD, N_EMBD))
        writer.add_tensor(f"{block}.ffn_norm.weight", np.ones(N_EMBD, dtype=np.float32))
        writer.add_tensor(f"{block}.ffn_gate.weight", weights(N_FF, N_EMBD))
        writer.add_tensor(f"{block}.ffn_up.weight", weights(N_FF, N_EMBD))
        writer.add_tensor(f"{block}.ffn_down.weight", weights(N_EMBD, N_FF))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return Path(path)
