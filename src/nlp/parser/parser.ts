/**
 * The parser at run time: greedy arc-eager parsing, scoring every transition
 * at each configuration and taking the best valid one. Labels are part of the
 * transitions, so an arc and its label are chosen together.
 */
import {
  BIAS_KEY,
  locateRoles,
  MAX_FEATURES,
  ROLE_COUNT,
  Role,
  roleFeatures,
  structuralFeatures,
} from "./features.js";
import { SentenceAtoms } from "./atoms.js";
import { type FeatureLayout, labelledRoles } from "./layout.js";
import type { ParserLexicon } from "./lexicon.js";
import { bestOtherMove, bestValid, foldMoveScores, forcedTransition, singleRoot } from "./decode.js";
import { LEFT_BASE, MOVE_CLASSES, ParseState, type TransitionSet } from "./system.js";
import type { CompactWeights } from "./weights.js";

/** A dependency tree: per word, the index of its head (-1 for the root) and its relation. */
export interface DependencyTree {
  heads: Int32Array;
  labels: string[];
}

/** How a parser reads its sentences and what its integer scores are worth. */
export interface ParserSettings {
  /**
   * Read sentences right to left (the parser was trained on reversed
   * sentences). Input and output stay in reading order either way.
   */
  reverse?: boolean;
  /** Quantisation scale of the weights: a score of `scale` units is a weight of 1. */
  scale?: number;
}

/** The words of a sentence to parse, with their part-of-speech tags. */
export interface ParseInput {
  forms: readonly string[];
  /** Universal POS tags (missing ones count as unknown). */
  upos: readonly (string | undefined)[];
  /** Penn Treebank tags (missing ones count as unknown). */
  xpos: readonly (string | undefined)[];
}

/**
 * A labelled dependency parser: vocabularies, transitions and weights.
 * Build one with `trainParser` or load the committed model with `loadParser`.
 *
 * Scoring is organised for speed, with exactly the scores of summing every
 * feature's weights: the features of a token in a role (its word and tag as
 * the stack top, as the buffer front, …) are summed into a class vector once
 * per token and role and reused at every configuration; only the structural
 * features are looked up at each configuration. With a layout that makes
 * some templates move-only, their weights are four numbers per feature.
 *
 * @example
 * const parser = loadParser();
 * const tree = parser.parse({ forms: ["Lavrov", "arrived", "."], upos: ["PROPN", "VERB", "PUNCT"], xpos: ["NNP", "VBD", "."] });
 * // tree.heads = [1, -1, 1], tree.labels = ["nsubj", "root", "punct"]
 */
export class DependencyParser {
  readonly lexicon: ParserLexicon;
  readonly transitions: TransitionSet;
  readonly weights: CompactWeights;
  /** Which features have label-specific weights. */
  readonly layout: FeatureLayout;
  /** Whether sentences are parsed right to left. */
  readonly reverse: boolean;
  /** Score units per unit of weight. */
  readonly scale: number;
  readonly #punctAtom: number;
  /** Scratch tree of a reversed sentence (right-to-left parsers). */
  #reversedHeads = new Int32Array(0);
  #reversedLabels = new Int32Array(0);
  #reversedConfidence = new Float64Array(0);
  readonly #state = new ParseState();
  readonly #atoms = new SentenceAtoms();
  readonly #keys = new Int32Array(MAX_FEATURES);
  readonly #roles = new Int32Array(ROLE_COUNT);
  readonly #numClasses: number;
  readonly #sums: Int32Array;
  readonly #scores: Float64Array;
  /** Per role: how many classes its vectors hold (every class, or the four moves). */
  readonly #roleWidth: Int32Array;
  /** Per role and token of the current sentence: offset of its class vector in the arena, or -1. */
  #roleVector = new Int32Array(0);
  #arena = new Int32Array(0);
  #arenaUsed = 0;
  /** Arena offsets of each role's vector for the root token and for "no token". */
  readonly #rootVector = new Int32Array(ROLE_COUNT);
  readonly #noneVector = new Int32Array(ROLE_COUNT);
  /** Arena entries used by those fixed vectors. */
  #fixedUsed = 0;

