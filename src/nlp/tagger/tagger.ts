/**
 * The part-of-speech tagger at run time: the features of `features.ts`
 * scored with quantised integer weights and decoded greedily in reading
 * order.
 *
 * Scoring does not look features up one by one. Per distinct word form it
 * sums, once, the weights of the word's own features and of what it says to
 * each neighbour, and finds the groups of word-pair and word-label features
 * its atoms select (see `row-index.ts`); this block of integers is kept in
 * a bounded arena shared by the passes (`word-arena.ts`). Per combination
 * of guide labels, per pair of previous labels and per word shape, the
 * features that read only those are summed once too. A word in a sentence
 * then costs a copy of its own sums, a few short list additions and a few
 * searches in small sorted groups: no strings, no hashing of feature names,
 * no allocation. Scores are integer sums, so they do not
 * depend on the order of addition or on what the caches hold; `scoresAt`
 * lets tests check them against the plain sum over `staticKeys` and
 * `dynamicKeys`.
 */
import type { AtomLookup, AtomTable } from "./atoms.js";
import {
  capitalKeys,
  casingKeys,
  guideKeys,
  KeyBuffer,
  labelKeys,
  NEIGHBOUR_OFFSETS,
  neighbourKeys,
  ownKeys,
  SentenceCasing,
  sentenceCasingOf,
} from "./features.js";
import { analyseWord, formAtoms, PAD_END, PAD_START, padWord, type WordInfo } from "./words.js";
import { addPackedList, IntPool } from "./int-pool.js";
import type { TagLexicon } from "./lexicon.js";
import { addFromGroup, groupLength, RowIndex } from "./row-index.js";
import { labelComponent, labelPair, T } from "./templates.js";
import { type FeatureWeights, packWeight } from "./weights.js";
import { WordArena } from "./word-arena.js";

/** A tagger label: a Universal POS tag and a Penn Treebank tag, predicted jointly. */
export interface PosLabel {
  upos: string;
  xpos: string;
}

/**
 * The templates scored through a {@link RowIndex}: grouped by a component
 * (an atom of one word, or for `g-1g0g+1` a pair of guide labels) and
 * searched by the other. A word's own groups (by its normalised form) are
 * copied into its block, next to the rest of its data; groups shared by
 * many words (by class, by suffix, by guide labels) stay in the index.
 */
const INDEXED: readonly { template: number; by: "a" | "b"; of: "norm" | "cls" | "suffix3" | null }[] = [
  { template: T.wordM1Word, by: "b", of: "norm" },
  { template: T.wordWordP1, by: "a", of: "norm" },
  { template: T.wordP1WordP2, by: "a", of: "norm" },
  { template: T.wordM1WordP1, by: "b", of: "norm" },
  { template: T.clsClsP1, by: "a", of: "cls" },
  { template: T.suffix3ClsP1, by: "a", of: "suffix3" },
  { template: T.wordGuideP1, by: "a", of: "norm" },
  { template: T.guideM1Guide0GuideP1, by: "a", of: null },
  { template: T.labelM1Word, by: "b", of: "norm" },
  { template: T.labelM1Cls, by: "b", of: "cls" },
  { template: T.labelM1Suffix3, by: "b", of: "suffix3" },
  { template: T.labelM1WordP1, by: "b", of: "norm" },
];
const [WM1_W, W_WP1, WP1_WP2, WM1_WP1, A_AP1, S3_AP1, W_GP1, GM1_G0_GP1, TM1_W, TM1_A, TM1_S3, TM1_WP1] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
] as const;
/** Whether the group of each {@link INDEXED} index is copied into the word's block. */
const IN_BLOCK: readonly boolean[] = INDEXED.map((x) => x.of === "norm");

/*
 * A word form's entry in the arena: `[length, start of each pass's block
 * (relative to the entry) …, blocks …]`. A pass's block (offsets relative
 * to the block):
 */
/** Tag-dictionary label or -1. */
const B_FIXED = 0;
/** Atoms of the normalised word and of its class (-1 when the pass does not know them). */
const B_NORM = 1;
const B_CLS = 2;
/** {@link FLAG_UNKNOWN} | {@link FLAG_CAPITALISED} | letter case (`WordInfo.letterCase`) << 2. */
const B_FLAGS = 3;
/**
 * Where the pass's pool holds the casing lists of the word's shape: per
 * {@link SentenceCasing}, the offset of the difference between its casing
 * features and those of {@link COMMON_CASING}, which the own sums include.
 */
