/**
 * What the part-of-speech tagger knows about words and sentences, as
 * integer feature keys (`templates.ts`) over the atoms of `words.ts`.
 * Training and tagging both call these functions, so a model always sees
 * the features it was trained on.
 *
 * {@link staticKeys} and {@link dynamicKeys} list every feature of a word.
 * They are unions of groups, each reading one thing, so that tagging can
 * sum the weights of a group once per distinct word form or label
 * combination and reuse the sum:
 * - per word form: {@link ownKeys} (the word itself: identity, affixes,
 *   shapes, flags, class), {@link neighbourKeys} (what it says 1 or 2
 *   positions away), {@link casingKeys} and {@link capitalKeys} (per
 *   sentence casing / position), and, per label, {@link wordLabelKeys},
 *   {@link nextWordLabelKeys} and {@link wordGuideKeys};
 * - per label combination: {@link guideKeys} and {@link guideTrigramKeys}
 *   (the guide pass's labels around the word), {@link labelKeys} (the two
 *   previous labels);
 * - per word: {@link contextKeys} (word pairs, position), looked up each time.
 */
import { key1, labelComponent, labelPair, T } from "./templates.js";
import { LetterCase, type WordInfo } from "./words.js";

/** Largest number of feature keys one word may have. */
export const MAX_KEYS = 256;

/** A reusable list of feature keys. Keys with a missing (-1) component are not added. */
export class KeyBuffer {
  readonly k1 = new Int32Array(MAX_KEYS);
  readonly k2 = new Int32Array(MAX_KEYS);
  length = 0;

  /** Add the key of template `t` with components `a` and `b` (0 when the template has none). */
  push(t: number, a: number, b: number): void {
    if (a < 0 || b < 0 || this.length >= MAX_KEYS) return;
    this.k1[this.length] = key1(t, a);
    this.k2[this.length] = b;
    this.length++;
  }
}

/**
 * Add the position-free features of a word: bias, normalised word, the form
 * when it has capitals, prefixes 1–4 and suffixes 1–5, long and short
 * shapes, orthographic flags, the tail of a hyphenated word, the ambiguity
 * class alone and with the shape.
 */
export function ownKeys(info: WordInfo, out: KeyBuffer): void {
  const form = info.atoms;
  const facts = form.facts;
  out.push(T.bias, 0, 0);
  out.push(T.word, info.norm, 0);
  if (facts.form !== facts.lower) out.push(T.form, form.form, 0);
  for (let n = 0; n < form.prefixes.length; n++) out.push(T.prefix1 + n, form.prefixes[n]!, 0);
  for (let n = 0; n < form.suffixes.length; n++) out.push(T.suffix1 + n, form.suffixes[n]!, 0);
  out.push(T.shape, form.shape, 0);
  out.push(T.shortShape, info.shape, 0);
  for (const flag of facts.flags) out.push(T.flag, flag, 0);
  if (facts.hyphenTail !== null) {
    out.push(T.hyphenTail, form.hyphenTail, 0);
    out.push(T.hyphenTailClass, info.tailClass, 0);
  }
  out.push(T.cls, info.cls, 0);
  out.push(T.shapeClass, info.shape, info.cls);
}

/** Add the features a word contributes to the word `offset` positions away from it (±1, ±2). */
export function neighbourKeys(info: WordInfo, offset: number, out: KeyBuffer): void {
  switch (offset) {
    case -2:
      out.push(T.wordM2, info.norm, 0);
      break;
    case -1:
      out.push(T.wordM1, info.norm, 0);
      out.push(T.suffix3M1, info.suffix3, 0);
      out.push(T.shapeM1, info.shape, 0);
      out.push(T.clsM1, info.cls, 0);
      break;
    case 1:
      out.push(T.wordP1, info.norm, 0);
      out.push(T.suffix3P1, info.suffix3, 0);
      out.push(T.suffix2P1, info.suffix2, 0);
      out.push(T.shapeP1, info.shape, 0);
      out.push(T.clsP1, info.cls, 0);
      break;
    case 2:
      out.push(T.wordP2, info.norm, 0);
      out.push(T.clsP2, info.cls, 0);
      break;
    default:
      throw new RangeError(`neighbourKeys: offset ${offset}`);
  }
}

