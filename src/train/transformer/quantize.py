"""Dynamic int8 quantization of the exported classifier, written with the onnx package alone.

Every MatMul whose second input is a constant weight becomes DynamicQuantizeLinear (the
activations, uint8, per batch) + MatMulInteger (weights int8, symmetric, one scale per output
column) + a float rescale; ONNX Runtime fuses the three. The word-embedding table is stored in
int8 too and dequantized after the Gather, row by row. The file shrinks about four times.

Usage: python3 quantize.py model-fp32.onnx model.onnx
"""
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto


def quantize(src, dst):
    model = onnx.load(src)
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    nodes = []
    dropped = set()
    for node in graph.node:
        if node.op_type == "MatMul" and node.input[1] in inits and len(numpy_helper.to_array(inits[node.input[1]]).shape) == 2:
            w = numpy_helper.to_array(inits[node.input[1]]).astype(np.float32)
            scale = np.maximum(np.abs(w).max(axis=0), 1e-8) / 127.0
            q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
            base = node.input[1].replace(":", "_")
            graph.initializer.extend([
                numpy_helper.from_array(q, base + "_q"),
                numpy_helper.from_array(scale.astype(np.float32), base + "_scale"),
                numpy_helper.from_array(np.zeros(1, dtype=np.int8)[0], base + "_zero"),
            ])
            dropped.add(node.input[1])
            x = node.input[0]
            out = node.output[0]
            nodes += [
                helper.make_node("DynamicQuantizeLinear", [x], [out + "_xq", out + "_xs", out + "_xz"]),
                helper.make_node("MatMulInteger", [out + "_xq", base + "_q", out + "_xz", base + "_zero"], [out + "_i32"]),
                helper.make_node("Cast", [out + "_i32"], [out + "_f"], to=TensorProto.FLOAT),
                helper.make_node("Mul", [out + "_xs", base + "_scale"], [out + "_s"]),
                helper.make_node("Mul", [out + "_f", out + "_s"], [out]),
            ]
        elif node.op_type == "Gather" and node.input[0] in inits and "word_embeddings" in node.input[0]:
            table = numpy_helper.to_array(inits[node.input[0]]).astype(np.float32)
            scale = np.float32(np.abs(table).max() / 127.0)
            q = np.clip(np.round(table / scale), -127, 127).astype(np.int8)
            base = node.input[0]
            graph.initializer.extend([
                numpy_helper.from_array(q, base + "_q"),
                numpy_helper.from_array(np.array(scale, dtype=np.float32), base + "_scale"),
                numpy_helper.from_array(np.array(0, dtype=np.int8), base + "_zero"),
            ])
            dropped.add(node.input[0])
            out = node.output[0]
            nodes += [
                helper.make_node("Gather", [base + "_q", node.input[1]], [out + "_q"]),
                helper.make_node("DequantizeLinear", [out + "_q", base + "_scale", base + "_zero"], [out]),
            ]
        else:
            nodes.append(node)
    del graph.node[:]
    graph.node.extend(nodes)
    kept = [i for i in graph.initializer if i.name not in dropped]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    onnx.checker.check_model(model)
    onnx.save(model, dst)


if __name__ == "__main__":
    quantize(sys.argv[1], sys.argv[2])
