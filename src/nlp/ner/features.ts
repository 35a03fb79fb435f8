/**
 * Feature templates of the named-entity recogniser. Training and tagging
 * both call these functions, so a model always sees the features it was
 * trained on. Features are 32-bit hashes (see `hash.ts`) of a template
 * number and its values.
 *
 * Static features depend on the words alone and are computed once per
 * sentence: the word, its lower-case and digit-folded forms, shapes,
 * prefixes and suffixes, the words and shapes two to each side, case
 * patterns, sentence-initial and headline (all-capitals sentence) flags,
 * gazetteer matches around the word and document-level clues (the word also
 * written in lower case elsewhere in the document; written capitalised in
 * the middle of a sentence elsewhere; the words found beside its other
 * occurrences in the document, "context aggregation"). Dynamic features depend on earlier
 * decisions: the previous two labels and the labels the same word got
 * earlier in the document.
 */
import type { Gazetteer } from "./gazetteer.js";
import { hashEnd, hashInt, hashRange, hashStart, hashString, hashValue } from "./hash.js";
import { paddingInfo, type TokenInfo, tokenInfo, WordCase } from "./token-info.js";

/** Feature template numbers (part of every feature's hash: never renumber). */
const T = {
  bias: 1,
  form: 2,
  norm: 3,
  shape: 4,
  prefix: 5,
  suffix: 6,
  normAt: 7,
  shortAt: 8,
  bigramLeft: 9,
  bigramRight: 10,
  shortTrigram: 11,
  shortLeft: 12,
  shortRight: 13,
  caseWindow: 14,
  leftNormCase: 15,
  caseRightNorm: 16,
  initialCase: 17,
  headlineCase: 18,
  headlineNorm: 19,
  gazetteer: 20,
  gazetteerCase: 21,
  docLower: 22,
  docCapMid: 23,
  hyphenFirst: 24,
  hyphenLast: 25,
  hyphenGazetteer: 26,
  aggregateLeft: 28,
  aggregateRight: 29,
  initialNorm: 27,
  prev1: 40,
  prev2: 41,
  prev1Norm: 42,
  prev1Case: 43,
  history: 44,
  historyCase: 45,
  historyType: 46,
} as const;

/** A sentence made ready for tagging: its words analysed and its static features hashed. */
export interface PreparedSentence {
  info: TokenInfo[];
  /** Static feature hashes of every word; word i's are `features[offsets[i] .. offsets[i+1])`. */
  features: Uint32Array;
  offsets: Uint32Array;
}

/** Clues gathered from a whole document before any sentence is tagged. */
export interface DocumentClues {
  /** Lower-case forms written in lower case somewhere in the document. */
  lowerSeen: Set<string>;
  /** Lower-case forms written capitalised in the middle of a (non-headline) sentence, with counts. */
  capMid: Map<string, number>;
  /**
   * For capitalised words, the hashes of the words left and right of each of
   * their occurrences in the document (at most {@link MAX_CONTEXTS} each).
   */
  contexts: Map<string, { left: number[]; right: number[] }>;
}

/** The most distinct neighbours kept per side for a word's document contexts. */
export const MAX_CONTEXTS = 8;

const PAD_BEFORE = paddingInfo("<s>");
const PAD_AFTER = paddingInfo("</s>");
/** Case code of the padding positions (not a {@link WordCase}). */
const PAD_CASE = 6;
const GAZ_POSITIONS = ["B", "I", "L", "U"] as const;

function isCapitalised(c: WordCase): boolean {
  return c === WordCase.Title || c === WordCase.Upper || c === WordCase.Mixed;
}

const LETTER = /\p{L}/u;

/** Whether every letter of the sentence is upper case (CoNLL headlines, `RUGBY UNION - …`). */
export function isHeadline(info: readonly TokenInfo[]): boolean {
  let letters = 0;
  for (const t of info) {
    if (t.case === WordCase.Lower || t.case === WordCase.Title || t.case === WordCase.Mixed) return false;
    if (t.case === WordCase.Upper) letters++;
  }
  return letters > 0;
}

