#!/usr/bin/env node
/**
 * Train the named-entity recogniser on CoNLL-2003 English.
 *
 * node dist/scripts/train-ner.js [--data ../shared/eval/conll2003] [--epochs 15]
 *   [--seed 1] [--heldout 0.1] [--prune 0.05] [--no-gazetteer] [--select heldout|dev]
 *   [--out models/ner.bin.gz]
 *
 * Two phases, so the reported dev figure is not tuned on dev:
 * 1. train on eng.train minus its last `--heldout` share of documents,
 *    printing held-out and dev (eng.testa) F1 after every epoch, and pick the
 *    epoch count by held-out F1 (or by dev F1 with `--select dev`);
 * 2. train again on all of eng.train for that many epochs and save the
 *    result to `--out`. With `--heldout 0` phase 1 is skipped and the epoch
 *    is selected on dev directly.
 */
import { join } from "node:path";
import { readConll2003 } from "../src/nlp/ner/conll.js";
import { loadGazetteer } from "../src/nlp/ner/gazetteer.js";
import { NER_MODEL_FILE, saveNerModel } from "../src/nlp/ner/io.js";
import { formatScores } from "../src/nlp/ner/score.js";
import { type NerEpochReport, trainNer } from "../src/nlp/ner/train.js";
import { modelPath } from "../src/nlp/model-io.js";
import { sharedDir } from "../src/util/paths.js";

function option(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 && process.argv[k + 1] !== undefined ? process.argv[k + 1]! : fallback;
}

const shared = sharedDir();
const dataDir = option("data", shared === null ? "" : join(shared, "eval", "conll2003"));
if (dataDir === "") {
  console.error("train-ner: ../shared is absent; pass --data <folder with eng.train and eng.testa>");
  process.exit(2);
}
const epochs = Number(option("epochs", "15"));
const seed = Number(option("seed", "1"));
const heldoutShare = Number(option("heldout", "0.1"));
const pruneBelow = Number(option("prune", "0.05"));
const select = option("select", heldoutShare > 0 ? "heldout" : "dev");
const out = option("out", modelPath(NER_MODEL_FILE));
const gazetteer = process.argv.includes("--no-gazetteer") ? null : loadGazetteer();

const train = readConll2003(join(dataDir, "eng.train"));
const dev = readConll2003(join(dataDir, "eng.testa"));
console.log(
  `train ${train.length} documents, dev ${dev.length}; gazetteer ${gazetteer === null ? "off" : `${gazetteer.size} names in ${gazetteer.classes.length} classes`}`,
);

const print = (phase: string) => (r: NerEpochReport) => {
  const parts = Object.entries(r.scores).map(([name, s]) => `${name} ${formatScores(s)}`);
  console.log(
    `[${phase}] epoch ${r.epoch}: train errors ${((100 * r.trainErrors) / r.trainWords).toFixed(2)}%  ` +
      `${r.features} features  ${r.seconds.toFixed(1)} s`,
  );
  for (const p of parts) console.log(`    ${p}`);
};

let chosenEpochs = epochs;
/** Held-out F1 of the selection run at the epoch chosen (null without a held-out slice). */
let heldoutF1: number | null = null;
if (heldoutShare > 0) {
  const cut = Math.round(train.length * (1 - heldoutShare));
  const result = trainNer(train.slice(0, cut), {
    epochs,
    seed,
    pruneBelow,
    gazetteer,
    evaluate: { heldout: train.slice(cut), dev },
    select,
    onEpoch: print("select"),
  });
  chosenEpochs = result.epoch;
  heldoutF1 = result.epochs[result.epoch - 1]!.scores["heldout"]!.overall.f1;
  console.log(`selected ${chosenEpochs} epochs by ${select} F1`);
}
const final = trainNer(train, {
  epochs: chosenEpochs,
  seed,
  pruneBelow,
  gazetteer,
  evaluate: { dev },
  ...(heldoutShare > 0 ? {} : { select: "dev" }),
  onEpoch: print("final"),
});
const kept = final.epochs[final.epoch - 1]!;
const bytes = saveNerModel(out, final.recognizer, {
  trainingData:
    heldoutShare > 0
      ? "CoNLL-2003 English eng.train"
      : "CoNLL-2003 English eng.train (epoch chosen on eng.testa)",
  seed,
  epochs: final.epoch,
  devScores: Object.fromEntries([
    ["f1", kept.scores["dev"]!.overall.f1],
    ...Object.entries(kept.scores["dev"]!.byType).map(([t, s]) => [`f1_${t}`, s.f1]),
  ]),
  date: new Date().toISOString(),
  pruneBelow,
  selectedOn: heldoutShare > 0 ? select : "dev",
  heldoutShare,
  heldoutF1,
});
console.log(
  `saved ${out} (${(bytes / 1e6).toFixed(2)} MB), epoch ${final.epoch}: dev ${formatScores(kept.scores["dev"]!)}`,
);
