/**
 * The features of one template grouped by one of their two components, so
 * that a word can find, once, the group its own atom selects (e.g. every
 * `ww+1` feature whose first word is "said"), and the tagger then only
 * searches that small group for the other component (the next word).
 *
 * A group is a self-contained run of int32 — `[n, keys (n, ascending),
 * bounds (n + 1), packed weights …]`, bounds counted from the group's start
 * — so it can also be copied next to the data of the word that selects it.
 */
import { firstComponentOf, templateOf } from "./templates.js";
import type { FeatureWeights } from "./weights.js";

/** Add the weights of the feature whose other component is `key` in the group at `data[at …]`, if any. */
export function addFromGroup(data: Int32Array, at: number, key: number, scores: Int32Array): void {
  if (at < 0) return;
  const n = data[at]!;
  const keys = at + 1;
  let j = keys;
  if (n <= 8) {
    while (j < keys + n && data[j]! < key) j++;
  } else {
    let hi = keys + n;
    while (j < hi) {
      const mid = (j + hi) >> 1;
      if (data[mid]! < key) j = mid + 1;
      else hi = mid;
    }
  }
  if (j === keys + n || data[j] !== key) return;
  const end = at + data[j + n + 1]!;
  for (let w = at + data[j + n]!; w < end; w++) {
    const e = data[w]!;
    scores[e & 255]! += e >> 8;
  }
}

/** Number of int32 of the group at `data[at …]`. */
export function groupLength(data: Int32Array, at: number): number {
  const n = data[at]!;
  return data[at + 1 + 2 * n]!;
}

/** Rows of one template by one component, one group per value of that component. */
export class RowIndex {
  readonly data: Int32Array;
  /** Where each group value's group starts in `data`, or -1. */
  readonly #groups: Int32Array;

  private constructor(data: Int32Array, groups: Map<number, number>) {
    this.data = data;
    let size = 0;
    for (const value of groups.keys()) size = Math.max(size, value + 1);
    this.#groups = new Int32Array(size).fill(-1);
    for (const [value, at] of groups) this.#groups[value] = at;
  }

  /**
   * Group the features of `template` in `weights` by their first (`"a"`) or
   * second (`"b"`) component.
   */
  static build(weights: FeatureWeights, template: number, by: "a" | "b"): RowIndex {
    const members = new Map<number, { key: number; row: number }[]>();
    for (let r = 0; r < weights.size; r++) {
      const k1 = weights.k1[r]!;
      if (templateOf(k1) !== template) continue;
      const a = firstComponentOf(k1);
      const b = weights.k2[r]!;
      const group = by === "a" ? a : b;
      let list = members.get(group);
      if (list === undefined) {
        list = [];
        members.set(group, list);
      }
      list.push({ key: by === "a" ? b : a, row: r });
    }
    const data: number[] = [];
    const groups = new Map<number, number>();
    for (const [group, list] of members) {
      list.sort((x, y) => x.key - y.key);
      const at = data.length;
      groups.set(group, at);
      const n = list.length;
      data.push(n);
      for (const m of list) data.push(m.key);
      const bounds = data.length;
      for (let j = 0; j <= n; j++) data.push(0);
      list.forEach((m, j) => {
        data[bounds + j] = data.length - at;
        for (let e = weights.rowStart[m.row]!; e < weights.rowStart[m.row + 1]!; e++)
          data.push(weights.entries[e]!);
      });
      data[bounds + n] = data.length - at;
    }
    return new RowIndex(Int32Array.from(data), groups);
  }

  /** Where the group of `value` starts in `data`, or -1 when no feature has it. */
  group(value: number): number {
    return value >= 0 && value < this.#groups.length ? this.#groups[value]! : -1;
  }

  /** Add the weights of the feature of group `at` whose other component is `key`, if there is one. */
  add(at: number, key: number, scores: Int32Array): void {
    addFromGroup(this.data, at, key, scores);
  }
}
