import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { documentClues, isHeadline, prepareDocument, prepareSentence } from "../../src/nlp/ner/features.js";
import { Gazetteer, loadGazetteer } from "../../src/nlp/ner/gazetteer.js";
import { tokenInfo, WordCase, wordCase, wordShape } from "../../src/nlp/ner/token-info.js";

test("word shapes and cases", () => {
  assert.equal(wordShape("Blinken", 2), "Xxx");
  assert.equal(wordShape("Blinken", 1), "Xx");
  assert.equal(wordShape("U.S.", 1), "X.X.");
  assert.equal(wordShape("1996-08-22", 1), "d-d-d");
  assert.equal(wordShape("McCain", 2), "XxXxx");
  assert.equal(wordShape("Zürich", 1), "Xx");
  assert.equal(wordCase("Blinken"), WordCase.Title);
  assert.equal(wordCase("NATO"), WordCase.Upper);
  assert.equal(wordCase("U.S."), WordCase.Upper);
  assert.equal(wordCase("said"), WordCase.Lower);
  assert.equal(wordCase("iPhone"), WordCase.Mixed);
  assert.equal(wordCase("3-1"), WordCase.Number);
  assert.equal(wordCase(","), WordCase.Other);
  assert.equal(wordCase("Élysée"), WordCase.Title);
});

test("token analysis: same shape, same shape hash; digits folded", () => {
  const a = tokenInfo("Blinken");
  const b = tokenInfo("Wenbin");
  const c = tokenInfo("NATO");
  assert.equal(a.hShape, b.hShape);
  assert.notEqual(a.hShape, c.hShape);
  assert.equal(tokenInfo("1,250").norm, "0,000");
  assert.equal(tokenInfo("1,250").hNorm, tokenInfo("3,999").hNorm);
  assert.notEqual(tokenInfo("China").hForm, tokenInfo("china").hForm);
  assert.equal(tokenInfo("China").hNorm, tokenInfo("china").hNorm);
});

test("static features: deterministic, shared where words agree, different where they do not", () => {
  const doc = [["Antony", "Blinken", "visited", "China", "."]];
  const [s1] = prepareDocument(doc, null);
  const [s2] = prepareDocument(doc, null);
  assert.deepEqual(s1!.features, s2!.features);
  assert.equal(s1!.offsets.length, 6);
  const of = (s: typeof s1, i: number) => new Set(s!.features.subarray(s!.offsets[i]!, s!.offsets[i + 1]!));
  // "China" in another sentence with the same left word shares the word and left-context features…
  const [s3] = prepareDocument([["He", "visited", "China", "today"]], null);
  const china1 = of(s1, 3);
  const china3 = of(s3, 2);
  const shared = [...china1].filter((h) => china3.has(h)).length;
  assert.ok(shared >= 8, `shared ${shared}`);
  // …but not all of them (the right context differs).
  assert.ok(shared < china1.size);
  // A word and its neighbour have different feature sets.
  assert.notDeepEqual([...of(s1, 0)].sort(), [...of(s1, 1)].sort());
});

test("headline and document clues", () => {
  const infos = [
    ["SOCCER", "-", "ROVERS", "WIN"].map(tokenInfo),
    ["Rovers", "beat", "the", "rovers", "."].map(tokenInfo),
  ];
  assert.ok(isHeadline(infos[0]!));
  assert.ok(!isHeadline(infos[1]!));
  const clues = documentClues(infos);
  assert.ok(clues.lowerSeen.has("rovers"));
  assert.ok(!clues.capMid.has("rovers")); // sentence-initial and headline occurrences do not count
  const withClue = prepareSentence(infos[0]!, clues, null);
  const without = prepareSentence(infos[0]!, { ...clues, lowerSeen: new Set() }, null);
  const count = (s: typeof withClue, i: number) => s.offsets[i + 1]! - s.offsets[i]!;
  assert.equal(count(withClue, 2), count(without, 2) + 1);
});

test("gazetteer: multi-word, case-insensitive matching and features only for capitalised matches", () => {
  const g = new Gazetteer();
  g.add("countries", "Bosnia and Herzegovina");
  g.add("countries", "Bosnia");
  g.add("cities", "New York");
  g.add("regions", "New York");
  assert.equal(g.size, 4);
  assert.ok(g.has("countries", "bosnia AND herzegovina"));
  assert.ok(!g.has("cities", "Bosnia"));
  const m = g.matches(["in", "bosnia", "and", "herzegovina", "new", "york"]);
  assert.deepEqual(
    m.map((x) => [x.start, x.end, g.classes[x.cls]]),
    [
      [1, 2, "countries"],
      [1, 4, "countries"],
      [4, 6, "cities"],
      [4, 6, "regions"],
    ],
  );
  const capitalised = prepareDocument([["in", "New", "York"]], g)[0]!;
  const lower = prepareDocument([["in", "new", "york"]], g)[0]!;
  const plain = prepareDocument([["in", "New", "York"]], null)[0]!;
  assert.ok(capitalised.features.length > plain.features.length);
  assert.equal(prepareDocument([["in", "new", "york"]], null)[0]!.features.length, lower.features.length);
});

test("gazetteer loader reads class files, skips comments and rejects bad names", () => {
  const dir = mkdtempSync(join(tmpdir(), "ner-gaz-"));
  writeFileSync(join(dir, "rivers.txt"), "# rivers\n\nRhine\nRio Grande\n");
  writeFileSync(join(dir, "notes.md"), "ignored");
  const g = loadGazetteer(dir);
  assert.deepEqual(g.classes, ["rivers"]);
  assert.equal(g.size, 2);
  assert.ok(g.has("rivers", "Rio Grande"));
  writeFileSync(join(dir, "Bad Name.txt"), "x\n");
  assert.throws(() => loadGazetteer(dir), /CH_DATA_INVALID/);
  assert.throws(() => loadGazetteer(join(dir, "missing")), /CH_DATA_INVALID/);
});

test("the shipped gazetteer lists load and know the basics", () => {
  const g = loadGazetteer();
  assert.ok(g.size > 2000);
  assert.ok(g.has("countries", "China"));
  assert.ok(g.has("nationalities", "Chinese"));
  assert.ok(g.has("cities", "Beijing"));
  assert.ok(g.has("organizations", "NATO"));
  assert.ok(g.has("company-suffixes", "Inc"));
  assert.ok(g.has("first-names", "Antony"));
  assert.ok(!g.has("countries", "Beijing"));
});
