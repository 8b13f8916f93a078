"""Fine-tunes a BERT-shaped encoder (all-MiniLM-L6-v2, bge-small-en-v1.5) for sentiment, offensive language and hate speech.

One shared encoder, mean-pooled, with one linear head per task (a single 7-wide layer: columns
0-2 sentiment negative/neutral/positive, 3-4 offensive no/yes, 5-6 hate no/yes). Each batch holds
one task's tweets; the batches of all tasks are shuffled together. Trains on the train splits only
and reports val; exports ONNX with the pooling inside the graph. Deterministic given --seed on the
same thread count.

Usage: python3 finetune.py --data ../shared/data --encoder DIR --out models/transformer
"""
import argparse
import csv
import glob
import json
import os
import random
import shutil
import sys
import time

import torch
from torch import nn

sys.path.insert(0, os.path.dirname(__file__))
from bert import Bert, Config, load_onnx_weights, onnx_layers  # noqa: E402
from wordpiece import WordPiece  # noqa: E402

TASKS = {  # name: (first column, labels)
    "sentiment": (0, ["negative", "neutral", "positive"]),
    "offensive": (3, ["not-offensive", "offensive"]),
    "hate": (5, ["not-hate", "hate"]),
}
WIDTH = 7


class Classifier(nn.Module):
    def __init__(self, layers=6, pooling="mean"):
        super().__init__()
        self.bert = Bert(Config(layers))
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(384, WIDTH)
        self.pooling = pooling

    def forward(self, input_ids, attention_mask, token_type_ids):
        states = self.bert(input_ids, attention_mask, token_type_ids)
        if self.pooling == "cls":
            pooled = states[:, 0]
        else:
            mask = attention_mask.unsqueeze(-1).to(states.dtype)
            pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.head(self.dropout(pooled))


def read_split(data, task, split):
    with open(os.path.join(data, task, split + "_text.txt"), encoding="utf-8") as f:
        texts = [line.rstrip("\n") for line in f]
    with open(os.path.join(data, task, split + "_labels.txt"), encoding="utf-8") as f:
        labels = [int(line) for line in f if line.strip()]
    if len(texts) != len(labels):
        raise ValueError(f"{task}/{split}: {len(texts)} texts but {len(labels)} labels")
    return texts, labels


def read_toxicity(data):
    """Every toxicity/*.csv row (Wikipedia talk-page comments), deduplicated by id, label is_bad."""
    seen, texts, labels = set(), [], []
    for path in sorted(glob.glob(os.path.join(data, "toxicity", "*.csv"))):
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row["id"] in seen:
                    continue
                seen.add(row["id"])
                texts.append(" ".join(row["comment_text"].split()))
                labels.append(1 if row["is_bad"].strip().lower() == "true" else 0)
    return texts, labels


def batches(encoded, labels, task, size, rng):
    """Length-bucketed batches: shuffle, then sort within windows of 50 batches by length."""
    order = list(range(len(encoded)))
    rng.shuffle(order)
    window = size * 50
    out = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start:start + window], key=lambda i: len(encoded[i]))
        out.extend((task, chunk[i:i + size]) for i in range(0, len(chunk), size))
    return out


def tensors(encoded, rows):
    width = max(len(encoded[i]) for i in rows)
    ids = torch.zeros(len(rows), width, dtype=torch.long)
    mask = torch.zeros(len(rows), width, dtype=torch.long)
    for r, i in enumerate(rows):
        ids[r, : len(encoded[i])] = torch.tensor(encoded[i])
        mask[r, : len(encoded[i])] = 1
    return ids, mask, torch.zeros_like(ids)


def predict(model, encoded, size=64):
    model.eval()
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    out = [None] * len(encoded)
    with torch.no_grad():
        for start in range(0, len(order), size):
            rows = order[start:start + size]
            logits = model(*tensors(encoded, rows))
            for r, i in enumerate(rows):
                out[i] = logits[r]
    return torch.stack(out)


def macro_recall(gold, pred, n):
    recalls = []
    for c in range(n):
        total = sum(1 for g in gold if g == c)
        hit = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        recalls.append(hit / total if total else 0.0)
    return sum(recalls) / n


def macro_f1(gold, pred, n):
    f1s = []
    for c in range(n):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / n


def metric(task, gold, pred):
    return macro_recall(gold, pred, 3) if task == "sentiment" else macro_f1(gold, pred, 2)


