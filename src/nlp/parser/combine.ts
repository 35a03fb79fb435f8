/**
 * Combining the trees several parsers give one sentence into one tree
 * (reparsing, after Sagae & Lavie 2006): every parser votes for the arcs of
 * its tree, a vote weighing how sure the parser was of the attachment (its
 * margin, capped, plus a prior) times the parser's weight, and the projective tree with the largest
 * total vote is found with Eisner's algorithm (one word attached to the
 * root). Each word keeps the label of the most confident parser that chose
 * its head. When every parser gives every word the same head, that tree is
 * taken as it is.
 */

/** One parser's tree for a sentence, as `DependencyParser.parseInto` writes it. */
export interface VotingTree {
  /** Head of each word (0-based, -1 for the root). */
  heads: Int32Array;
  /** Label id of each word. */
  labels: Int32Array;
  /** How sure the parser was of each word's attachment (its margin, ≥ 0 when it chose freely). */
  confidence: Float64Array;
}

/** How votes are weighed. */
export interface CombineSettings {
  /** Per parser: the weight of its votes. */
  weights: readonly number[];
  /** Added to every vote's confidence before weighing it. */
  prior: number;
  /** Confidence above this counts as this. */
  confidenceCap: number;
}

/** Score of an arc no parser chose: used only when no tree of chosen arcs exists. */
const UNVOTED = -1000;

/** Scratch arrays for {@link combineTrees}, grown to the longest sentence seen. */
export class TreeCombiner {
  #n = -1;
  #score = new Float64Array(0);
  #complete = new Float64Array(0);
  #incomplete = new Float64Array(0);
  #completeSplit = new Int32Array(0);
  #incompleteSplit = new Int32Array(0);
  #rootScore = new Float64Array(0);

  #reserve(n: number): void {
    if (n <= this.#n) return;
    const size = (n + 1) * (n + 1) * 2;
    this.#score = new Float64Array((n + 1) * (n + 1));
    this.#complete = new Float64Array(size);
    this.#incomplete = new Float64Array(size);
    this.#completeSplit = new Int32Array(size);
    this.#incompleteSplit = new Int32Array(size);
    this.#rootScore = new Float64Array(n + 1);
    this.#n = n;
  }

  /**
   * Combine the `trees` of an `n`-word sentence into `heads` and `labels`
   * (0-based heads, -1 for the root). `fallbackLabel` labels an arc no parser chose.
   */
  combine(
    n: number,
    trees: readonly VotingTree[],
    settings: CombineSettings,
    heads: Int32Array,
    labels: Int32Array,
    fallbackLabel: number,
  ): void {
    if (n === 0) return;
    if (trees.length === 0) throw new RangeError("combining needs at least one tree");
    const vote = (t: number, d: number): number =>
      settings.weights[t]! *
      (settings.prior + Math.min(Math.max(trees[t]!.confidence[d]!, 0), settings.confidenceCap));
    let agree = true;
    for (let d = 0; d < n && agree; d++) {
      for (let t = 1; t < trees.length; t++) {
        if (trees[t]!.heads[d] !== trees[0]!.heads[d]) {
          agree = false;
          break;
        }
      }
    }
    if (agree) {
      heads.set(trees[0]!.heads.subarray(0, n));
    } else {
      this.#reserve(n);
      // score[h * (n + 1) + d] with words numbered 1 … n and 0 for the root.
      const W = n + 1;
      const score = this.#score;
      score.fill(UNVOTED, 0, W * W);
      for (let t = 0; t < trees.length; t++) {
        const tree = trees[t]!;
        for (let d = 0; d < n; d++) {
          const h = tree.heads[d]! + 1;
          const at = h * W + d + 1;
          score[at] = (score[at] === UNVOTED ? 0 : score[at]!) + vote(t, d);
        }
      }
      this.#eisner(n, heads);
    }
    for (let d = 0; d < n; d++) {
      let best = -1;
      let bestVote = Number.NEGATIVE_INFINITY;
      for (let t = 0; t < trees.length; t++) {
        if (trees[t]!.heads[d] !== heads[d]) continue;
        const v = vote(t, d);
        if (v > bestVote) {
          bestVote = v;
          best = t;
        }
      }
      labels[d] = best >= 0 ? trees[best]!.labels[d]! : fallbackLabel;
    }
  }

  /**
   * The best projective tree over the arc scores with one word attached to
   * the root, written as 0-based heads. Spans are over words 1 … n; `dir` 0
   * means the span's head is its right end, 1 its left end.
   */
  #eisner(n: number, heads: Int32Array): void {
    const W = n + 1;
    const score = this.#score;
    const C = this.#complete;
    const I = this.#incomplete;
    const CS = this.#completeSplit;
    const IS = this.#incompleteSplit;
    const at = (s: number, t: number, dir: number): number => (s * W + t) * 2 + dir;
    for (let s = 1; s <= n; s++) {
      C[at(s, s, 0)] = 0;
      C[at(s, s, 1)] = 0;
    }
    for (let k = 1; k < n; k++) {
      for (let s = 1; s + k <= n; s++) {
        const t = s + k;
        let best = Number.NEGATIVE_INFINITY;
        let split = s;
        for (let r = s; r < t; r++) {
          const v = C[at(s, r, 1)]! + C[at(r + 1, t, 0)]!;
          if (v > best) {
            best = v;
            split = r;
          }
        }
        I[at(s, t, 0)] = best + score[t * W + s]!;
        IS[at(s, t, 0)] = split;
        I[at(s, t, 1)] = best + score[s * W + t]!;
        IS[at(s, t, 1)] = split;
        best = Number.NEGATIVE_INFINITY;
        split = s;
        for (let r = s; r < t; r++) {
          const v = C[at(s, r, 0)]! + I[at(r, t, 0)]!;
          if (v > best) {
            best = v;
            split = r;
          }
        }
        C[at(s, t, 0)] = best;
        CS[at(s, t, 0)] = split;
        best = Number.NEGATIVE_INFINITY;
        split = t;
        for (let r = s + 1; r <= t; r++) {
          const v = I[at(s, r, 1)]! + C[at(r, t, 1)]!;
          if (v > best) {
            best = v;
            split = r;
          }
        }
        C[at(s, t, 1)] = best;
        CS[at(s, t, 1)] = split;
      }
    }
    let root = 1;
    let bestRoot = Number.NEGATIVE_INFINITY;
    const rootScore = this.#rootScore;
    for (let r = 1; r <= n; r++) {
      rootScore[r] = score[r]! + C[at(1, r, 0)]! + C[at(r, n, 1)]!;
      if (rootScore[r]! > bestRoot) {
        bestRoot = rootScore[r]!;
        root = r;
      }
    }
    heads[root - 1] = -1;
    // Walk the chart back with an explicit stack of [s, t, dir, complete].
    const stack: number[] = [1, root, 0, 1, root, n, 1, 1];
    while (stack.length > 0) {
      const complete = stack.pop()!;
      const dir = stack.pop()!;
      const t = stack.pop()!;
      const s = stack.pop()!;
      if (s === t) continue;
      const i = at(s, t, dir);
      if (complete === 1) {
        const r = CS[i]!;
        if (dir === 0) stack.push(s, r, 0, 1, r, t, 0, 0);
        else stack.push(s, r, 1, 0, r, t, 1, 1);
      } else {
        if (dir === 0) heads[s - 1] = t - 1;
        else heads[t - 1] = s - 1;
        const r = IS[i]!;
        stack.push(s, r, 1, 1, r + 1, t, 0, 1);
      }
    }
  }
}