  constructor(
    lexicon: ParserLexicon,
    transitions: TransitionSet,
    weights: CompactWeights,
    layout: FeatureLayout,
    settings: ParserSettings = {},
  ) {
    if (weights.numClasses !== transitions.numClasses) {
      throw new RangeError(
        `weights score ${weights.numClasses} classes, transitions have ${transitions.numClasses}`,
      );
    }
    this.lexicon = lexicon;
    this.transitions = transitions;
    this.weights = weights;
    this.layout = layout;
    this.reverse = settings.reverse ?? false;
    this.scale = settings.scale ?? 1;
    // A lexicon without PUNCT treats no word as punctuation (-1 is never an atom).
    this.#punctAtom = lexicon.upos.values.includes("PUNCT") ? lexicon.upos.atom("PUNCT") : -1;
    const C = transitions.numClasses;
    this.#numClasses = C;
    this.#sums = new Int32Array(C);
    this.#scores = new Float64Array(C);
    this.#roleWidth = Int32Array.from(labelledRoles(layout), (labelled) => (labelled ? C : MOVE_CLASSES));
    // The vectors of the root and of "no token" are the same in every sentence: compute them once.
    this.#atoms.fill(lexicon, [], [], []);
    this.#state.reset(0);
    this.#roleVector = new Int32Array(ROLE_COUNT * 2);
    for (let r = 0; r < ROLE_COUNT; r++) {
      this.#rootVector[r] = this.#computeRoleVector(this.#state, r, 0, 2 * r);
      this.#noneVector[r] = this.#computeRoleVector(this.#state, r, 1, 2 * r + 1);
    }
    this.#fixedUsed = this.#arenaUsed;
  }

  /** Prepare the per-sentence caches for `n` words. */
  #startSentence(n: number): void {
    const stride = n + 2;
    const size = ROLE_COUNT * stride;
    if (this.#roleVector.length < size)
      this.#roleVector = new Int32Array(Math.max(size, 2 * this.#roleVector.length));
    this.#roleVector.fill(-1, 0, size);
    for (let r = 0; r < ROLE_COUNT; r++) {
      this.#roleVector[r * stride + n] = this.#rootVector[r]!;
      this.#roleVector[r * stride + n + 1] = this.#noneVector[r]!;
    }
    this.#arenaUsed = this.#fixedUsed;
  }