/** The offsets {@link neighbourKeys} accepts, in the order tagging adds them. */
export const NEIGHBOUR_OFFSETS: readonly number[] = [-2, -1, 1, 2];

/** How a sentence uses capitals (ignoring its first word): few words, none, mostly all-caps, mostly capitalised, mixed. */
export const SentenceCasing = { short: 0, lower: 1, caps: 2, title: 3, mixed: 4 } as const;

/**
 * A sentence as the feature functions read it, in the order the tagger
 * reads it (reversed for a right-to-left pass). Reused from sentence to
 * sentence with {@link SentenceContext.reset}.
 */
export class SentenceContext {
  /** The words, in reading order (only the first `length` are read). */
  words: readonly WordInfo[] = [];
  length = 0;
  /** Index of the sentence's first word (the last index when reading right to left). */
  initial = 0;
  /** A {@link SentenceCasing}. */
  casing: number = SentenceCasing.short;
  /** Labels of a previous pass, in reading order, when the model is stacked on one. */
  guide: Int32Array | undefined = undefined;
  readonly start: WordInfo;
  readonly end: WordInfo;

  /** @param start, end - the padding words (see {@link padWord}). */
  constructor(start: WordInfo, end: WordInfo) {
    this.start = start;
    this.end = end;
  }

  /**
   * Read a new sentence.
   *
   * @param reversed - whether `words` is the sentence read right to left.
   */
  reset(words: readonly WordInfo[], length: number, reversed: boolean, guide: Int32Array | undefined): this {
    this.words = words;
    this.length = length;
    this.initial = reversed ? length - 1 : 0;
    this.guide = guide;
    this.casing = sentenceCasingOf(length, this.initial, (i) => words[i]!.letterCase);
    return this;
  }

  /** The word at `i`, or a padding word outside the sentence. */
  word(i: number): WordInfo {
    if (i < 0) return this.start;
    if (i >= this.length) return this.end;
    return this.words[i]!;
  }

  /** The guide label at `i` (-1 before the start, -2 after the end). */
  guideLabel(i: number): number {
    if (i < 0) return -1;
    if (i >= this.length) return -2;
    return this.guide![i]!;
  }
}

/**
 * How a sentence uses capitals (a {@link SentenceCasing}), from the
 * {@link LetterCase} of each of its `length` words, ignoring its first word
 * (`initial`).
 */
export function sentenceCasingOf(length: number, initial: number, letterCase: (i: number) => number): number {
  let letters = 0;
  let capital = 0;
  let caps = 0;
  for (let i = 0; i < length; i++) {
    const c = letterCase(i);
    if (i === initial || c === LetterCase.other) continue;
    letters++;
    if (c >= LetterCase.capital) capital++;
    if (c === LetterCase.allCaps) caps++;
  }
  if (letters < 3) return SentenceCasing.short;
  if (capital === 0) return SentenceCasing.lower;
  if (caps >= 0.6 * letters) return SentenceCasing.caps;
  if (capital >= 0.6 * letters) return SentenceCasing.title;
  return SentenceCasing.mixed;
}

/** Add the feature of the sentence casing (a {@link SentenceCasing}) with a word's short shape (an atom). */
export function casingKeys(shape: number, casing: number, out: KeyBuffer): void {
  out.push(T.casingShape, casing, shape);
}

/** Add the feature of a capitalised word, at the start of the sentence (`initial`) or inside it. */
export function capitalKeys(capitalised: boolean, initial: boolean, out: KeyBuffer): void {
  if (capitalised) out.push(T.capital, initial ? 1 : 0, 0);
}

/**
 * Add the features of the word's first and last position, word bigrams
 * around it, and class pairs.
 */
