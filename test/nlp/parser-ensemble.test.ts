import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { createDoc } from "../../src/doc/doc.js";
import type { Token } from "../../src/doc/types.js";
import { modelPath, readModelFile, writeModelFile } from "../../src/nlp/model-io.js";
import { TreeCombiner, type VotingTree } from "../../src/nlp/parser/combine.js";
import { loadParserEnsemble, ParserEnsemble } from "../../src/nlp/parser/ensemble.js";
import { loadParser, PARSER_MODEL_KIND, parserFromModel } from "../../src/nlp/parser/io.js";
import { seededRandom } from "../../src/util/random.js";
import { parseStage } from "../../src/stages/parse/index.js";

function tree(heads: number[], labels?: number[], confidence?: number[]): VotingTree {
  return {
    heads: Int32Array.from(heads),
    labels: Int32Array.from(labels ?? heads.map(() => 0)),
    confidence: Float64Array.from(confidence ?? heads.map(() => 0)),
  };
}

const EQUAL = { weights: [1, 1, 1], prior: 1, confidenceCap: 10 };

function combine(trees: VotingTree[], settings = EQUAL): { heads: number[]; labels: number[] } {
  const n = trees[0]!.heads.length;
  const heads = new Int32Array(n);
  const labels = new Int32Array(n);
  new TreeCombiner().combine(n, trees, settings, heads, labels, 99);
  return { heads: [...heads], labels: [...labels] };
}

/** Every projective tree over n words with one word on the root, as 0-based heads. */
function projectiveTrees(n: number): number[][] {
  const out: number[][] = [];
  const heads = new Array<number>(n).fill(-2);
  const isTree = (): boolean => {
    let roots = 0;
    for (let d = 0; d < n; d++) {
      if (heads[d] === -1) roots++;
      // no cycle: following heads reaches the root within n steps
      let x = d;
      for (let k = 0; k <= n && x >= 0; k++) x = heads[x]!;
      if (x !== -1) return false;
      // projective: every word between d and its head is dominated by that head
      const h = heads[d]!;
      if (h < 0) continue;
      for (let w = Math.min(d, h) + 1; w < Math.max(d, h); w++) {
        let y = w;
        for (let k = 0; k <= n && y >= 0 && y !== h; k++) y = heads[y]!;
        if (y !== h) return false;
      }
    }
    return roots === 1;
  };
  const fill = (d: number): void => {
    if (d === n) {
      if (isTree()) out.push([...heads]);
      return;
    }
    for (let h = -1; h < n; h++) {
      if (h === d) continue;
      heads[d] = h;
      fill(d + 1);
    }
  };
  fill(0);
  return out;
}

test("words every parser agrees on keep their head; the most confident parser gives the label", () => {
  const a = tree([1, -1, 1], [5, 0, 6], [3, 0, 1]);
  const b = tree([1, -1, 1], [7, 0, 6], [9, 0, 1]);
  const out = combine([a, b], { weights: [1, 1], prior: 0, confidenceCap: 100 });
  assert.deepEqual(out.heads, [1, -1, 1]);
  assert.deepEqual(out.labels, [7, 0, 6]);
});

test("the majority of three parsers decides each head", () => {
  // word 0: two parsers say head 1, one says head 2
  const out = combine([tree([1, -1, 1]), tree([1, -1, 1]), tree([2, 2, -1])]);
  assert.deepEqual(out.heads, [1, -1, 1]);
});

test("between two parsers, the surer one wins a disputed attachment", () => {
  const a = tree([1, -1, 1, 2], [1, 0, 2, 4], [5, 5, 5, 0.5]);
  const b = tree([1, -1, 1, 1], [1, 0, 2, 3], [5, 5, 5, 4]);
  assert.deepEqual(combine([a, b], { weights: [1, 1], prior: 0, confidenceCap: 10 }), {
    heads: [1, -1, 1, 1],
    labels: [1, 0, 2, 3],
  });
  // the same margins, but the first parser's votes weigh ten times more
  assert.deepEqual(combine([a, b], { weights: [10, 1], prior: 0, confidenceCap: 10 }).heads, [1, -1, 1, 2]);
});

