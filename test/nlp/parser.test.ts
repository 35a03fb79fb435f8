import assert from "node:assert/strict";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { createDoc } from "../../src/doc/doc.js";
import type { Token } from "../../src/doc/types.js";
import { readConllu } from "../../src/nlp/conllu.js";
import { modelPath } from "../../src/nlp/model-io.js";
import { loadParser } from "../../src/nlp/parser/io.js";
import type { DependencyTree } from "../../src/nlp/parser/parser.js";
import { attachmentScores, fromConllu } from "../../src/nlp/parser/treebank.js";
import { parseStage } from "../../src/stages/parse/index.js";
import { sharedDir } from "../../src/util/paths.js";

/** Words with their UPOS/XPOS, written `form/UPOS/XPOS`. */
function tagged(text: string): { forms: string[]; upos: string[]; xpos: string[] } {
  const parts = text.split(" ").map((w) => w.split("/"));
  return { forms: parts.map((p) => p[0]!), upos: parts.map((p) => p[1]!), xpos: parts.map((p) => p[2]!) };
}

const LAVROV = tagged(
  "Lavrov/PROPN/NNP will/AUX/MD arrive/VERB/VB in/ADP/IN China/PROPN/NNP on/ADP/IN March/PROPN/NNP 22/NUM/CD ./PUNCT/.",
);
const SUPPLIED = tagged(
  "China/PROPN/NNP has/AUX/VBZ not/PART/RB supplied/VERB/VBN Russia/PROPN/NNP with/ADP/IN weapons/NOUN/NNS for/ADP/IN its/PRON/PRP$ war/NOUN/NN in/ADP/IN Ukraine/PROPN/NNP ./PUNCT/.",
);

/** The relation of word `dep` and the form of its head (`ROOT` for the root). */
function arc(tree: DependencyTree, forms: readonly string[], dep: number): string {
  const h = tree.heads[dep]!;
  return `${tree.labels[dep]}(${h < 0 ? "ROOT" : forms[h]})`;
}

test("the committed model: arrive is the root, Lavrov its subject, China an oblique", () => {
  const tree = loadParser().parse(LAVROV);
  const f = LAVROV.forms;
  assert.equal(arc(tree, f, 2), "root(ROOT)");
  assert.equal(arc(tree, f, 0), "nsubj(arrive)");
  assert.equal(arc(tree, f, 1), "aux(arrive)");
  assert.equal(arc(tree, f, 4), "obl(arrive)");
  assert.equal(arc(tree, f, 3), "case(China)");
  assert.equal(tree.heads.filter((h) => h === -1).length, 1, "exactly one root");
});

test("the committed model: not is an adverbial modifier of supplied", () => {
  const tree = loadParser().parse(SUPPLIED);
  const f = SUPPLIED.forms;
  assert.equal(arc(tree, f, 3), "root(ROOT)");
  assert.equal(arc(tree, f, 2), "advmod(supplied)");
  assert.equal(arc(tree, f, 0), "nsubj(supplied)");
  assert.equal(arc(tree, f, 4), "obj(supplied)");
  assert.equal(arc(tree, f, 11), "nmod(war)");
});

test("parses are trees: one root, every head a word of the sentence, no cycles", () => {
  const parser = loadParser();
  const words = "the a of to and in that is was it for on with as by at from he they not".split(" ");
  for (let trial = 0; trial < 200; trial++) {
    const n = 1 + (trial % 40);
    const forms = Array.from({ length: n }, (_, i) => words[(i * 7 + trial) % words.length]!);
    const tree = parser.parse({ forms, upos: forms.map(() => "X"), xpos: forms.map(() => "XX") });
    assert.equal(tree.heads.filter((h) => h === -1).length, 1);
    for (let i = 0; i < n; i++) {
      let x = i;
      for (let steps = 0; x !== -1; steps++) {
        assert.ok(steps <= n, "no cycle");
        assert.ok(x >= 0 && x < n);
        x = tree.heads[x]!;
      }
    }
  }
});

function tokensOf(sentences: { forms: string[]; upos: string[]; xpos: string[] }[]): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  sentences.forEach((s, sentence) => {
    s.forms.forEach((text, i) => {
      tokens.push({
        start: offset,
        end: offset + text.length,
        text,
        sentence,
        upos: s.upos[i]!,
        xpos: s.xpos[i]!,
      });
      offset += text.length + 1;
    });
  });
  return tokens;
}

