/**
 * What the training data says about each word: its ambiguity class (the set
 * of labels it was seen with, used as a feature) and, for frequent words that
 * always carry one label, that label (a tag dictionary that skips scoring).
 */

/** Thresholds that decide which words get a class or a fixed label. */
export interface LexiconOptions {
  /** A word needs this many occurrences to get an ambiguity class. */
  minClassCount: number;
  /** A label joins a word's class when it covers at least this share of the word's occurrences. */
  minClassShare: number;
  /** A word needs this many occurrences to get a fixed label. */
  minFixedCount: number;
  /** …and its most frequent label must cover at least this share of them. */
  minFixedShare: number;
}

/** Defaults tuned on the EWT development set. */
export const DEFAULT_LEXICON_OPTIONS: Readonly<LexiconOptions> = {
  minClassCount: 2,
  minClassShare: 0.05,
  minFixedCount: 20,
  minFixedShare: 0.997,
};

/** Label counts per normalised word, accumulated from labelled sentences. */
export class LabelCounts {
  readonly counts = new Map<string, Map<number, number>>();

  /** Count `count` (default one) occurrences of `word` with `label`. */
  add(word: string, label: number, count = 1): void {
    let m = this.counts.get(word);
    if (m === undefined) {
      m = new Map();
      this.counts.set(word, m);
    }
    m.set(label, (m.get(label) ?? 0) + count);
  }

  /** Add all counts of `other`. */
  merge(other: LabelCounts): void {
    for (const [word, byLabel] of other.counts) for (const [label, c] of byLabel) this.add(word, label, c);
  }
}

/** The ambiguity classes and fixed labels of known words. */
export class TagLexicon {
  /** Ambiguity class per word (sorted label indices joined by `,`). */
  readonly classes: ReadonlyMap<string, string>;
  /** The one label of frequent unambiguous words. */
  readonly fixed: ReadonlyMap<string, number>;

  constructor(classes: ReadonlyMap<string, string>, fixed: ReadonlyMap<string, number>) {
    this.classes = classes;
    this.fixed = fixed;
  }

  /** Build a lexicon from counts, keeping what the thresholds allow. */
  static fromCounts(counts: LabelCounts, options: LexiconOptions = DEFAULT_LEXICON_OPTIONS): TagLexicon {
    const classes = new Map<string, string>();
    const fixed = new Map<string, number>();
    for (const [word, byLabel] of counts.counts) {
      let total = 0;
      let best = -1;
      let bestCount = 0;
      for (const [label, c] of byLabel) {
        total += c;
        if (c > bestCount || (c === bestCount && label < best)) {
          best = label;
          bestCount = c;
        }
      }
      if (total >= options.minClassCount) {
        const members = [...byLabel]
          .filter(([, c]) => c >= options.minClassShare * total)
          .map(([label]) => label)
          .sort((a, b) => a - b);
        classes.set(word, members.join(","));
      }
      if (total >= options.minFixedCount && bestCount >= options.minFixedShare * total) fixed.set(word, best);
    }
    return new TagLexicon(classes, fixed);
  }

  /** The ambiguity class of a normalised word, `?` when the lexicon does not know it. */
  ambiguityClass(word: string): string {
    return this.classes.get(word) ?? "?";
  }

  /** The fixed label of a normalised word, or -1. */
  fixedLabel(word: string): number {
    return this.fixed.get(word) ?? -1;
  }
}
