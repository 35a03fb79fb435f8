import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { createDoc } from "../../src/doc/doc.js";
import type { NerDocument } from "../../src/nlp/ner/conll.js";
import { Gazetteer } from "../../src/nlp/ner/gazetteer.js";
import { loadNerRecognizer, NER_MODEL_FILE, readNerModel, saveNerModel } from "../../src/nlp/ner/io.js";
import { trainNer } from "../../src/nlp/ner/train.js";
import { encodeModel, modelPath } from "../../src/nlp/model-io.js";
import { nerStage } from "../../src/stages/ner/index.js";
import { tokenizeStage } from "../../src/stages/tokenize/index.js";

/** A small made-up corpus: names in a few sentence frames. */
function corpus(): NerDocument[] {
  const people = [
    ["Anna", "Berg"],
    ["Tom", "Reyes"],
    ["Lena", "Okafor"],
    ["Ivo", "Stark"],
    ["Mia", "Tanaka"],
  ];
  const places = ["Norvia", "Kestrel", "Palomar", "Ostrand", "Velmora"];
  const orgs = [
    ["Delta", "Bank"],
    ["Union", "Council"],
    ["Harbor", "Group"],
  ];
  const docs: NerDocument[] = [];
  for (let d = 0; d < 5; d++) {
    const sentences = [];
    for (let k = 0; k < 6; k++) {
      const p = people[(d + k) % people.length]!;
      const c = places[(d * 2 + k) % places.length]!;
      const o = orgs[(d + 2 * k) % orgs.length]!;
      sentences.push({
        words: [...p, "said", "the", ...o, "would", "open", "in", c, "."],
        spans: [
          { start: 0, end: 2, type: "PER" as const },
          { start: 4, end: 6, type: "ORG" as const },
          { start: 9, end: 10, type: "LOC" as const },
        ],
      });
    }
    docs.push({ sentences });
  }
  return docs;
}

test("a model trained on a toy corpus learns it, and survives a save/load round trip", () => {
  const gazetteer = new Gazetteer();
  gazetteer.add("places", "Norvia");
  const docs = corpus();
  const result = trainNer(docs, { epochs: 4, seed: 7, pruneBelow: 0, gazetteer, evaluate: { train: docs } });
  assert.equal(result.epochs.length, 4);
  assert.equal(result.epoch, 4);
  assert.equal(result.epochs[3]!.scores["train"]!.overall.f1, 100);
  const again = trainNer(docs, { epochs: 4, seed: 7, pruneBelow: 0, gazetteer, evaluate: {} });
  assert.deepEqual(
    again.recognizer.weights.packed.hashes,
    result.recognizer.weights.packed.hashes,
    "deterministic",
  );

  const dir = mkdtempSync(join(tmpdir(), "ner-model-"));
  const file = join(dir, "ner.bin.gz");
  const bytes = saveNerModel(file, result.recognizer, {
    trainingData: "toy",
    seed: 7,
    epochs: 4,
    devScores: {},
    date: "2024-01-01",
  });
  assert.ok(bytes > 0);
  const loaded = readNerModel(file, gazetteer);
  const p0 = result.recognizer.weights.packed;
  const p1 = loaded.weights.packed;
  assert.deepEqual(p1.hashes, p0.hashes);
  assert.deepEqual(p1.values, p0.values);
  assert.deepEqual(p1.labels, p0.labels);
  const unseen = [["Ivo", "Stark", "said", "the", "Delta", "Bank", "would", "open", "in", "Norvia", "."]];
  assert.deepEqual(loaded.recognize(unseen), result.recognizer.recognize(unseen));
  assert.deepEqual(loaded.recognize(unseen)[0], [
    { start: 0, end: 2, type: "PER" },
    { start: 4, end: 6, type: "ORG" },
    { start: 9, end: 10, type: "LOC" },
  ]);
  assert.equal(loadNerRecognizer(file).weights.size, result.recognizer.weights.size);

  const wrongKind = join(dir, "pos.bin.gz");
  writeFileSync(
    wrongKind,
    gzipSync(
      encodeModel({
        kind: "pos",
        metadata: { trainingData: "", seed: 0, epochs: 0, devScores: {}, date: "" },
        header: {},
        sections: {},
      }),
    ),
  );
  assert.throws(() => readNerModel(wrongKind), /CH_MODEL_VERSION/);
  const truncated = join(dir, "cut.bin.gz");
  writeFileSync(truncated, readFileSync(file).subarray(0, 100));
  assert.throws(() => readNerModel(truncated), /CH_DATA_INVALID/);
});