/** Gather the document-level clues of a document's sentences. */
export function documentClues(sentences: readonly (readonly TokenInfo[])[]): DocumentClues {
  const lowerSeen = new Set<string>();
  const capMid = new Map<string, number>();
  const contexts = new Map<string, { left: number[]; right: number[] }>();
  for (const info of sentences) {
    const headline = isHeadline(info);
    for (let i = 0; i < info.length; i++) {
      const t = info[i]!;
      if (t.case === WordCase.Lower && LETTER.test(t.form)) lowerSeen.add(t.lower);
      else if (!headline && i > 0 && t.case === WordCase.Title)
        capMid.set(t.lower, (capMid.get(t.lower) ?? 0) + 1);
      if (!isCapitalised(t.case)) continue;
      let c = contexts.get(t.lower);
      if (c === undefined) {
        c = { left: [], right: [] };
        contexts.set(t.lower, c);
      }
      const left = (info[i - 1] ?? PAD_BEFORE).hNorm;
      const right = (info[i + 1] ?? PAD_AFTER).hNorm;
      if (c.left.length < MAX_CONTEXTS && !c.left.includes(left)) c.left.push(left);
      if (c.right.length < MAX_CONTEXTS && !c.right.includes(right)) c.right.push(right);
    }
  }
  return { lowerSeen, capMid, contexts };
}

/** Template seeds, hashed once. */
const S = {
  bias: hashEnd(hashStart(T.bias)),
  form: hashStart(T.form),
  norm: hashStart(T.norm),
  shape: hashStart(T.shape),
  prefix: [1, 2, 3, 4].map((k) => hashInt(hashStart(T.prefix), k)),
  suffix: [1, 2, 3, 4].map((k) => hashInt(hashStart(T.suffix), k)),
  normAt: [0, 1, 2, 3, 4].map((d) => hashInt(hashStart(T.normAt), d)),
  shortAt: [0, 1, 2, 3, 4].map((d) => hashInt(hashStart(T.shortAt), d)),
  bigramLeft: hashStart(T.bigramLeft),
  bigramRight: hashStart(T.bigramRight),
  shortLeft: hashStart(T.shortLeft),
  shortRight: hashStart(T.shortRight),
  shortTrigram: hashStart(T.shortTrigram),
  caseWindow: hashStart(T.caseWindow),
  leftNormCase: hashStart(T.leftNormCase),
  caseRightNorm: hashStart(T.caseRightNorm),
  initialCase: hashStart(T.initialCase),
  initialNorm: hashStart(T.initialNorm),
  headlineCase: hashStart(T.headlineCase),
  headlineNorm: hashStart(T.headlineNorm),
  gazetteer: [0, 1, 2].map((d) => hashInt(hashStart(T.gazetteer), d)),
  gazetteerCase: hashStart(T.gazetteerCase),
  docLower: hashStart(T.docLower),
  docCapMid: hashStart(T.docCapMid),
  hyphenFirst: hashStart(T.hyphenFirst),
  hyphenLast: hashStart(T.hyphenLast),
  hyphenGazetteer: hashStart(T.hyphenGazetteer),
  aggregateLeft: hashStart(T.aggregateLeft),
  aggregateRight: hashStart(T.aggregateRight),
};

const clueHashes = new Map<string, number>();

/** The running hash of a gazetteer clue (`class:position`), cached. */
function clueHash(cls: string, pos: number): number {
  const key = `${cls}:${GAZ_POSITIONS[pos]}`;
  let h = clueHashes.get(key);
  if (h === undefined) {
    h = hashString(hashStart(1005), key);
    clueHashes.set(key, h);
  }
  return h;
}

/** Per-word gazetteer clues (hashes of `class:position`, B/I/L/U within the matched name). */
function gazetteerClues(info: readonly TokenInfo[], gazetteer: Gazetteer | null): number[][] | null {
  if (gazetteer === null) return null;
  let clues: number[][] | null = null;
  const classes = gazetteer.classes;
  for (const m of gazetteer.matches(info.map((t) => t.lower))) {
    let capitalised = false;
    for (let i = m.start; i < m.end; i++) if (isCapitalised(info[i]!.case)) capitalised = true;
    if (!capitalised) continue;
    clues ??= info.map(() => []);
    const cls = classes[m.cls]!;
    for (let i = m.start; i < m.end; i++) {
      const pos = m.end - m.start === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1;
      const h = clueHash(cls, pos);
      const list = clues[i]!;
      if (!list.includes(h)) list.push(h);
    }
  }
  return clues;
}

/** Upper bound of the static features of one word, gazetteer clues aside. */
const MAX_STATIC = 48 + 2 * MAX_CONTEXTS;

/**
 * Hash the static features of a sentence's words.
 *
 * @param info - the sentence's analysed words.
 * @param clues - the document's clues ({@link documentClues}).
 */
