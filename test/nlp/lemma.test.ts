import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { parseConllu } from "../../src/nlp/conllu.js";
import { Lemmatizer, LEMMA_MODEL_FILE, loadLemmatizer } from "../../src/nlp/lemmatizer/lemmatizer.js";
import { guessLemma, inflectionOf, lemmaCandidates } from "../../src/nlp/lemmatizer/rules.js";
import { decodeModel, encodeModel, modelPath } from "../../src/nlp/model-io.js";

describe("inflection rules", () => {
  const guesses: [string, string, string, string][] = [
    ["-ies → -y", "carries", "VBZ", "carry"],
    ["-ied → -y", "carried", "VBD", "carry"],
    ["-ies plural", "policies", "NNS", "policy"],
    ["-es after a sibilant", "churches", "NNS", "church"],
    ["-s plural", "talks", "NNS", "talk"],
    ["doubled consonant before -ed", "stopped", "VBD", "stop"],
    ["doubled consonant before -ing", "planning", "VBG", "plan"],
    ["silent e restored after -ed", "hoped", "VBD", "hope"],
    ["silent e restored after -ing", "creating", "VBG", "create"],
    ["silent e after v", "waived", "VBD", "waive"],
    ["plain -ed", "visited", "VBD", "visit"],
    ["plain -ing", "meeting", "VBG", "meet"],
    ["-ier comparative", "happier", "JJR", "happy"],
    ["-est superlative with doubling", "hottest", "JJS", "hot"],
    ["-eed keeps its e", "agreed", "VBD", "agree"],
  ];
  for (const [label, form, xpos, lemma] of guesses) {
    it(`${label}: ${form}/${xpos} → ${lemma}`, () => assert.equal(guessLemma(form, xpos), lemma));
  }

  const untouched: [string, string, string][] = [
    ["-ss is not a plural", "glass", "NN"],
    ["uninflected tag leaves the word", "during", "IN"],
    ["-ll is not a doubled consonant to undo", "called", "VBD"],
    ["-us is not a plural ending", "status", "NNS"],
  ];
  for (const [label, form, xpos] of untouched) {
    it(`negative: ${label} (${form}/${xpos})`, () => {
      const guess = guessLemma(form, xpos);
      if (form === "called") assert.equal(guess, "call");
      else assert.equal(guess, form);
    });
  }

  it("lists candidates, most likely first, ending with the word itself", () => {
    assert.deepEqual(lemmaCandidates("stopping", "VBG"), ["stopp", "stoppe", "stop", "stopping"]);
    assert.deepEqual(lemmaCandidates("leaves", "NNS"), ["leaf", "leafe", "leave", "leaves"]);
    assert.deepEqual(lemmaCandidates("the", "DT"), ["the"]);
  });

  it("maps Penn tags to inflections", () => {
    assert.equal(inflectionOf("NNS"), "plural");
    assert.equal(inflectionOf("VBN"), "past");
    assert.equal(inflectionOf("VB"), "none");
  });
});

/** A tiny treebank in CoNLL-U: columns ID FORM LEMMA UPOS XPOS. */
function treebank(rows: [string, string, string, string][][]): string {
  return rows
    .map(
      (s) =>
        `${s.map(([f, l, u, x], i) => `${i + 1}\t${f}\t${l}\t${u}\t${x}\t_\t0\troot\t_\t_`).join("\n")}\n`,
    )
    .join("\n");
}