test("the combined tree is the projective single-rooted tree with the largest vote (all trees of up to 5 words)", () => {
  const random = seededRandom(7);
  for (let n = 1; n <= 5; n++) {
    const all = projectiveTrees(n);
    for (let round = 0; round < 40; round++) {
      // three voters, each a random projective tree with random margins
      const voters = [0, 1, 2].map(() =>
        tree(
          all[Math.floor(random() * all.length)]!,
          undefined,
          Array.from({ length: n }, () => random() * 20),
        ),
      );
      const settings = { weights: [1.3, 1, 0.8], prior: 2, confidenceCap: 15 };
      const vote = (t: number, d: number): number =>
        settings.weights[t]! * (settings.prior + Math.min(voters[t]!.confidence[d]!, settings.confidenceCap));
      const total = (heads: readonly number[]): number => {
        let sum = 0;
        for (let d = 0; d < n; d++) {
          let arc = 0;
          let voted = false;
          for (let t = 0; t < 3; t++) {
            if (voters[t]!.heads[d] === heads[d]) {
              arc += vote(t, d);
              voted = true;
            }
          }
          sum += voted ? arc : -1000;
        }
        return sum;
      };
      const best = Math.max(...all.map(total));
      const out = combine(voters, settings);
      assert.ok(
        all.some((t) => t.join() === out.heads.join()),
        `n=${n}: ${out.heads} is a projective tree`,
      );
      assert.ok(
        Math.abs(total(out.heads) - best) < 1e-9,
        `n=${n}: vote ${total(out.heads)} is the best ${best}`,
      );
    }
  }
});

test("a right-to-left parser reads the sentence backwards and answers in reading order; a punctuation root yields to a word", () => {
  const r2l = loadParser(modelPath("parse-r2l.bin.gz"));
  assert.equal(r2l.reverse, true);
  assert.equal(loadParser().reverse, false);
  const input = {
    forms: ["Lavrov", "will", "arrive", "in", "China", "."],
    upos: ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
    xpos: ["NNP", "MD", "VB", "IN", "NNP", "."],
  };
  const t = r2l.parse(input);
  assert.deepEqual([...t.heads], [2, 2, -1, 4, 2, 2]);
  assert.deepEqual(t.labels, ["nsubj", "aux", "root", "case", "obl", "punct"]);
  const heads = new Int32Array(6);
  const labels = new Int32Array(6);
  const confidence = new Float64Array(6);
  r2l.parseInto(input, heads, labels, confidence);
  assert.ok(
    confidence.every((c) => Number.isFinite(c) && c >= 0),
    "a margin is never negative: the chosen move beat the others",
  );
});

test("a parser model with an unknown direction is refused with CH_DATA_INVALID", () => {
  const model = readModelFile(modelPath("parse-r2l.bin.gz"), PARSER_MODEL_KIND);
  model.header["direction"] = "top-down";
  assert.throws(() => parserFromModel(model), { code: "CH_DATA_INVALID", message: /direction "top-down"/ });
});