export function prepareSentence(
  info: readonly TokenInfo[],
  clues: DocumentClues,
  gazetteer: Gazetteer | null,
): PreparedSentence {
  const n = info.length;
  const headline = isHeadline(info);
  const gaz = gazetteerClues(info, gazetteer);
  let out = new Uint32Array(n * MAX_STATIC + 16);
  let at = 0;
  const offsets = new Uint32Array(n + 1);
  const word = (j: number) => (j < 0 ? PAD_BEFORE : j >= n ? PAD_AFTER : info[j]!);
  const caseAt = (j: number) => (j < 0 || j >= n ? PAD_CASE : info[j]!.case);
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    let extra = 8;
    if (gaz !== null) for (let j = i - 1; j <= i + 1; j++) extra += 2 * (gaz[j]?.length ?? 0);
    if (at + MAX_STATIC + extra > out.length) {
      const bigger = new Uint32Array((out.length + MAX_STATIC + extra) * 2);
      bigger.set(out);
      out = bigger;
    }
    const t = info[i]!;
    const c = t.case;
    const l1 = word(i - 1);
    const r1 = word(i + 1);
    out[at++] = S.bias;
    out[at++] = hashEnd(hashValue(S.form, t.hForm));
    out[at++] = hashEnd(hashValue(S.norm, t.hNorm));
    out[at++] = hashEnd(hashValue(S.shape, t.hShape));
    const lower = t.lower;
    const len = lower.length;
    let hp = 0x811c9dc5;
    let hs = 0x811c9dc5;
    for (let k = 1; k <= 4 && k < len; k++) {
      hp = Math.imul(hp ^ lower.charCodeAt(k - 1), 0x01000193);
      hs = Math.imul(hs ^ lower.charCodeAt(len - k), 0x01000193);
      out[at++] = hashEnd(hashValue(S.prefix[k - 1]!, hp));
      out[at++] = hashEnd(hashValue(S.suffix[k - 1]!, hs));
    }
    for (let d = -2; d <= 2; d++) {
      if (d === 0) continue;
      const w = word(i + d);
      out[at++] = hashEnd(hashValue(S.normAt[d + 2]!, w.hNorm));
      out[at++] = hashEnd(hashValue(S.shortAt[d + 2]!, w.hShort));
    }
    out[at++] = hashEnd(hashValue(hashValue(S.bigramLeft, l1.hNorm), t.hNorm));
    out[at++] = hashEnd(hashValue(hashValue(S.bigramRight, t.hNorm), r1.hNorm));
    out[at++] = hashEnd(hashValue(hashValue(S.shortLeft, l1.hShort), t.hShort));
    out[at++] = hashEnd(hashValue(hashValue(S.shortRight, t.hShort), r1.hShort));
    out[at++] = hashEnd(hashValue(hashValue(hashValue(S.shortTrigram, l1.hShort), t.hShort), r1.hShort));
    out[at++] = hashEnd(hashInt(hashInt(hashInt(S.caseWindow, caseAt(i - 1)), c), caseAt(i + 1)));
    out[at++] = hashEnd(hashInt(hashValue(S.leftNormCase, l1.hNorm), c));
    out[at++] = hashEnd(hashValue(hashInt(S.caseRightNorm, c), r1.hNorm));
    if (i === 0) {
      out[at++] = hashEnd(hashInt(S.initialCase, c));
      out[at++] = hashEnd(hashValue(S.initialNorm, t.hNorm));
    }
    if (headline) {
      out[at++] = hashEnd(hashInt(S.headlineCase, c));
      out[at++] = hashEnd(hashValue(S.headlineNorm, t.hNorm));
    }
    if (gaz !== null) {
      for (let d = -1; d <= 1; d++) {
        const list = gaz[i + d];
        if (list === undefined) continue;
        for (const h of list) {
          out[at++] = hashEnd(hashValue(S.gazetteer[d + 1]!, h));
          if (d === 0) out[at++] = hashEnd(hashInt(hashValue(S.gazetteerCase, h), c));
        }
      }
    }
    if (isCapitalised(c)) {
      const initialOrHeadline = i === 0 || headline ? 1 : 0;
      if (clues.lowerSeen.has(lower)) out[at++] = hashEnd(hashInt(hashInt(S.docLower, c), initialOrHeadline));
      const mid = clues.capMid.get(lower) ?? 0;
      const others = mid - (initialOrHeadline === 0 && c === WordCase.Title ? 1 : 0);
      if (others > 0) out[at++] = hashEnd(hashInt(hashInt(S.docCapMid, c), initialOrHeadline));
      const context = clues.contexts.get(lower);
      if (context !== undefined) {
        for (const h of context.left) out[at++] = hashEnd(hashValue(S.aggregateLeft, h));
        for (const h of context.right) out[at++] = hashEnd(hashValue(S.aggregateRight, h));
      }
    }
    const hyphen = lower.indexOf("-");
    if (hyphen > 0 && hyphen < len - 1) {
      const last = lower.lastIndexOf("-");
      out[at++] = hashEnd(hashRange(S.hyphenFirst, t.norm, 0, hyphen));
      out[at++] = hashEnd(hashRange(S.hyphenLast, t.norm, last + 1, len));
      if (gazetteer !== null) {
        for (const part of [lower.slice(0, hyphen), lower.slice(last + 1)]) {
          for (const m of gazetteer.matches([part])) {
            if (at >= out.length) break;
            out[at++] = hashEnd(hashString(S.hyphenGazetteer, gazetteer.classes[m.cls]!));
          }
        }
      }
    }
  }
  offsets[n] = at;
  return { info: [...info], features: out.subarray(0, at), offsets };
}

