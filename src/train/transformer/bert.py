"""A plain-torch BERT encoder (the all-MiniLM-L6-v2 shape) that loads its weights from ONNX.

The encoder ships on Maven Central only as an ONNX graph. Its Linear weights are anonymous
initializers (onnx::MatMul_NNN, stored transposed); each is named by following its MatMul to the
Add that holds the named bias.
"""
import math

import onnx
import torch
from onnx import numpy_helper
from torch import nn


class Config:
    """The all-MiniLM-L6-v2 shape; bge-small-en-v1.5 is the same with 12 layers."""

    def __init__(self, layers=6):
        self.vocab = 30522
        self.hidden = 384
        self.layers = layers
        self.heads = 12
        self.intermediate = 1536
        self.positions = 512


def onnx_layers(path):
    """How many encoder layers the ONNX graph holds, read from its initializers' names."""
    names = [i.name for i in onnx.load(path, load_external_data=False).graph.initializer]
    found = {int(n.split(".")[n.split(".").index("layer") + 1]) for n in names if ".layer." in n and "encoder." in n}
    return max(found) + 1


class Embeddings(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.word_embeddings = nn.Embedding(c.vocab, c.hidden)
        self.position_embeddings = nn.Embedding(c.positions, c.hidden)
        self.token_type_embeddings = nn.Embedding(2, c.hidden)
        self.LayerNorm = nn.LayerNorm(c.hidden, eps=1e-12)

    def forward(self, ids, types):
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.word_embeddings(ids) + self.position_embeddings(positions) + self.token_type_embeddings(types)
        return self.LayerNorm(x)


class SelfAttention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.heads = c.heads
        self.size = c.hidden // c.heads
        self.query = nn.Linear(c.hidden, c.hidden)
        self.key = nn.Linear(c.hidden, c.hidden)
        self.value = nn.Linear(c.hidden, c.hidden)

    def split(self, x):
        b, n, _ = x.shape
        return x.view(b, n, self.heads, self.size).transpose(1, 2)

    def forward(self, x, bias):
        q, k, v = self.split(self.query(x)), self.split(self.key(x)), self.split(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(self.size) + bias
        out = torch.softmax(scores, dim=-1) @ v
        b, h, n, s = out.shape
        return out.transpose(1, 2).reshape(b, n, h * s)


class DenseNorm(nn.Module):
    def __init__(self, size_in, size_out):
        super().__init__()
        self.dense = nn.Linear(size_in, size_out)
        self.LayerNorm = nn.LayerNorm(size_out, eps=1e-12)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x, residual):
        return self.LayerNorm(self.dropout(self.dense(x)) + residual)


class Attention(nn.Module):
    def __init__(self, c):
        super().__init__()
        setattr(self, "self", SelfAttention(c))
        self.output = DenseNorm(c.hidden, c.hidden)

    def forward(self, x, bias):
        return self.output(getattr(self, "self")(x, bias), x)


class Intermediate(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dense = nn.Linear(c.hidden, c.intermediate)

    def forward(self, x):
        return nn.functional.gelu(self.dense(x))


class Layer(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.attention = Attention(c)
        self.intermediate = Intermediate(c)
        self.output = DenseNorm(c.intermediate, c.hidden)

    def forward(self, x, bias):
        a = self.attention(x, bias)
        return self.output(self.intermediate(a), a)


class Encoder(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.layer = nn.ModuleList([Layer(c) for _ in range(c.layers)])

    def forward(self, x, bias):
        for layer in self.layer:
            x = layer(x, bias)
        return x


class Bert(nn.Module):
    def __init__(self, c=None):
        c = c or Config()
        super().__init__()
        self.embeddings = Embeddings(c)
        self.encoder = Encoder(c)

    def forward(self, ids, mask, types):
        bias = (1.0 - mask[:, None, None, :].to(torch.float32)) * -10000.0
        return self.encoder(self.embeddings(ids, types), bias)


def load_onnx_weights(model, path):
    """Copies the ONNX graph's initializers into the model; every parameter must be found."""
    graph = onnx.load(path).graph
    inits = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    consumers = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    state = {}
    for name, value in inits.items():
        if not name.startswith("onnx::"):
            state[name] = torch.from_numpy(value.copy())
    for node in graph.node:
        if node.op_type != "MatMul" or node.input[1] not in inits:
            continue
        adds = [n for n in consumers.get(node.output[0], []) if n.op_type == "Add"]
        bias = [i for n in adds for i in n.input if i in inits and not i.startswith("onnx::")]
        if len(bias) != 1 or not bias[0].endswith(".bias"):
            raise ValueError("cannot name the weight of " + node.name)
        state[bias[0][: -len(".bias")] + ".weight"] = torch.from_numpy(inits[node.input[1]].T.copy())
    prefix = "bert." if any(k.startswith("bert.") for k in state) else ""
    state = {k[len(prefix):]: v for k, v in state.items() if k.startswith(prefix)}
    wanted = model.state_dict()
    state = {k: v for k, v in state.items() if k in wanted}
    model.load_state_dict(state, strict=True)
