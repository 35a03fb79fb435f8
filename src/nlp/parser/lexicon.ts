/**
 * The parser's vocabularies: words, Penn Treebank tags (XPOS) and Universal
 * POS tags, each mapped to a small integer "atom" that the feature templates
 * combine. Atom 0 is an unknown value, 1 the root token and 2 "no token".
 */

/** Atom of an unknown word or tag. */
export const UNKNOWN_ATOM = 0;
/** Atom of the artificial root token. */
export const ROOT_ATOM = 1;
/** Atom of an empty position (no such token). */
export const NONE_ATOM = 2;
/** First atom of a known value. */
export const FIRST_ATOM = 3;

const DIGIT = /[0-9]/;
const DIGITS = /[0-9]/g;

/**
 * The form of a word the parser looks up: lower case, digits replaced by `0`.
 *
 * @example
 * normalizeForm("March") // "march"
 * normalizeForm("22")    // "00"
 */
export function normalizeForm(form: string): string {
  const lower = form.toLowerCase();
  return DIGIT.test(lower) ? lower.replace(DIGITS, "0") : lower;
}

/** A string → atom table. */
export class AtomTable {
  /** The known values; value `i` has atom `FIRST_ATOM + i`. */
  readonly values: readonly string[];
  readonly #ids: Map<string, number>;

  constructor(values: readonly string[]) {
    this.values = values;
    this.#ids = new Map(values.map((v, i) => [v, FIRST_ATOM + i]));
  }

  /** The atom of a value, {@link UNKNOWN_ATOM} when unknown. */
  atom(value: string): number {
    return this.#ids.get(value) ?? UNKNOWN_ATOM;
  }

  /** Number of known values. */
  get size(): number {
    return this.values.length;
  }
}

/** Words and tags of one training sentence, as the lexicon counts them. */
export interface LexiconSource {
  forms: readonly string[];
  upos: readonly (string | undefined)[];
  xpos: readonly (string | undefined)[];
}

/** The vocabularies of a parser model. */
export class ParserLexicon {
  /** Normalised word forms (see {@link normalizeForm}). */
  readonly words: AtomTable;
  readonly xpos: AtomTable;
  readonly upos: AtomTable;

  constructor(words: readonly string[], xpos: readonly string[], upos: readonly string[]) {
    this.words = new AtomTable(words);
    this.xpos = new AtomTable(xpos);
    this.upos = new AtomTable(upos);
  }

  /**
   * Build the vocabularies of training data: words seen at least
   * `minWordCount` times (rarer words share the unknown atom, so the model
   * learns how to treat unseen words), and every tag seen. Tables are sorted
   * so that the same data always gives the same atoms.
   */
  static fromSentences(sentences: Iterable<LexiconSource>, minWordCount = 2): ParserLexicon {
    const counts = new Map<string, number>();
    const xpos = new Set<string>();
    const upos = new Set<string>();
    for (const s of sentences) {
      for (const f of s.forms) {
        const w = normalizeForm(f);
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
      for (const t of s.xpos) if (t !== undefined) xpos.add(t);
      for (const t of s.upos) if (t !== undefined) upos.add(t);
    }
    const words = [...counts].filter(([, c]) => c >= minWordCount).map(([w]) => w);
    return new ParserLexicon(words.sort(byCode), [...xpos].sort(byCode), [...upos].sort(byCode));
  }
}

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
