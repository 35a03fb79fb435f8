/**
 * The part-of-speech tagger at run time: feature strings → ids → sparse
 * averaged weights, decoded greedily left to right.
 */
import { greedyDecode, MAX_FEATURES } from "./decode.js";
import { historyFeatures, SentenceView, staticFeatures } from "./features.js";
import type { TagLexicon } from "./lexicon.js";

/** A tagger label: a Universal POS tag and a Penn Treebank tag, predicted jointly. */
export interface PosLabel {
  upos: string;
  xpos: string;
}

/**
 * Feature weights in compressed-row form: the weights of feature `f` are
 * `values[rowStart[f] … rowStart[f+1])` for labels `labels[…]` (others are 0).
 */
export class SparseWeights {
  readonly #index: Map<string, number>;
  readonly featureNames: readonly string[];
  readonly rowStart: Uint32Array;
  readonly labels: Uint16Array;
  readonly values: Float32Array;

  constructor(
    featureNames: readonly string[],
    rowStart: Uint32Array,
    labels: Uint16Array,
    values: Float32Array,
  ) {
    this.featureNames = featureNames;
    this.rowStart = rowStart;
    this.labels = labels;
    this.values = values;
    this.#index = new Map();
    for (let f = 0; f < featureNames.length; f++) this.#index.set(featureNames[f]!, f);
  }

  /**
   * Keep the weights of a dense feature × label matrix whose magnitude is at
   * least `threshold`, dropping features left with none.
   */
  static fromDense(
    featureNames: readonly string[],
    dense: Float32Array,
    numLabels: number,
    threshold = 0,
  ): SparseWeights {
    const names: string[] = [];
    const starts: number[] = [0];
    const labels: number[] = [];
    const values: number[] = [];
    for (let f = 0; f < featureNames.length; f++) {
      const base = f * numLabels;
      let kept = 0;
      for (let l = 0; l < numLabels; l++) {
        const v = dense[base + l]!;
        if (v !== 0 && Math.abs(v) >= threshold) {
          labels.push(l);
          values.push(v);
          kept++;
        }
      }
      if (kept > 0) {
        names.push(featureNames[f]!);
        starts.push(labels.length);
      }
    }
    return new SparseWeights(
      names,
      Uint32Array.from(starts),
      Uint16Array.from(labels),
      Float32Array.from(values),
    );
  }

  /** The mean of several weight sets over the same labels (a feature missing from one counts as 0 there). */
  static average(sets: readonly SparseWeights[], numLabels: number): SparseWeights {
    const rows = new Map<string, Float32Array>();
    for (const set of sets) {
      set.featureNames.forEach((name, f) => {
        let row = rows.get(name);
        if (row === undefined) {
          row = new Float32Array(numLabels);
          rows.set(name, row);
        }
        for (let j = set.rowStart[f]!; j < set.rowStart[f + 1]!; j++)
          row[set.labels[j]!]! += set.values[j]! / sets.length;
      });
    }
    const names = [...rows.keys()];
    const dense = new Float32Array(names.length * numLabels);
    names.forEach((name, f) => dense.set(rows.get(name)!, f * numLabels));
    return SparseWeights.fromDense(names, dense, numLabels);
  }

  /** Number of features with at least one weight. */
  get size(): number {
    return this.featureNames.length;
  }

  /** The id of a feature, or -1 when the model has no weight for it. */
  featureId(name: string): number {
    return this.#index.get(name) ?? -1;
  }

  /** Add the weights of the first `count` feature ids to `scores`. */
  addScores(ids: Int32Array, count: number, scores: Float64Array): void {
    const start = this.rowStart;
    const labels = this.labels;
    const values = this.values;
    for (let k = 0; k < count; k++) {
      const f = ids[k]!;
      const end = start[f + 1]!;
      for (let j = start[f]!; j < end; j++) scores[labels[j]!]! += values[j]!;
    }
  }
}

/**
 * An averaged-perceptron part-of-speech tagger predicting joint UPOS + XPOS
 * labels. Build one with `trainTagger` or load the committed model with
 * `loadPosTagger`.
 *
 * @example
 * const tagger = loadPosTagger();
 * tagger.tag(["Lavrov", "will", "arrive", "."]);
 * // [{upos: "PROPN", xpos: "NNP"}, {upos: "AUX", xpos: "MD"}, …]
 */
export class PosTagger {
  readonly labels: readonly PosLabel[];
  readonly lexicon: TagLexicon;
  readonly weights: SparseWeights;
  /** Whether this pass reads the sentence right to left. */
  readonly reverse: boolean;
  /** A first pass whose labels this one reads as features (for the right context), if stacked. */
  readonly guide: PosTagger | undefined;

  constructor(
    labels: readonly PosLabel[],
    lexicon: TagLexicon,
    weights: SparseWeights,
    options: { reverse?: boolean; guide?: PosTagger | undefined } = {},
  ) {
    this.labels = labels;
    this.lexicon = lexicon;
    this.weights = weights;
    this.reverse = options.reverse ?? false;
    this.guide = options.guide;
  }

  /** Label indices for the words of one sentence. */
  tagIds(words: readonly string[]): Int32Array {
    const guide = this.guide?.tagIds(words);
    if (!this.reverse) return this.#decode(words, guide);
    return this.#decode([...words].reverse(), guide?.reverse()).reverse();
  }

  #decode(words: readonly string[], guide: Int32Array | undefined): Int32Array {
    const view = new SentenceView(words, this.lexicon, guide, this.reverse);
    const names: string[] = [];
    const weights = this.weights;
    const lexicon = this.lexicon;
    return greedyDecode(words.length, {
      numLabels: this.labels.length,
      fixedLabel: (i) => lexicon.fixedLabel(view.norms[i]!),
      features(i, prev1, prev2, out) {
        names.length = 0;
        staticFeatures(view, i, names);
        historyFeatures(view, i, prev1, prev2, names);
        let n = 0;
        for (const name of names) {
          const id = weights.featureId(name);
          if (id >= 0 && n < MAX_FEATURES) out[n++] = id;
        }
        return n;
      },
      addScores: (ids, count, scores) => weights.addScores(ids, count, scores),
    });
  }

  /** UPOS and XPOS for the words of one sentence. */
  tag(words: readonly string[]): PosLabel[] {
    return Array.from(this.tagIds(words), (id) => this.labels[id]!);
  }
}