const B_CASING = 4;
/**
 * The word's group in each {@link INDEXED} index (-1: none): for groups
 * copied into the block, where the copy starts (relative to the block);
 * for the others, where the group starts in the index.
 */
const B_GROUPS = 5;
/** Bounds of the lists of what the word says to each neighbour offset (relative to the block), then their end. */
const B_NEAR = B_GROUPS + INDEXED.length;
/** The summed weights of the word's own features and {@link COMMON_CASING} casing features, one per label; the neighbour lists follow. */
const B_OWN = B_NEAR + NEIGHBOUR_OFFSETS.length + 1;
const FLAG_UNKNOWN = 1;
const FLAG_CAPITALISED = 2;

/** The sentence casing of most news sentences, whose casing features are added to a word's own sums. */
const COMMON_CASING = SentenceCasing.mixed;

/** Ints of word entries one tagger keeps per arena generation (≈ 2 × 12 MB at most). */
export const WORD_ARENA_LIMIT = 3_000_000;

/** Longest word sequence tagged as one sentence. */
export const MAX_SENTENCE_WORDS = 1000;

/** Combinations of guide labels held in an array up to this many; beyond, in a map. */
const GUIDE_ARRAY_LIMIT = 1 << 20;

/** Words of the current sentence, in reading order, with two padding words on each side. */
const PAD = 2;

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
  /** The strings the features of this pass mention. */
  readonly atoms: AtomTable;
  readonly weights: FeatureWeights;
  /** Whether this pass reads the sentence right to left. */
  readonly reverse: boolean;
  /** A first pass whose labels this one reads as features (for the right context), if stacked. */
  readonly guide: PosTagger | undefined;

  readonly #lookup: AtomLookup;
  readonly #index: readonly RowIndex[];
  /** Summed-weight lists shared by many words or positions, `[n, packed weight × n]` each. */
  readonly #pool = new IntPool(1 << 14);
  /** Pool offset of the summed weights of each pair of previous labels, or -1. */
  readonly #histories: Int32Array;
  /** Pool offset of the summed weights of each combination of three guide labels, or -1. */
  readonly #guides: Int32Array | Map<number, number>;
  readonly #guideBase: number;
  /** Pool offset of the casing lists of each short-shape atom. */
  readonly #casings = new Map<number, number>();
  /** Pool offsets of the summed weights of a capitalised word inside and at the start of a sentence. */
  readonly #capital: readonly [number, number];
  /** Pool offsets of the summed weights of the first and the last word. */
  readonly #first: number;
  readonly #last: number;
  /** Pool offset of an empty list (added where a feature is absent, so that scoring does not branch). */
  readonly #none: number;
  /** Per word scored: the pool lists to add, and the group and key searched in each {@link INDEXED} index. */
  readonly #lists = new Int32Array(6);
  readonly #groups = new Int32Array(INDEXED.length);
  readonly #searchKeys = new Int32Array(INDEXED.length);
  readonly #keys = new KeyBuffer();
  readonly #scores: Int32Array;
  readonly #sums: Int32Array;
  /** Where word entries are built before they are stored. */
  readonly #builder = new IntPool(4096);
  /** The passes this tagger runs, guides first, and the word entries they share. */
  readonly #chain: readonly PosTagger[];
  readonly #arena = new WordArena(WORD_ARENA_LIMIT);
  #padGeneration = -1;
  #padStart = 0;
  #padEnd = 0;
  #entries = new Int32Array(64);
  #bases = new Int32Array(64 + 2 * PAD);

  constructor(
    labels: readonly PosLabel[],
    lexicon: TagLexicon,
    atoms: AtomTable,
    weights: FeatureWeights,
    options: { reverse?: boolean; guide?: PosTagger | undefined } = {},
  ) {
    if (weights.numLabels !== labels.length) throw new RangeError("PosTagger: weights and labels differ");
    if (options.guide !== undefined && options.guide.atoms !== atoms) {
      throw new RangeError("PosTagger: a stacked pass must share its guide's atom table");
    }
    this.labels = labels;
    this.lexicon = lexicon;
    this.atoms = atoms;
    this.weights = weights;
    this.reverse = options.reverse ?? false;
    this.guide = options.guide;
    this.#chain = this.guide === undefined ? [this] : [...this.guide.#chain, this];
    this.#lookup = (s) => atoms.id(s);
    this.#index = INDEXED.map((x) => RowIndex.build(weights, x.template, x.by));
    this.#scores = new Int32Array(labels.length);
    this.#sums = new Int32Array(labels.length);
    this.#histories = new Int32Array((labels.length + 2) ** 2).fill(-1);
    this.#guideBase = (this.guide?.labels.length ?? 0) + 2;
    this.#guides =
      this.#guideBase ** 3 <= GUIDE_ARRAY_LIMIT
        ? new Int32Array(this.#guideBase ** 3).fill(-1)
        : new Map<number, number>();
    this.#capital = [
      this.#poolSum((out) => capitalKeys(true, false, out)),
      this.#poolSum((out) => capitalKeys(true, true, out)),
    ];
    this.#first = this.#poolSum((out) => out.push(T.first, 0, 0));
    this.#last = this.#poolSum((out) => out.push(T.last, 0, 0));
    this.#none = this.#pool.append([0]);
  }

  /**
   * Label indices for the words of one sentence, in sentence order. A
   * "sentence" longer than {@link MAX_SENTENCE_WORDS} (text without
   * sentence punctuation) is tagged in pieces of that length, so that the
   * memory a sentence needs stays bounded.
   */
  tagIds(words: readonly string[]): Int32Array {
    const n = words.length;
    if (n > MAX_SENTENCE_WORDS) {
      const labels = new Int32Array(n);
      for (let at = 0; at < n; at += MAX_SENTENCE_WORDS) {
        labels.set(this.tagIds(words.slice(at, at + MAX_SENTENCE_WORDS)), at);
      }
      return labels;
    }
    this.#resolve(words);
    let labels: Int32Array | undefined;
    for (let k = 0; k < this.#chain.length; k++) {
      labels = this.#chain[k]!.#decode(
        this.#arena.data,
        this.#entries,
        n,
        this.#padStart,
        this.#padEnd,
        k,
        labels,
      );
    }
    return labels!;
  }

  /** UPOS and XPOS for the words of one sentence. */
  tag(words: readonly string[]): PosLabel[] {
    const ids = this.tagIds(words);
    const out = new Array<PosLabel>(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.labels[ids[i]!]!;
    return out;
  }

  /**
   * The scores of every label for the word at reading position `i` of
   * `words` (in sentence order; `guide` is the guide pass's labels for
   * them, when stacked) after the labels `prev1` and `prev2`, as tagging
   * computes them: quantised sums, to be multiplied by `weights.scales`.
   * For checking the tagger against the feature functions.
   */
  scoresAt(
    words: readonly string[],
    guide: Int32Array | undefined,
    i: number,
    prev1: number,
    prev2: number,
  ): Int32Array {
    this.#resolve(words);
    const k = this.#chain.length - 1;
    const read = this.#prepare(
      this.#arena.data,
      this.#entries,
      words.length,
      this.#padStart,
      this.#padEnd,
      k,
      guide,
    );
    this.#score(this.#arena.data, words.length, i, prev1, prev2, read.guide, read.casing, read.initial);
    return this.#scores.slice();
  }

  /** Fill `#entries` with the arena entries of `words` (sentence order) and place the padding entries. */
  #resolve(words: readonly string[]): void {
    const arena = this.#arena;
    arena.rotate();
    if (this.#padGeneration !== arena.generation) {
      this.#padStart = this.#compile(null, (pass) => padWord(PAD_START, pass.#lookup));
      this.#padEnd = this.#compile(null, (pass) => padWord(PAD_END, pass.#lookup));
      this.#padGeneration = arena.generation;
    }
    if (this.#entries.length < words.length) this.#entries = new Int32Array(2 * words.length);
    for (let j = 0; j < words.length; j++) {
      const form = words[j]!;
      let at = arena.find(form);
      if (at < 0) {
        const atoms = formAtoms(form, this.#lookup);
        at = this.#compile(form, (pass) => analyseWord(atoms, pass.lexicon, pass.#lookup));
      }
      this.#entries[j] = at;
    }
  }

  /**
   * Build a word's entry (one block per pass of the chain), store it in the
   * arena under `form` (or under no form) and return where it starts.
   */
  #compile(form: string | null, info: (pass: PosTagger) => WordInfo): number {
    const out = this.#builder;
    out.clear();
    const chain = this.#chain;
    for (let k = 0; k <= chain.length; k++) out.push(0);
    for (let k = 0; k < chain.length; k++) {
      out.data[1 + k] = out.used;
      chain[k]!.#writeBlock(info(chain[k]!), out);
    }
    out.data[0] = out.used;
    return form === null
      ? this.#arena.addUnkeyed(out.data, 0, out.used)
      : this.#arena.add(form, out.data, 0, out.used);
  }

  /** Set `#bases` to the blocks of block index `k` in reading order; the guide and casing in reading order. */
  #prepare(
    data: Int32Array,
    entries: Int32Array,
    n: number,
    padStart: number,
    padEnd: number,
    k: number,
    guide: Int32Array | undefined,
  ): { guide: Int32Array | undefined; casing: number; initial: number } {
    if (this.#bases.length < n + 2 * PAD) this.#bases = new Int32Array(2 * n + 2 * PAD);
    const bases = this.#bases;
    bases[0] = bases[1] = padStart + data[padStart + 1 + k]!;
    bases[n + PAD] = bases[n + PAD + 1] = padEnd + data[padEnd + 1 + k]!;
    for (let j = 0; j < n; j++) {
      const e = entries[this.reverse ? n - 1 - j : j]!;
      bases[j + PAD] = e + data[e + 1 + k]!;
    }
    const initial = this.reverse ? n - 1 : 0;
    return {
      guide: this.reverse && guide !== undefined ? guide.slice().reverse() : guide,
      casing: sentenceCasingOf(n, initial, (i) => data[bases[i + PAD]! + B_FLAGS]! >> 2),
      initial,
    };
  }

  /** Label a sentence whose entries are resolved, with this pass (block `k`); labels in sentence order. */
  #decode(
    data: Int32Array,
    entries: Int32Array,
    n: number,
    padStart: number,
    padEnd: number,
    k: number,
    guide: Int32Array | undefined,
  ): Int32Array {
    const read = this.#prepare(data, entries, n, padStart, padEnd, k, guide);
    const bases = this.#bases;
    const labels = new Int32Array(n);
    let prev1 = -1;
    let prev2 = -1;
    for (let i = 0; i < n; i++) {
      let label = data[bases[i + PAD]! + B_FIXED]!;
      if (label < 0) {
        this.#score(data, n, i, prev1, prev2, read.guide, read.casing, read.initial);
        label = this.weights.best(this.#scores);
      }
      labels[i] = label;
      prev2 = prev1;
      prev1 = label;
    }
    return this.reverse ? labels.reverse() : labels;
  }

  /** Set `#scores` to the scores of reading position `i` after labels `prev1` and `prev2`. */
  #score(
    data: Int32Array,
    n: number,
    i: number,
    prev1: number,
    prev2: number,
    guide: Int32Array | undefined,
    casing: number,
    initial: number,
  ): void {
    const scores = this.#scores;
    const index = this.#index;
    const bases = this.#bases;
    const bm1 = bases[i + 1]!;
    const b0 = bases[i + 2]!;
    const bp1 = bases[i + 3]!;
    const bp2 = bases[i + 4]!;
    const history = this.#historyList(prev1, prev2);
    let gm1 = 0;
    let g0 = 0;
    let gp1 = 0;
    let guideList = -1;
    if (guide !== undefined) {
      gm1 = i > 0 ? guide[i - 1]! : -1;
      g0 = guide[i]!;
      gp1 = i + 1 < n ? guide[i + 1]! : -2;
      guideList = this.#guideList(g0, gp1, i + 2 < n ? guide[i + 2]! : -2);
    }
    const pool = this.#pool.data;
    const flags = data[b0 + B_FLAGS]!;

    // Each kind of addition is one loop with one call site, so the JIT compiles little code; lists
    // that do not apply to this word are the empty one rather than skipped, so every word takes
    // the same path.
    for (let l = 0; l < scores.length; l++) scores[l] = data[b0 + B_OWN + l]!;
    for (let slot = 0; slot < NEIGHBOUR_OFFSETS.length; slot++) {
      addNear(data, bases[i + PAD + NEIGHBOUR_OFFSETS[slot]!]!, slot, scores);
    }

    const none = this.#none;
    const lists = this.#lists;
    lists[0] = pool[data[b0 + B_CASING]! + casing]!;
    lists[1] = (flags & FLAG_CAPITALISED) === 0 ? none : this.#capital[i === initial ? 1 : 0];
    lists[2] = i === 0 ? this.#first : none;
    lists[3] = i === n - 1 ? this.#last : none;
    lists[4] = history;
    lists[5] = guide === undefined ? none : guideList;
    for (let j = 0; j < lists.length; j++) addPackedList(pool, lists[j]!, scores);

    const groups = this.#groups;
    const keys = this.#searchKeys;
    const t1 = labelComponent(prev1);
    groups[WM1_W] = inBlock(data, b0, WM1_W);
    keys[WM1_W] = data[bm1 + B_NORM]!;
    groups[W_WP1] = inBlock(data, b0, W_WP1);
    keys[W_WP1] = data[bp1 + B_NORM]!;
    groups[WP1_WP2] = inBlock(data, bp1, WP1_WP2);
    keys[WP1_WP2] = data[bp2 + B_NORM]!;
    groups[WM1_WP1] = inBlock(data, bp1, WM1_WP1);
    keys[WM1_WP1] = data[bm1 + B_NORM]!;
    groups[A_AP1] = data[b0 + B_GROUPS + A_AP1]!;
    keys[A_AP1] = data[bp1 + B_CLS]!;
    groups[S3_AP1] = (flags & FLAG_UNKNOWN) === 0 ? -1 : data[b0 + B_GROUPS + S3_AP1]!;
    keys[S3_AP1] = data[bp1 + B_CLS]!;
    groups[TM1_W] = inBlock(data, b0, TM1_W);
    keys[TM1_W] = t1;
    groups[TM1_A] = data[b0 + B_GROUPS + TM1_A]!;
    keys[TM1_A] = t1;
    groups[TM1_S3] = data[b0 + B_GROUPS + TM1_S3]!;
    keys[TM1_S3] = t1;
    groups[TM1_WP1] = inBlock(data, bp1, TM1_WP1);
    keys[TM1_WP1] = t1;
    groups[GM1_G0_GP1] = guide === undefined ? -1 : index[GM1_G0_GP1]!.group(labelPair(gm1, g0));
    keys[GM1_G0_GP1] = labelComponent(gp1);
    groups[W_GP1] = guide === undefined ? -1 : inBlock(data, b0, W_GP1);
    keys[W_GP1] = labelComponent(gp1);
    for (let k = 0; k < INDEXED.length; k++) {
      addFromGroup(IN_BLOCK[k] ? data : index[k]!.data, groups[k]!, keys[k]!, scores);
    }
  }

  /** Pool offset of the summed weights of {@link labelKeys}. */
  #historyList(prev1: number, prev2: number): number {
    const at = labelComponent(prev2) * (this.labels.length + 2) + labelComponent(prev1);
    let list = this.#histories[at]!;
    if (list < 0) {
      list = this.#poolSum((out) => labelKeys(prev1, prev2, out));
      this.#histories[at] = list;
    }
    return list;
  }

  /** Pool offset of the summed weights of {@link guideKeys}. */
  #guideList(g0: number, gp1: number, gp2: number): number {
    const base = this.#guideBase;
    const key = (labelComponent(g0) * base + labelComponent(gp1)) * base + labelComponent(gp2);
    const guides = this.#guides;
    let list = guides instanceof Map ? (guides.get(key) ?? -1) : guides[key]!;
    if (list < 0) {
      list = this.#poolSum((out) => guideKeys(g0, gp1, gp2, out));
      if (guides instanceof Map) guides.set(key, list);
      else guides[key] = list;
    }
    return list;
  }

  /**
   * Pool offset of the offsets of the casing lists of a short shape, one per
   * {@link SentenceCasing}: its casing features minus those of {@link COMMON_CASING}.
   */
  #casingLists(shape: number): number {
    let at = this.#casings.get(shape);
    if (at === undefined) {
      const common = this.#sum((out) => casingKeys(shape, COMMON_CASING, out)).slice();
      const lists = Object.values(SentenceCasing).map((casing) =>
        this.#poolSum((out) => casingKeys(shape, casing, out), common),
      );
      at = this.#pool.append(lists);
      this.#casings.set(shape, at);
    }
    return at;
  }

  /** Append this pass's block for a word (see the layout above) to `out`. */
  #writeBlock(info: WordInfo, out: IntPool): void {
    const L = this.labels.length;
    const start = out.used;
    out.push(info.fixed);
    out.push(info.norm);
    out.push(info.cls);
    out.push(
      (info.unknown ? FLAG_UNKNOWN : 0) | (info.capitalised ? FLAG_CAPITALISED : 0) | (info.letterCase << 2),
    );
    out.push(this.#casingLists(info.shape));
    for (let k = 0; k < INDEXED.length; k++) {
      const of = INDEXED[k]!.of;
      out.push(of === null ? -1 : this.#index[k]!.group(info[of]));
    }
    for (let slot = 0; slot <= NEIGHBOUR_OFFSETS.length; slot++) out.push(0);
    const keys = this.#keys;
    keys.length = 0;
    ownKeys(info, keys);
    casingKeys(info.shape, COMMON_CASING, keys);
    const own = this.#sumKeys();
    for (let l = 0; l < L; l++) out.push(own[l]!);
    for (let slot = 0; slot < NEIGHBOUR_OFFSETS.length; slot++) {
      out.data[start + B_NEAR + slot] = out.used - start;
      keys.length = 0;
      neighbourKeys(info, NEIGHBOUR_OFFSETS[slot]!, keys);
      const near = this.#sumKeys();
      for (let l = 0; l < L; l++) if (near[l] !== 0) out.push(packWeight(near[l]!, l));
    }
    out.data[start + B_NEAR + NEIGHBOUR_OFFSETS.length] = out.used - start;
    for (let k = 0; k < INDEXED.length; k++) {
      const at = out.data[start + B_GROUPS + k]!;
      if (!IN_BLOCK[k] || at < 0) continue;
      const group = this.#index[k]!.data;
      out.data[start + B_GROUPS + k] = out.used - start;
      out.append(group, at, at + groupLength(group, at));
    }
  }

  /** The summed weights of the features `fill` adds, one per label (in a buffer reused by the next call). */
  #sum(fill: (out: KeyBuffer) => void): Int32Array {
    this.#keys.length = 0;
    fill(this.#keys);
    return this.#sumKeys();
  }

  /** The summed weights of the features in `#keys`, one per label (in a buffer reused by the next call). */
  #sumKeys(): Int32Array {
    const keys = this.#keys;
    const sum = this.#sums.fill(0);
    for (let k = 0; k < keys.length; k++) this.weights.add(keys.k1[k]!, keys.k2[k]!, sum);
    return sum;
  }

  /**
   * Store the summed weights of the features `fill` adds (minus `less`, if
   * given) in the pool (`[n, packed …]`) and return where.
   */
  #poolSum(fill: (out: KeyBuffer) => void, less?: Int32Array): number {
    const sum = this.#sum(fill);
    if (less !== undefined) for (let l = 0; l < sum.length; l++) sum[l]! -= less[l]!;
    const pool = this.#pool;
    const at = pool.used;
    pool.push(0);
    for (let l = 0; l < sum.length; l++) if (sum[l] !== 0) pool.push(packWeight(sum[l]!, l));
    pool.data[at] = pool.used - at - 1;
    return at;
  }
}

/** Where the copy of a word's group of index `k` starts in `data` (its block starts at `block`), or -1. */
function inBlock(data: Int32Array, block: number, k: number): number {
  const at = data[block + B_GROUPS + k]!;
  return at < 0 ? -1 : block + at;
}

/** Add the list of what the word whose block starts at `block` says to neighbour slot `slot`. */
function addNear(data: Int32Array, block: number, slot: number, scores: Int32Array): void {
  const end = block + data[block + B_NEAR + slot + 1]!;
  for (let j = block + data[block + B_NEAR + slot]!; j < end; j++) {
    const e = data[j]!;
    scores[e & 255]! += e >> 8;
  }
}
