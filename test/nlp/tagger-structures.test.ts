import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AtomTable } from "../../src/nlp/tagger/atoms.js";
import { BoundedCache } from "../../src/nlp/tagger/bounded-cache.js";
import { FeatureTable } from "../../src/nlp/tagger/feature-table.js";
import { addPackedList, IntPool } from "../../src/nlp/tagger/int-pool.js";
import { RowIndex } from "../../src/nlp/tagger/row-index.js";
import {
  key1,
  labelComponent,
  labelPair,
  templateOf,
  firstComponentOf,
} from "../../src/nlp/tagger/templates.js";
import { FeatureWeights, packedLabel, packedValue, packWeight } from "../../src/nlp/tagger/weights.js";
import { WordArena } from "../../src/nlp/tagger/word-arena.js";

describe("feature keys", () => {
  it("pack a template and two components and unpack them", () => {
    const k1 = key1(37, 123456);
    assert.equal(templateOf(k1), 37);
    assert.equal(firstComponentOf(k1), 123456);
    assert.ok(k1 < 2 ** 31, "fits an int32");
    assert.equal(labelComponent(-2), 0);
    assert.equal(labelComponent(-1), 1);
    assert.notEqual(labelPair(3, 4), labelPair(4, 3));
  });

  it("pack a quantised weight with its label", () => {
    for (const [value, label] of [
      [32767, 0],
      [-32767, 255],
      [-1, 7],
      [1_000_000, 101],
    ] as const) {
      const e = packWeight(value, label);
      assert.equal(packedLabel(e), label);
      assert.equal(packedValue(e), value);
    }
  });
});

describe("atom table", () => {
  it("interns strings once and looks them up without adding", () => {
    const atoms = new AtomTable();
    assert.equal(atoms.intern("the"), 0);
    assert.equal(atoms.intern("cat"), 1);
    assert.equal(atoms.intern("the"), 0);
    assert.equal(atoms.id("dog"), -1);
    assert.equal(atoms.size, 2);
    assert.equal(atoms.string(1), "cat");
    assert.throws(() => atoms.string(5), RangeError);
  });
});

describe("feature table", () => {
  it("gives ids in insertion order and finds them again after growing", () => {
    const table = new FeatureTable(4);
    const keys: [number, number][] = [];
    for (let i = 0; i < 5000; i++) keys.push([key1(i % 50, i * 7), (i * 13) % 1000]);
    keys.forEach(([a, b], i) => assert.equal(table.add(a, b), i));
    assert.equal(table.size, keys.length);
    keys.forEach(([a, b], i) => assert.equal(table.get(a, b), i));
    assert.equal(table.get(key1(1, 1), 999_999), -1);
    assert.equal(table.add(keys[42]![0], keys[42]![1]), 42, "adding again returns the id");
    assert.deepEqual([...table.firstKeys().slice(0, 3)], [keys[0]![0], keys[1]![0], keys[2]![0]]);
    assert.throws(() => table.add(-1, 0), RangeError);
  });
});

/** Weights of three features over four labels. */
function sampleWeights(): FeatureWeights {
  const features = new FeatureTable();
  features.add(key1(5, 1), 2);
  features.add(key1(5, 1), 3);
  features.add(key1(6, 9), 0);
  const dense = Float32Array.from(
    [
      [1, 0, -2, 0],
      [0, 0.5, 0, 0],
      [0, 0, 0, 0],
    ].flat(),
  );
  return FeatureWeights.fromDense(features, dense, 4);
}

