/**
 * The weights of a trained recogniser as used at run time: for every kept
 * feature hash, the labels it has a weight for and those weights, found
 * through an open-addressing hash table. Built from averaged training
 * weights by dropping small weights and quantising the rest to 16 bits with
 * one scale per label, so the weights a model is evaluated with are exactly
 * those it is saved with.
 */
import type { FeatureScorer } from "./decode.js";
import type { AveragedRow } from "./perceptron.js";

/** The stored form of the weights (see `io.ts`). */
export interface PackedWeights {
  /** Feature hashes, ascending. */
  hashes: Uint32Array;
  /** Number of (label, weight) pairs of each feature. */
  rowLengths: Uint8Array;
  /** Label of each pair. */
  labels: Uint8Array;
  /** Quantised weight of each pair; the weight is `values[j] * scales[labels[j]]`. */
  values: Int16Array;
  scales: Float32Array;
}

const INT16_MAX = 32767;

/** Drop weights below `pruneBelow` in magnitude, drop empty rows, quantise the rest. */
export function packWeights(
  rows: readonly AveragedRow[],
  numLabels: number,
  pruneBelow: number,
): PackedWeights {
  const scales = new Float32Array(numLabels);
  for (const r of rows) {
    for (let l = 0; l < numLabels; l++) scales[l] = Math.max(scales[l]!, Math.abs(r.weights[l]!) / INT16_MAX);
  }
  for (let l = 0; l < numLabels; l++) if (scales[l] === 0) scales[l] = 1;
  const sorted = [...rows].sort((a, b) => a.hash - b.hash);
  const hashes: number[] = [];
  const rowLengths: number[] = [];
  const labels: number[] = [];
  const values: number[] = [];
  for (const r of sorted) {
    let kept = 0;
    for (let l = 0; l < numLabels; l++) {
      const w = r.weights[l]!;
      if (Math.abs(w) < pruneBelow) continue;
      const q = Math.round(w / scales[l]!);
      if (q === 0) continue;
      labels.push(l);
      values.push(q);
      kept++;
    }
    if (kept > 0) {
      hashes.push(r.hash);
      rowLengths.push(kept);
    }
  }
  return {
    hashes: Uint32Array.from(hashes),
    rowLengths: Uint8Array.from(rowLengths),
    labels: Uint8Array.from(labels),
    values: Int16Array.from(values),
    scales,
  };
}

/**
 * Run-time weights: an open-addressing table of `[hash, row]` pairs, where
 * `row` locates the feature's run of (label, quantised weight) pairs in one
 * packed array (each pair an int32 `weight << 5 | label`). Weights are summed
 * as integers per label and scaled once per word.
 */
export class NerWeights implements FeatureScorer {
  readonly #table: Int32Array;
  readonly #mask: number;
  readonly #pairs: Int32Array;
  readonly #scales: Float64Array;
  readonly #sums: Float64Array;

  /** The packed form the table was built from. */
  readonly packed: PackedWeights;

  constructor(packed: PackedWeights) {
    this.packed = packed;
    const L = packed.scales.length;
    if (L > 32) throw new RangeError("NerWeights: at most 32 labels");
    const n = packed.hashes.length;
    let size = 1024;
    while (size < n * 2) size <<= 1;
    this.#table = new Int32Array(size * 2);
    this.#mask = size - 1;
    this.#pairs = new Int32Array(packed.values.length);
    this.#scales = Float64Array.from(packed.scales);
    this.#sums = new Float64Array(L);
    let j = 0;
    for (let f = 0; f < n; f++) {
      const start = j;
      const length = packed.rowLengths[f]!;
      for (let k = 0; k < length; k++, j++) this.#pairs[j] = (packed.values[j]! << 5) | packed.labels[j]!;
      const h = packed.hashes[f]! | 0;
      let s = Math.imul(h, 0x9e3779b1) & this.#mask;
      while (this.#table[2 * s] !== 0) s = (s + 1) & this.#mask;
      this.#table[2 * s] = h;
      this.#table[2 * s + 1] = (start << 5) | length;
    }
  }

  /** Number of features kept. */
  get size(): number {
    return this.packed.hashes.length;
  }

  /** Add the weights of `hashes[from..to)` to `scores`. */
  addScores(hashes: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const table = this.#table;
    const mask = this.#mask;
    const pairs = this.#pairs;
    const sums = this.#sums;
    sums.fill(0);
    for (let k = from; k < to; k++) {
      const h = hashes[k]! | 0;
      let s = Math.imul(h, 0x9e3779b1) & mask;
      for (;;) {
        const v = table[2 * s]!;
        if (v === h) {
          const row = table[2 * s + 1]!;
          const end = (row >>> 5) + (row & 31);
          for (let j = row >>> 5; j < end; j++) {
            const p = pairs[j]!;
            sums[p & 31]! += p >> 5;
          }
          break;
        }
        if (v === 0) break;
        s = (s + 1) & mask;
      }
    }
    const scales = this.#scales;
    for (let l = 0; l < sums.length; l++) scores[l]! += sums[l]! * scales[l]!;
  }
}