const committed = modelPath(NER_MODEL_FILE);
const skipCommitted = existsSync(committed) ? false : `no committed model at ${committed}`;

test(
  "the committed model finds the entities of a news sentence (CoNLL conventions)",
  { skip: skipCommitted },
  () => {
    const words =
      "Chinese Foreign Ministry spokesman Wang Wenbin said Antony Blinken would visit China .".split(" ");
    const [spans] = loadNerRecognizer().recognize([words]);
    const found = spans!.map((s) => `${s.type}:${words.slice(s.start, s.end).join(" ")}`);
    assert.ok(found.includes("PER:Antony Blinken"), found.join(", "));
    assert.ok(found.includes("LOC:China"), found.join(", "));
    assert.ok(found.includes("PER:Wang Wenbin"), found.join(", "));
    assert.ok(found.includes("MISC:Chinese"), found.join(", "));
    assert.ok(
      found.includes("ORG:Foreign Ministry") || found.includes("ORG:Chinese Foreign Ministry"),
      found.join(", "),
    );
    assert.ok(!found.some((f) => /said|visit|would|spokesman/.test(f)), found.join(", "));
  },
);

test(
  "the ner stage tags tokens and gathers entities with character offsets",
  { skip: skipCommitted },
  async () => {
    const text =
      "Chinese Foreign Ministry spokesman Wang Wenbin said Antony Blinken would visit China. " +
      "Blinken met officials of the Anglo-Dutch company Royal Dutch Shell in Beijing. China welcomed the visit.";
    const doc = createDoc({ id: "d1", raw: text, rawKind: "text" });
    doc.text = text;
    await tokenizeStage.run(doc, { options: {} });
    await nerStage.run(doc, { options: {} });
    assert.ok(
      doc.tokens.every((t) => typeof t.ner === "string" && /^(O|[BI]-(PER|ORG|LOC|MISC))$/.test(t.ner)),
    );
    const byName = new Map(doc.entities.map((e) => [`${e.type}:${e.name}`, e]));
    const china = byName.get("LOC:China");
    assert.ok(china, [...byName.keys()].join(", "));
    assert.equal(china.mentions.length, 2);
    for (const m of china.mentions) assert.equal(text.slice(m.start, m.end), "China");
    const blinken = byName.get("PER:Antony Blinken");
    assert.ok(blinken, [...byName.keys()].join(", "));
    assert.equal(blinken.mentions[0]!.start, text.indexOf("Antony"));
    assert.ok(byName.has("LOC:Beijing"), [...byName.keys()].join(", "));
    // The tokenizer splits "Anglo-Dutch"; the stage rejoins it, so a mention covers the whole word.
    for (const e of doc.entities) {
      for (const m of e.mentions) {
        assert.equal(m.text, text.slice(m.start, m.end));
        assert.ok(!m.text.startsWith("-") && !m.text.endsWith("-"), m.text);
      }
    }
    const ids = doc.entities.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
    const firstToken = doc.tokens.find((t) => t.text === "Antony")!;
    assert.equal(firstToken.ner, "B-PER");
    assert.equal(doc.tokens.find((t) => t.text === "Blinken")!.ner, "I-PER");
    assert.equal(doc.tokens.find((t) => t.text === "said")!.ner, "O");
  },
);

test("the ner stage handles a document without tokens", { skip: skipCommitted }, async () => {
  const doc = createDoc({ id: "empty", raw: "", rawKind: "text" });
  await nerStage.run(doc, { options: {} });
  assert.deepEqual(doc.entities, []);
  assert.equal(nerStage.name, "ner");
  assert.deepEqual(nerStage.requires, ["tokens"]);
  assert.deepEqual(nerStage.assigns, ["ner", "entities"]);
});
