import assert from "node:assert/strict";
import { test } from "node:test";
import { MappedText } from "../../src/clean/mapped.js";

test("identity text maps each character to its own offset (plus a base)", () => {
  const t = MappedText.identity("abc", 10);
  assert.deepEqual([...t.origin], [10, 11, 12, 13]);
  assert.deepEqual(t.inputRange(1, 3), { start: 11, end: 13 });
});

test("edits keep the offsets of untouched characters and map replacements to where they started", () => {
  const t = MappedText.identity("Hello  wide   world").replace(/ {2,}/g, () => " ");
  assert.equal(t.text, "Hello wide world");
  assert.equal(t.inputOffset(t.text.indexOf("world")), "Hello  wide   world".indexOf("world"));
  assert.equal(t.inputOffset(5), 5);
  const removed = MappedText.identity("keep JUNK keep").apply([{ start: 5, end: 10, text: "" }]);
  assert.equal(removed.text, "keep keep");
  assert.equal(removed.inputOffset(5), 10);
});

test("overlapping edits are refused", () => {
  const t = MappedText.identity("abcdef");
  assert.throws(
    () =>
      t.apply([
        { start: 1, end: 4, text: "" },
        { start: 3, end: 5, text: "" },
      ]),
    RangeError,
  );
});

test("a non-global pattern is refused (it would loop or miss matches)", () => {
  assert.throws(() => MappedText.identity("a").replace(/a/, () => "b"), TypeError);
});

test("join keeps each piece's offsets and maps separators to the end of the piece before", () => {
  const a = MappedText.identity("one", 100);
  const b = MappedText.identity("two", 200);
  const j = MappedText.join([a, b], "\n\n");
  assert.equal(j.text, "one\n\ntwo");
  assert.equal(j.inputOffset(0), 100);
  assert.equal(j.inputOffset(5), 200);
  assert.equal(j.inputOffset(3), 103);
  assert.deepEqual(j.inputRange(5, 8), { start: 200, end: 203 });
});

test("the origin array must match the text", () => {
  assert.throws(() => new MappedText("ab", new Int32Array(2)), RangeError);
});