export function contextKeys(s: SentenceContext, i: number, out: KeyBuffer): void {
  const w0 = s.word(i);
  const wm1 = s.word(i - 1);
  const wp1 = s.word(i + 1);
  const wp2 = s.word(i + 2);
  if (i === 0) out.push(T.first, 0, 0);
  if (i === s.length - 1) out.push(T.last, 0, 0);
  out.push(T.wordM1Word, wm1.norm, w0.norm);
  out.push(T.wordWordP1, w0.norm, wp1.norm);
  out.push(T.wordP1WordP2, wp1.norm, wp2.norm);
  out.push(T.wordM1WordP1, wm1.norm, wp1.norm);
  out.push(T.clsClsP1, w0.cls, wp1.cls);
  if (w0.unknown) out.push(T.suffix3ClsP1, w0.suffix3, wp1.cls);
}

/**
 * Add the features of the guide pass's labels for the word and the next
 * two, alone and in pairs (-1 before the sentence, -2 after it).
 */
export function guideKeys(g0: number, gp1: number, gp2: number, out: KeyBuffer): void {
  const a0 = labelComponent(g0);
  const a1 = labelComponent(gp1);
  const a2 = labelComponent(gp2);
  out.push(T.guide0, a0, 0);
  out.push(T.guideP1, a1, 0);
  out.push(T.guideP2, a2, 0);
  out.push(T.guide0GuideP1, a0, a1);
  out.push(T.guideP1GuideP2, a1, a2);
}

/** Add the feature of the guide pass's labels for the previous word, the word and the next. */
export function guideTrigramKeys(gm1: number, g0: number, gp1: number, out: KeyBuffer): void {
  out.push(T.guideM1Guide0GuideP1, labelPair(gm1, g0), labelComponent(gp1));
}

/** Add the feature of the word with the guide's label for the next word. */
export function wordGuideKeys(word: WordInfo, gp1: number, out: KeyBuffer): void {
  out.push(T.wordGuideP1, word.norm, labelComponent(gp1));
}

/** Add the features of the labels chosen for the two previous words alone (-1 before the sentence). */
export function labelKeys(prev1: number, prev2: number, out: KeyBuffer): void {
  const t1 = labelComponent(prev1);
  const t2 = labelComponent(prev2);
  out.push(T.labelM1, t1, 0);
  out.push(T.labelM2, t2, 0);
  out.push(T.labelM2LabelM1, t2, t1);
}

/** Add the features of the word with the label chosen for the previous word: word, class, suffix. */
export function wordLabelKeys(word: WordInfo, prev1: number, out: KeyBuffer): void {
  const t1 = labelComponent(prev1);
  out.push(T.labelM1Word, t1, word.norm);
  out.push(T.labelM1Cls, t1, word.cls);
  out.push(T.labelM1Suffix3, t1, word.suffix3);
}

/** Add the feature of the next word (`next`) with the label chosen for the previous word. */
export function nextWordLabelKeys(next: WordInfo, prev1: number, out: KeyBuffer): void {
  out.push(T.labelM1WordP1, labelComponent(prev1), next.norm);
}

/**
 * Set `out` to the keys of every feature of word `i` that does not read
 * the labels chosen for earlier words.
 */
export function staticKeys(s: SentenceContext, i: number, out: KeyBuffer): void {
  out.length = 0;
  const w0 = s.word(i);
  ownKeys(w0, out);
  for (const offset of NEIGHBOUR_OFFSETS) neighbourKeys(s.word(i + offset), offset, out);
  casingKeys(w0.shape, s.casing, out);
  capitalKeys(w0.capitalised, i === s.initial, out);
  contextKeys(s, i, out);
  if (s.guide === undefined) return;
  guideKeys(s.guideLabel(i), s.guideLabel(i + 1), s.guideLabel(i + 2), out);
  guideTrigramKeys(s.guideLabel(i - 1), s.guideLabel(i), s.guideLabel(i + 1), out);
  wordGuideKeys(w0, s.guideLabel(i + 1), out);
}

/**
 * Set `out` to the keys of the features of word `i` that read the labels
 * chosen for the two previous words (-1 before the sentence).
 */
export function dynamicKeys(
  s: SentenceContext,
  i: number,
  prev1: number,
  prev2: number,
  out: KeyBuffer,
): void {
  out.length = 0;
  labelKeys(prev1, prev2, out);
  wordLabelKeys(s.word(i), prev1, out);
  nextWordLabelKeys(s.word(i + 1), prev1, out);
}