def one(folder, pattern):
    """The single file in folder that matches pattern."""
    found = sorted(glob.glob(os.path.join(folder, pattern)))
    if len(found) != 1:
        raise ValueError(f"{folder}: expected one {pattern}, found {len(found)}")
    return found[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--encoder", required=True, help="folder with the encoder (one .onnx, BERT-shaped, 384 wide) and its tokenizer json")
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--epochs", default="sentiment=1,offensive=2,hate=2")
    parser.add_argument("--with-toxicity", action="store_true",
                        help="add the toxicity/ talk-page comments (label is_bad) to the offensive task's training data")
    parser.add_argument("--limit", type=int, default=0, help="train on at most this many tweets per task (smoke runs)")
    parser.add_argument("--pooling", choices=["mean", "cls"], default="mean",
                        help="mean of the token states, or the first token's state (how bge was pretrained)")
    parser.add_argument("--balanced", action="store_true",
                        help="weigh each class's loss by the inverse of its share of the task's training tweets")
    parser.add_argument("--resume", help="start from this model.pt (a second stage) instead of the encoder's weights")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    onnx_path = one(args.encoder, "*.onnx")
    tokenizer_path = one(args.encoder, "*tokenizer.json")
    tokenizer = WordPiece(tokenizer_path)
    epochs = {k: int(v) for k, v in (p.split("=") for p in args.epochs.split(","))}

    train, val = {}, {}
    for task in TASKS:
        texts, labels = read_split(args.data, task, "train")
        if task == "offensive" and args.with_toxicity:
            extra_texts, extra_labels = read_toxicity(args.data)
            texts, labels = texts + extra_texts, labels + extra_labels
        if args.limit:
            texts, labels = texts[: args.limit], labels[: args.limit]
        train[task] = ([tokenizer.ids(t, args.max_tokens) for t in texts], labels)
        texts, labels = read_split(args.data, task, "val")
        val[task] = ([tokenizer.ids(t, args.max_tokens) for t in texts], labels)

    model = Classifier(onnx_layers(onnx_path), args.pooling)
    if args.resume:
        model.load_state_dict(torch.load(args.resume))
    else:
        load_onnx_weights(model.bert, onnx_path)
    plan = []
    for task, (encoded, labels) in train.items():
        for _ in range(epochs.get(task, 0)):
            plan.extend(batches(encoded, labels, task, args.batch, rng))
    rng.shuffle(plan)

    no_decay = ("bias", "LayerNorm.weight")
    groups = [
        {"params": [p for n, p in model.named_parameters() if not n.endswith(no_decay)], "weight_decay": 0.01},
        {"params": [p for n, p in model.named_parameters() if n.endswith(no_decay)], "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(groups, lr=args.lr)
    warmup = max(1, int(0.06 * len(plan)))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: step / warmup if step < warmup else max(0.0, (len(plan) - step) / (len(plan) - warmup)))
    loss_fns = {}
    for task, (_, labels) in train.items():
        weight = None
        if args.balanced:
            counts = [labels.count(c) for c in range(len(TASKS[task][1]))]
            weight = torch.tensor([len(labels) / (len(counts) * max(1, n)) for n in counts])
        loss_fns[task] = nn.CrossEntropyLoss(weight=weight)
    began = time.time()
    seen = 0
    model.train()
    for step, (task, rows) in enumerate(plan):
        first, names = TASKS[task]
        logits = model(*tensors(train[task][0], rows))[:, first:first + len(names)]
        gold = torch.tensor([train[task][1][i] for i in rows])
        loss = loss_fns[task](logits, gold)
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        seen += len(rows)
        if step % 100 == 0:
            rate = seen / max(1e-9, time.time() - began)
            print(f"step {step}/{len(plan)} {task} loss {loss.item():.3f} {rate:.0f} tweets/s", flush=True)

    os.makedirs(args.out, exist_ok=True)
    report = {"encoder": os.path.basename(onnx_path), "resumed": bool(args.resume), "withToxicity": args.with_toxicity, "pooling": args.pooling, "balanced": args.balanced, "seed": args.seed, "epochs": epochs, "maxTokens": args.max_tokens, "lr": args.lr,
              "batch": args.batch, "trainSeconds": round(time.time() - began), "val": {}}
    for task, (encoded, labels) in val.items():
        first, names = TASKS[task]
        logits = predict(model, encoded)[:, first:first + len(names)]
        score = metric(task, labels, logits.argmax(1).tolist())
        with open(os.path.join(args.out, f"val-{task}.txt"), "w", encoding="utf-8") as f:
            for row in torch.softmax(logits, 1).tolist():
                f.write(" ".join(f"{p:.6f}" for p in row) + "\n")
        report["val"][task] = round(score, 4)
        print(f"val {task}: {score:.4f}", flush=True)

    model.eval()
    example = tensors(val["sentiment"][0], list(range(4)))
    torch.onnx.export(model, example, os.path.join(args.out, "model-fp32.onnx"), opset_version=14,
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
                      dynamic_axes={n: {0: "batch", 1: "tokens"} for n in ["input_ids", "attention_mask", "token_type_ids"]}
                      | {"logits": {0: "batch"}})
    shutil.copy(tokenizer_path, os.path.join(args.out, "tokenizer.json"))
    torch.save(model.state_dict(), os.path.join(args.out, "model.pt"))
    with open(os.path.join(args.out, "training.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