test("the parse stage sets document-level heads and relations sentence by sentence", () => {
  const doc = createDoc({ id: "d1", raw: "", rawKind: "text" });
  doc.tokens = tokensOf([LAVROV, SUPPLIED]);
  parseStage.run(doc, { options: {} });
  const n = LAVROV.forms.length;
  const byIndex = (i: number) => doc.tokens[i]!;
  assert.equal(byIndex(2).head, -1);
  assert.equal(byIndex(2).deprel, "root");
  assert.equal(byIndex(0).head, 2);
  assert.equal(byIndex(0).deprel, "nsubj");
  assert.equal(byIndex(n + 3).head, -1, "supplied heads the second sentence");
  assert.equal(byIndex(n + 2).head, n + 3, "not → supplied, as a document index");
  assert.equal(byIndex(n + 2).deprel, "advmod");
  for (const [i, t] of doc.tokens.entries()) {
    if (t.head === -1) continue;
    assert.equal(doc.tokens[t.head!]!.sentence, t.sentence, `head of token ${i} is in its sentence`);
  }
  assert.deepEqual(parseStage.requires, ["tokens", "pos"]);
  assert.deepEqual(parseStage.assigns, ["deps"]);
});

test("the parse stage refuses a model option that is not a path", () => {
  const doc = createDoc({ id: "d2", raw: "", rawKind: "text" });
  doc.tokens = tokensOf([LAVROV]);
  assert.throws(() => parseStage.run(doc, { options: { parseModel: 42 } }), /parseModel/);
});

const taggerReady = ((): boolean => {
  try {
    return existsSync(modelPath("pos.bin.gz")) && existsSync(modelPath("lemma.bin.gz"));
  } catch {
    return false;
  }
})();

const ewtDev = ((): string | null => {
  const shared = sharedDir();
  const path = shared === null ? null : join(shared, "ud", "UD_English-EWT", "en_ewt-ud-dev.conllu");
  return path !== null && existsSync(path) ? path : null;
})();

test(
  "the committed model keeps its EWT dev scores (gold tokens and tags)",
  { skip: ewtDev === null ? "UD_English-EWT is absent from ../shared" : false },
  () => {
    const scores = attachmentScores(loadParser(), readConllu(ewtDev!).map(fromConllu));
    assert.ok(scores.uas >= 88.5, `dev UAS ${scores.uas.toFixed(2)}`);
    assert.ok(scores.las >= 86.5, `dev LAS ${scores.las.toFixed(2)}`);
  },
);

test(
  "the committed model keeps its EWT dev scores with the committed tagger's tags",
  {
    skip:
      ewtDev === null ? "UD_English-EWT is absent from ../shared" : taggerReady ? false : "no tagger model",
  },
  async () => {
    const { loadPosTagger } = await import("../../src/nlp/tagger/io.js");
    const tagger = loadPosTagger();
    const sentences = readConllu(ewtDev!).map(fromConllu);
    const tags = sentences.map((s) => {
      const t = tagger.tag(s.forms);
      return { upos: t.map((x) => x.upos), xpos: t.map((x) => x.xpos) };
    });
    const scores = attachmentScores(loadParser(), sentences, tags);
    assert.ok(scores.uas >= 86, `dev UAS ${scores.uas.toFixed(2)} with predicted tags`);
    assert.ok(scores.las >= 82.9, `dev LAS ${scores.las.toFixed(2)} with predicted tags`);
  },
);

test("the committed model file is compact (at most 15 MB)", () => {
  assert.ok(statSync(modelPath("parse.bin.gz")).size <= 15e6);
});

test(
  "tokenize → tag → parse: the news sentences get their subjects, negation and obliques",
  { skip: taggerReady ? false : "the tagger and lemmatizer models are absent" },
  async () => {
    const { tokenizeStage } = await import("../../src/stages/tokenize/index.js");
    const { tagStage } = await import("../../src/stages/tag/index.js");
    const doc = createDoc({ id: "d3", raw: "", rawKind: "text" });
    doc.text =
      "Lavrov will arrive in China on March 22. China has not supplied Russia with weapons for its war in Ukraine.";
    const ctx = { options: {} };
    await tokenizeStage.run(doc, ctx);
    await tagStage.run(doc, ctx);
    await parseStage.run(doc, ctx);
    const find = (text: string, sentence: number) =>
      doc.tokens.findIndex((t) => t.text === text && t.sentence === sentence);
    const arcOf = (text: string, sentence: number) => {
      const t = doc.tokens[find(text, sentence)]!;
      return `${t.deprel}(${t.head === -1 ? "ROOT" : doc.tokens[t.head!]!.text})`;
    };
    assert.equal(arcOf("arrive", 0), "root(ROOT)");
    assert.equal(arcOf("Lavrov", 0), "nsubj(arrive)");
    assert.equal(arcOf("China", 0), "obl(arrive)");
    assert.equal(arcOf("supplied", 1), "root(ROOT)");
    assert.equal(arcOf("not", 1), "advmod(supplied)");
    assert.equal(arcOf("China", 1), "nsubj(supplied)");
  },
);