describe("feature weights", () => {
  it("quantise with one scale and keep only non-zero rows", () => {
    const w = sampleWeights();
    assert.equal(w.size, 2, "the all-zero feature is dropped");
    assert.ok(w.scales.every((s) => s === w.scales[0]));
    const scores = new Int32Array(4);
    w.add(key1(5, 1), 2, scores);
    assert.deepEqual(
      [...scores].map((v) => Math.round(v * w.scales[0]! * 100) / 100),
      [1, 0, -2, 0],
    );
    w.add(key1(6, 9), 0, scores);
    w.add(key1(5, 7), 2, scores);
    assert.equal(scores[1], 0, "unknown features add nothing");
    assert.equal(w.best(scores), 0);
    assert.ok(w.has(key1(5, 1), 3) && !w.has(key1(6, 9), 0));
  });

  it("compare scores with per-label scales when a file gives them", () => {
    const w = new FeatureWeights(
      2,
      { k1: Int32Array.of(key1(1, 1)), k2: Int32Array.of(0) },
      Uint32Array.of(0, 2),
      Int32Array.of(packWeight(100, 0), packWeight(60, 1)),
      Float32Array.of(0.01, 0.1),
    );
    const scores = new Int32Array(2);
    w.add(key1(1, 1), 0, scores);
    assert.equal(w.best(scores), 1, "60 × 0.1 beats 100 × 0.01");
    assert.equal(w.best(Int32Array.of(20, 1)), 0, "20 × 0.01 beats 1 × 0.1");
    assert.equal(w.best(Int32Array.of(0, 0)), 0, "ties go to the lower label");
  });

  it("average sets, counting a missing feature as zero", () => {
    const a = sampleWeights();
    const b = FeatureWeights.fromDense(
      (() => {
        const t = new FeatureTable();
        t.add(key1(5, 1), 2);
        return t;
      })(),
      Float32Array.from([3, 0, 0, 0]),
      4,
    );
    const avg = FeatureWeights.average([a, b], 4, new FeatureTable());
    const scores = new Int32Array(4);
    avg.add(key1(5, 1), 2, scores);
    const weight = (l: number) => Math.round(scores[l]! * avg.scales[l]! * 100) / 100;
    assert.equal(weight(0), 2);
    assert.equal(weight(2), -1);
    scores.fill(0);
    avg.add(key1(5, 1), 3, scores);
    assert.equal(Math.round(scores[1]! * avg.scales[1]! * 100) / 100, 0.25);
  });

  it("refuse rows that do not match their keys", () => {
    assert.throws(
      () =>
        new FeatureWeights(
          2,
          { k1: Int32Array.of(1, 2), k2: Int32Array.of(0, 0) },
          Uint32Array.of(0, 1),
          Int32Array.of(0),
          new Float32Array(2),
        ),
      RangeError,
    );
  });
});

describe("row index", () => {
  it("groups a template's features by one component and finds them by the other", () => {
    const features = new FeatureTable();
    const rows: [number, number, number[]][] = [
      [7, 3, [1, 0]],
      [7, 9, [0, 2]],
      [8, 3, [0, -1]],
      [7, 11, [5, 5]],
    ];
    for (const [a, b] of rows) features.add(key1(20, a), b);
    const w = FeatureWeights.fromDense(features, Float32Array.from(rows.flatMap(([, , v]) => v)), 2);
    const byFirst = RowIndex.build(w, 20, "a");
    const scores = new Int32Array(2);
    byFirst.add(byFirst.group(7), 9, scores);
    assert.deepEqual(
      [...scores].map((v) => Math.round(v * w.scales[0]!)),
      [0, 2],
    );
    byFirst.add(byFirst.group(7), 4, scores);
    byFirst.add(byFirst.group(99), 9, scores);
    byFirst.add(byFirst.group(-1), 9, scores);
    assert.deepEqual(
      [...scores].map((v) => Math.round(v * w.scales[0]!)),
      [0, 2],
      "missing keys add nothing",
    );
    const bySecond = RowIndex.build(w, 20, "b");
    scores.fill(0);
    bySecond.add(bySecond.group(3), 8, scores);
    assert.deepEqual(
      [...scores].map((v) => Math.round(v * w.scales[0]!)),
      [0, -1],
    );
    assert.equal(RowIndex.build(w, 21, "a").group(7), -1, "another template has no groups");
  });
});

describe("int pool and word arena", () => {
  it("append lists and add packed ones to scores", () => {
    const pool = new IntPool(2);
    const at = pool.append([2, packWeight(5, 1), packWeight(-3, 0)]);
    pool.push(42);
    assert.equal(pool.used, 4);
    const scores = new Int32Array(2);
    addPackedList(pool.data, at, scores);
    assert.deepEqual([...scores], [-3, 5]);
    assert.equal(pool.data[3], 42);
    pool.clear();
    assert.equal(pool.used, 0);
  });

  it("keep blocks per form for two generations, copying an old one back when read", () => {
    const arena = new WordArena(6);
    const a = arena.add("a", [3, 10, 11]);
    assert.deepEqual([...arena.data.subarray(a, a + 3)], [3, 10, 11]);
    arena.rotate();
    assert.equal(arena.generation, 0, "not full yet");
    arena.add("b", [4, 20, 21, 22]);
    arena.rotate();
    assert.equal(arena.generation, 1);
    const again = arena.find("a");
    assert.deepEqual(
      [...arena.data.subarray(again, again + 3)],
      [3, 10, 11],
      "promoted from the old generation",
    );
    arena.add("c", [4, 0, 0, 0]);
    arena.rotate();
    arena.add("d", [4, 0, 0, 0]);
    arena.add("e", [4, 0, 0, 0]);
    arena.rotate();
    assert.equal(arena.find("b"), -1, "dropped after two generations unread");
    assert.ok(arena.find("d") >= 0);
    assert.throws(() => new WordArena(0), RangeError);
  });

  it("bound a memo to two generations", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    assert.equal(cache.get("a"), 1, "still in the old generation, and promoted");
    cache.set("d", 4);
    cache.set("e", 5);
    assert.equal(cache.get("b"), undefined);
    assert.ok(cache.size <= 4);
  });
});
