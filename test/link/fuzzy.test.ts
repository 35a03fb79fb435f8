import assert from "node:assert/strict";
import { test } from "node:test";
import { editBudget, editDistance, fuzzyMatch, phoneticKey } from "../../src/link/index.js";

test("editDistance counts insertions, deletions, substitutions and adjacent swaps", () => {
  const table: [string, string, number][] = [
    ["blinken", "blinken", 0],
    ["blanken", "blinken", 1],
    ["lavorv", "lavrov", 1],
    ["navalani", "navalny", 2],
    ["kishda", "kishida", 1],
    ["", "abc", 3],
    ["putin", "obama", 5],
  ];
  for (const [a, b, d] of table) assert.equal(editDistance(a, b), d, `${a} → ${b}`);
  assert.equal(editDistance("putin", "obama", 2), 3, "gives up past the bound");
});

test("phoneticKey folds transliteration variants together and keeps different names apart", () => {
  const same: [string, string][] = [
    ["navalani", "navalny"],
    ["blanken", "blinken"],
    ["sergey", "sergei"],
    ["zelensky", "zelenskiy"],
    ["shoigu", "shoygu"],
  ];
  for (const [a, b] of same) assert.equal(phoneticKey(a), phoneticKey(b), `${a} ~ ${b}`);
  const different: [string, string][] = [
    ["lavrov", "putin"],
    ["blinken", "biden"],
    ["kishida", "ishiba"],
  ];
  for (const [a, b] of different) assert.notEqual(phoneticKey(a), phoneticKey(b), `${a} ≁ ${b}`);
});

test("fuzzyMatch uses a length-scaled budget and never matches short or identical names", () => {
  assert.equal(editBudget(4), 0);
  assert.equal(editBudget(7), 1);
  assert.equal(editBudget(10), 2);
  assert.equal(editBudget(15), 3);
  const yes: [string, string][] = [
    ["blanken", "blinken"],
    ["navalani", "navalny"],
    ["anthony blanken", "antony blinken"],
    ["sergie lavrov", "sergey lavrov"],
  ];
  for (const [a, b] of yes) assert.ok(fuzzyMatch(a, b), `${a} ~ ${b}`);
  const no: [string, string][] = [
    ["xi", "li"],
    ["wang", "wong"],
    ["lavrov", "lavrov"],
    ["rice", "rica"],
    ["putin", "tutin"],
    ["moon", "mood"],
    ["lavrov", "pavrov"],
  ];
  for (const [a, b] of no) assert.ok(!fuzzyMatch(a, b), `${a} ≁ ${b}`);
});