  /**
   * Add the scores of every feature of `state` to the (zeroed) integer sums:
   * the role vectors of the tokens in the 13 roles, then the structural features.
   */
  #score(state: ParseState): void {
    const sums = this.#sums;
    const roles = this.#roles;
    const stride = state.n + 2;
    const widths = this.#roleWidth;
    locateRoles(state, roles);
    // When LEFT-ARC cannot apply, its label columns need no score.
    const skipFrom = state.canLeft() ? this.#numClasses : LEFT_BASE;
    const skipTo = LEFT_BASE + this.transitions.labels.length;
    for (let r = 0; r < ROLE_COUNT; r++) {
      const x = roles[r]!;
      let at = this.#roleVector[r * stride + x]!;
      if (at < 0) at = this.#computeRoleVector(state, r, x, r * stride + x);
      const arena = this.#arena;
      const width = widths[r]!;
      if (width <= skipFrom) {
        for (let c = 0; c < width; c++) sums[c]! += arena[at + c]!;
      } else {
        for (let c = 0; c < skipFrom; c++) sums[c]! += arena[at + c]!;
        for (let c = skipTo; c < width; c++) sums[c]! += arena[at + c]!;
      }
    }
    const count = structuralFeatures(state, this.#atoms, roles, this.#keys, 0);
    this.weights.addKeys(this.#keys, count, sums, 0, 256, skipFrom === LEFT_BASE);
  }

  /**
   * Sum the weights of the role features of token `x` in role `role` into a
   * new arena vector, with the bias for the stack top (there is one in every
   * scored configuration). Move-only roles get vectors of the four moves.
   */
  #computeRoleVector(state: ParseState, role: number, x: number, slot: number): number {
    const width = this.#roleWidth[role]!;
    if (this.#arenaUsed + width > this.#arena.length) {
      const grown = new Int32Array(Math.max(64 * this.#numClasses, 2 * this.#arena.length));
      grown.set(this.#arena.subarray(0, this.#arenaUsed));
      this.#arena = grown;
    }
    const at = this.#arenaUsed;
    this.#arenaUsed += width;
    this.#arena.fill(0, at, at + width);
    const keys = this.#keys;
    let count = roleFeatures(role, this.#atoms, x, state.label[x]!, keys, 0);
    if (role === Role.S0) keys[count++] = BIAS_KEY;
    this.weights.addKeys(keys, count, this.#arena, at, width);
    this.#roleVector[slot] = at;
    return at;
  }

  /**
   * Parse one sentence into heads (0-based word index, -1 for the root) and
   * label ids written to `heads` and `labels` (each at least as long as the
   * sentence). With `confidence`, each word also gets the margin (in weight
   * units) by which the transition that attached it beat the best valid
   * transition of another move; 0 for attachments that were forced.
   */
  parseInto(input: ParseInput, heads: Int32Array, labels: Int32Array, confidence?: Float64Array): void {
    if (!this.reverse) {
      this.#parseForward(input, heads, labels, confidence);
      return;
    }
    const n = input.forms.length;
    if (n === 0) return;
    const reversed: ParseInput = {
      forms: [...input.forms].reverse(),
      upos: [...input.upos].reverse(),
      xpos: [...input.xpos].reverse(),
    };
    if (this.#reversedHeads.length < n) {
      const size = Math.max(n, 2 * this.#reversedHeads.length, 64);
      this.#reversedHeads = new Int32Array(size);
      this.#reversedLabels = new Int32Array(size);
      this.#reversedConfidence = new Float64Array(size);
    }
    const h = this.#reversedHeads;
    const l = this.#reversedLabels;
    const c = this.#reversedConfidence;
    this.#parseForward(reversed, h, l, confidence === undefined ? undefined : c);
    for (let i = 0; i < n; i++) {
      const j = n - 1 - i;
      heads[i] = h[j]! < 0 ? -1 : n - 1 - h[j]!;
      labels[i] = l[j]!;
      if (confidence !== undefined) confidence[i] = c[j]!;
    }
  }

  #parseForward(input: ParseInput, heads: Int32Array, labels: Int32Array, confidence?: Float64Array): void {
    const n = input.forms.length;
    if (n === 0) return;
    if (confidence !== undefined) confidence.fill(0, 0, n);
    const state = this.#state;
    const set = this.transitions;
    const sums = this.#sums;
    const scores = this.#scores;
    const C = this.#numClasses;
    this.#atoms.fill(this.lexicon, input.forms, input.upos, input.xpos);
    state.reset(n);
    this.#startSentence(n);
    while (!state.terminal) {
      let cls = forcedTransition(state, set);
      if (cls < 0) {
        sums.fill(0);
        this.#score(state);
        for (let c = 0; c < C; c++) scores[c] = sums[c]!;
        foldMoveScores(set, scores);
        cls = bestValid(state, set, scores);
        if (confidence !== undefined && cls >= LEFT_BASE) {
          const dependent = cls < LEFT_BASE + set.labels.length ? state.stack[state.sp - 1]! : state.b;
          confidence[dependent] = (scores[cls]! - bestOtherMove(state, set, scores, cls)) / this.scale;
        }
      }
      state.apply(cls, set);
    }
    const upos = this.#atoms.upos;
    const punct = this.#punctAtom;
    singleRoot(state, set, (i) => upos[i] === punct, this.reverse);
    for (let i = 0; i < n; i++) {
      const h = state.head[i]!;
      heads[i] = h === n ? -1 : h;
      labels[i] = state.label[i]!;
    }
  }

  /** Parse one sentence. */
  parse(input: ParseInput): DependencyTree {
    const n = input.forms.length;
    const heads = new Int32Array(n);
    const labelIds = new Int32Array(n);
    this.parseInto(input, heads, labelIds);
    const names = this.transitions.labels;
    return { heads, labels: Array.from(labelIds, (l) => names[l] ?? "dep") };
  }
}