describe("lemmatizer learned from a treebank", () => {
  const sentences = parseConllu(
    treebank([
      [
        ["Ministers", "minister", "NOUN", "NNS"],
        ["went", "go", "VERB", "VBD"],
        ["to", "to", "ADP", "IN"],
        ["Paris", "Paris", "PROPN", "NNP"],
      ],
      [
        ["She", "she", "PRON", "PRP"],
        ["was", "be", "AUX", "VBD"],
        ["hoping", "hope", "VERB", "VBG"],
        ["for", "for", "ADP", "IN"],
        ["talks", "talk", "NOUN", "NNS"],
      ],
      [
        ["The", "the", "DET", "DT"],
        ["children", "child", "NOUN", "NNS"],
        ["saw", "see", "VERB", "VBD"],
        ["the", "the", "DET", "DT"],
        ["saw", "saw", "NOUN", "NN"],
      ],
    ]),
  );
  const lemmatizer = Lemmatizer.train(sentences);

  const table: [string, string, string, string, string][] = [
    ["irregular verb from the lexicon", "went", "VERB", "VBD", "go"],
    ["irregular plural from the lexicon", "children", "NOUN", "NNS", "child"],
    ["same form, different tag (verb)", "saw", "VERB", "VBD", "see"],
    ["same form, different tag (noun)", "saw", "NOUN", "NN", "saw"],
    ["auxiliary", "was", "AUX", "VBD", "be"],
    ["sentence-initial capital is lowered", "The", "DET", "DT", "the"],
    ["proper noun keeps its case", "Lavrov", "PROPN", "NNP", "Lavrov"],
    ["vocabulary picks the e-form", "hoped", "VERB", "VBD", "hope"],
    ["unknown regular verb", "visited", "VERB", "VBD", "visit"],
    ["unknown plural", "treaties", "NOUN", "NNS", "treaty"],
    ["number with thousands separators", "1,100", "NUM", "CD", "1100"],
    ["long all-capital name in title case", "TEHRAN", "PROPN", "NNP", "Tehran"],
    ["acronym kept", "NATO", "PROPN", "NNP", "NATO"],
  ];
  for (const [label, form, upos, xpos, lemma] of table) {
    it(`${label}: ${form}/${upos}/${xpos} → ${lemma}`, () =>
      assert.equal(lemmatizer.lemmatize(form, upos, xpos), lemma));
  }

  it("negative: does not strip -s from a non-plural or -ing from a noun", () => {
    assert.equal(lemmatizer.lemmatize("news", "NOUN", "NN"), "news");
    assert.equal(lemmatizer.lemmatize("building", "NOUN", "NN"), "building");
    assert.equal(lemmatizer.lemmatize("Athens", "PROPN", "NNP"), "Athens");
  });

  it("remembers lemmas per form and tag pair without mixing tag pairs up", () => {
    const fresh = Lemmatizer.train(sentences);
    for (let round = 0; round < 2; round++) {
      assert.equal(fresh.lemmatize("saw", "NOUN", "NN"), "saw");
      assert.equal(fresh.lemmatize("saw", "VERB", "VBD"), "see");
      assert.equal(fresh.lemmatize("saw", "NOUN", "NN"), "saw");
    }
  });

  it("keeps only the exceptions the rules miss", () => {
    const keys = [...lemmatizer.tables.exceptions.keys()];
    assert.ok(keys.includes("went\tVBD"));
    assert.ok(!keys.includes("talks\tNNS"), "regular plurals need no exception");
  });

  it("survives saving and loading", () => {
    const model = lemmatizer.toModel({
      trainingData: "toy",
      seed: 0,
      epochs: 0,
      devScores: {},
      date: "2024-01-01",
    });
    const back = Lemmatizer.fromModel(decodeModel(encodeModel(model), "lemma"));
    for (const [, form, upos, xpos, lemma] of table) assert.equal(back.lemmatize(form, upos, xpos), lemma);
  });
});

const committed = modelPath(LEMMA_MODEL_FILE);

describe("committed lemmatizer model", { skip: existsSync(committed) ? false : `no ${committed}` }, () => {
  const table: [string, string, string, string][] = [
    ["arrived", "VERB", "VBD", "arrive"],
    ["went", "VERB", "VBD", "go"],
    ["is", "AUX", "VBZ", "be"],
    ["'s", "AUX", "VBZ", "be"],
    ["n't", "PART", "RB", "not"],
    ["children", "NOUN", "NNS", "child"],
    ["talks", "NOUN", "NNS", "talk"],
    ["sanctions", "NOUN", "NNS", "sanction"],
    ["better", "ADJ", "JJR", "good"],
    ["Lavrov", "PROPN", "NNP", "Lavrov"],
    ["negotiating", "VERB", "VBG", "negotiate"],
    ["news", "NOUN", "NN", "news"],
  ];
  for (const [form, upos, xpos, lemma] of table) {
    it(`${form}/${upos}/${xpos} → ${lemma}`, () =>
      assert.equal(loadLemmatizer().lemmatize(form, upos, xpos), lemma));
  }
});
