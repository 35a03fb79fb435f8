import assert from "node:assert/strict";
import { test } from "node:test";
import { benchmarkTokens, matchPage, scorePages, shingles } from "../../src/clean/eval/shingles.js";

test("tokens are Unicode letters, numbers and underscores", () => {
  assert.deepEqual(benchmarkTokens("Élysée's 2-day_visit — ok!"), ["Élysée", "s", "2", "day_visit", "ok"]);
});

test("shingles are 4-token windows with counts; a short text is one shingle", () => {
  assert.equal(shingles("a b c d e").size, 2);
  assert.deepEqual([...shingles("a b").keys()], ["a\u0000b"]);
  assert.equal(shingles("").size, 0);
  assert.equal(shingles("x y z w x y z w").get("x\u0000y\u0000z\u0000w"), 2);
});

test("per-page counts are normalised by their sum", () => {
  // truth shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d f]
  const m = matchPage("a b c d e", "a b c d f");
  assert.deepEqual(m, { tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
  assert.deepEqual(matchPage("a b c d", "a b c d"), { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(matchPage("a b c d", ""), { tp: 0, fp: 0, fn: 1 });
});

test("precision skips pages with nothing predicted; recall skips pages with nothing true", () => {
  const s = scorePages([matchPage("a b c d", "a b c d"), matchPage("a b c d", "")]);
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 0.5);
  assert.ok(Math.abs(s.f1 - 2 / 3) < 1e-12);
});
