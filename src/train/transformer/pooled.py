"""Adds the encoder's mean-pooled output to an exported classifier graph as a second output, "pooled".

The graph's heads are one linear layer over the mean-pooled tokens; the pooled vector is the input of
that layer. Exposed, it lets the service train small heads of its own on the same encoder (the attack
score, models/attack.properties) without running the encoder twice. The logits stay as they were.

    python3 pooled.py models/transformer/model.onnx
"""
import sys

import onnx
from onnx import helper


def main(path):
    model = onnx.load(path)
    graph = model.graph
    if any(o.name == "pooled" for o in graph.output):
        return
    logits = graph.output[0].name
    layer = next(n for n in graph.node if logits in n.output)
    # int8 graphs quantize the pooled vector first: walk back to the float tensor the quantizer reads
    source = layer.input[0]
    producer = {o: n for n in graph.node for o in n.output}
    while producer.get(source) is not None and producer[source].op_type == "DynamicQuantizeLinear":
        source = producer[source].input[0]
    # the layer's weight is [width, columns], or [columns, width] in a Gemm with transB
    trans = any(a.name == "transB" and a.i == 1 for a in layer.attribute)
    width = next((i.dims[1] if trans else i.dims[0]) for i in graph.initializer if i.name == layer.input[1])
    graph.node.append(helper.make_node("Identity", [source], ["pooled"], name="pooled"))
    graph.output.append(helper.make_tensor_value_info("pooled", onnx.TensorProto.FLOAT, ["batch", width]))
    onnx.checker.check_model(model)
    onnx.save(model, path)


if __name__ == "__main__":
    main(sys.argv[1])