/** Analyse and prepare every sentence of a document (a list of sentences of words). */
export function prepareDocument(
  sentences: readonly (readonly string[])[],
  gazetteer: Gazetteer | null,
): PreparedSentence[] {
  const infos = sentences.map((words) => words.map(tokenInfo));
  const clues = documentClues(infos);
  return infos.map((info) => prepareSentence(info, clues, gazetteer));
}

const D = {
  prev1: hashStart(T.prev1),
  prev2: hashStart(T.prev2),
  prev1Norm: hashStart(T.prev1Norm),
  prev1Case: hashStart(T.prev1Case),
  history: hashStart(T.history),
  historyCase: hashStart(T.historyCase),
  historyType: hashStart(T.historyType),
};

/** The labels the same word got earlier in a document, by lower-case form. */
export type LabelHistory = Map<string, Uint16Array>;

/**
 * Append the dynamic features of word `i` to `out` (from index `at`) and
 * return the new length.
 *
 * @param prev1 - label index of the previous word, -1 at the sentence start.
 * @param prev2 - label index two words back, -1 before the start.
 * @param history - labels earlier words of the document got ({@link recordHistory}).
 * @param labelType - the entity type index of each label (-1 for `O`).
 */
export function dynamicFeatures(
  sentence: PreparedSentence,
  i: number,
  prev1: number,
  prev2: number,
  history: LabelHistory,
  labelType: readonly number[],
  out: Uint32Array,
  at: number,
): number {
  const t = sentence.info[i]!;
  out[at++] = hashEnd(hashInt(D.prev1, prev1 + 1));
  out[at++] = hashEnd(hashInt(hashInt(D.prev2, prev2 + 1), prev1 + 1));
  out[at++] = hashEnd(hashValue(hashInt(D.prev1Norm, prev1 + 1), t.hNorm));
  out[at++] = hashEnd(hashInt(hashInt(D.prev1Case, prev1 + 1), t.case));
  if (isCapitalised(t.case)) {
    const counts = history.get(t.lower);
    if (counts !== undefined) {
      let best = -1;
      let bestCount = 0;
      const typeCounts = [0, 0, 0, 0, 0];
      for (let l = 0; l < counts.length; l++) {
        const k = counts[l]!;
        if (k > bestCount) {
          best = l;
          bestCount = k;
        }
        typeCounts[labelType[l]! + 1]! += k;
      }
      out[at++] = hashEnd(hashInt(D.history, best));
      out[at++] = hashEnd(hashInt(hashInt(D.historyCase, best), t.case));
      let bestType = 0;
      for (let k = 1; k < typeCounts.length; k++) if (typeCounts[k]! > typeCounts[bestType]!) bestType = k;
      out[at++] = hashEnd(hashInt(D.historyType, bestType));
    }
  }
  return at;
}

/** The most dynamic features {@link dynamicFeatures} appends for one word. */
export const MAX_DYNAMIC_FEATURES = 7;

/** Record that word `i` of a sentence got label `label` (capitalised words only). */
export function recordHistory(
  history: LabelHistory,
  info: TokenInfo,
  label: number,
  numLabels: number,
): void {
  if (!isCapitalised(info.case)) return;
  let counts = history.get(info.lower);
  if (counts === undefined) {
    counts = new Uint16Array(numLabels);
    history.set(info.lower, counts);
  }
  if (counts[label]! < 65535) counts[label]!++;
}