test("the committed ensemble loads its members, and broken descriptions are refused by name", () => {
  const ensemble = loadParserEnsemble();
  assert.ok(ensemble.members.length >= 2);
  assert.ok(ensemble.members.some((m) => m.reverse));
  const dir = mkdtempSync(join(tmpdir(), "chancery-ensemble-"));
  const write = (name: string, body: string): string => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  };
  assert.throws(() => loadParserEnsemble(join(dir, "absent.json")), {
    code: "CH_DATA_INVALID",
    message: /absent\.json: file not found/,
  });
  assert.throws(() => loadParserEnsemble(write("bad.json", "{")), {
    code: "CH_DATA_INVALID",
    message: /not JSON/,
  });
  assert.throws(() => loadParserEnsemble(write("empty.json", '{"members": []}')), {
    code: "CH_DATA_INVALID",
    message: /"members" must be a non-empty list/,
  });
  assert.throws(
    () =>
      loadParserEnsemble(
        write("weight.json", `{"members": [{"model": "${modelPath("parse.bin.gz")}", "weight": 0}]}`),
      ),
    { code: "CH_DATA_INVALID", message: /member 1 needs a positive "weight"/ },
  );
  // a member whose labels differ from the others'
  const model = readModelFile(modelPath("parse.bin.gz"), PARSER_MODEL_KIND);
  const labels = model.sections["labels"] as string[];
  model.sections["labels"] = [...labels.slice(1), labels[0]!];
  writeModelFile(join(dir, "shuffled.bin.gz"), model);
  assert.throws(
    () =>
      loadParserEnsemble(
        write(
          "mixed.json",
          `{"members": [{"model": "${modelPath("parse.bin.gz")}"}, {"model": "shuffled.bin.gz"}]}`,
        ),
      ),
    { code: "CH_DATA_INVALID", message: /same relation labels/ },
  );
});

test("an ensemble of one parser gives that parser's trees", () => {
  const single = loadParser();
  const one = new ParserEnsemble([single], { weights: [1], prior: 0, confidenceCap: 1 });
  const input = {
    forms: ["China", "has", "not", "supplied", "Russia", "with", "weapons", "."],
    upos: ["PROPN", "AUX", "PART", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"],
    xpos: ["NNP", "VBZ", "RB", "VBN", "NNP", "IN", "NNS", "."],
  };
  const a = single.parse(input);
  const heads = new Int32Array(8);
  const labels = new Int32Array(8);
  one.parseInto(input, heads, labels);
  assert.deepEqual([...heads], [...a.heads]);
  assert.deepEqual(
    [...labels].map((l) => single.transitions.labels[l]),
    a.labels,
  );
});

function tokensOf(input: { forms: string[]; upos: string[]; xpos: string[] }): Token[] {
  let at = 0;
  return input.forms.map((form, i) => {
    const token = {
      text: form,
      start: at,
      end: at + form.length,
      sentence: 0,
      upos: input.upos[i]!,
      xpos: input.xpos[i]!,
    } as Token;
    at += form.length + 1;
    return token;
  });
}

test("the parse stage parses with one parser by default and with the ensemble on request", () => {
  const input = {
    forms: ["The", "visit", "was", "canceled", "due", "to", "the", "tension", "."],
    upos: ["DET", "NOUN", "AUX", "VERB", "ADP", "ADP", "DET", "NOUN", "PUNCT"],
    xpos: ["DT", "NN", "VBD", "VBN", "IN", "IN", "DT", "NN", "."],
  };
  for (const options of [{}, { parseMode: "single" }, { parseMode: "ensemble" }]) {
    const doc = createDoc({ id: "e", raw: "", rawKind: "text" });
    doc.tokens = tokensOf(input);
    parseStage.run(doc, { options });
    const byForm = (f: string) => doc.tokens.find((t) => t.text === f)!;
    assert.equal(byForm("canceled").head, -1, JSON.stringify(options));
    assert.equal(byForm("visit").deprel, "nsubj:pass", JSON.stringify(options));
    assert.equal(byForm("tension").deprel, "obl", JSON.stringify(options));
  }
  const doc = createDoc({ id: "e2", raw: "", rawKind: "text" });
  doc.tokens = tokensOf(input);
  assert.throws(() => parseStage.run(doc, { options: { parseMode: "fastest" } }), {
    code: "CH_USAGE",
    message: /parseMode/,
  });
  assert.throws(() => parseStage.run(doc, { options: { parseMode: "single", parseEnsemble: "x.json" } }), {
    code: "CH_USAGE",
    message: /parseEnsemble/,
  });
});
