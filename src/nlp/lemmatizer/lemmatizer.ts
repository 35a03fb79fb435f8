/**
 * Lemmatizer: an exception lexicon learned from a treebank (form + tag →
 * lemma, kept only where the rules would go wrong), then inflection rules
 * checked against the treebank's lemma vocabulary, then suffix rewrite rules
 * learned from the treebank, then the classic guesses.
 */
import type { ConlluSentence } from "../conllu.js";
import type { ModelFile, ModelMetadata } from "../model-io.js";
import { ModelCache, modelPath, numericSection, stringSection } from "../model-io.js";
import { BoundedCache } from "../tagger/bounded-cache.js";
import { guessLemma, inflectionOf, lemmaCandidates } from "./rules.js";

/** The `kind` of lemmatizer model files. */
export const LEMMA_MODEL_KIND = "lemma";

/** Longest word ending a learned suffix rule may look at. */
const MAX_SUFFIX = 6;

/** Word forms whose lemmas are remembered, per cache generation. */
const LEMMA_CACHE_LIMIT = 16384;

/** Tag pairs remembered per form. */
const MAX_TAGS_PER_FORM = 4;

/** Settings for learning a lemmatizer, each with a default in {@link DEFAULT_LEMMATIZER_TRAINING}. */
export interface LemmatizerTrainingOptions {
  /** Word types that must share a suffix rule before it is used. */
  minRuleSupport: number;
}

/** Defaults tuned on the EWT development set. */
export const DEFAULT_LEMMATIZER_TRAINING: Readonly<LemmatizerTrainingOptions> = { minRuleSupport: 3 };

const exceptionKey = (form: string, xpos: string): string => `${form}\t${xpos}`;
const vocabularyKey = (upos: string, lemma: string): string => `${upos}\t${lemma}`;
const ruleKey = (xpos: string, ending: string): string => `${xpos}\t${ending}`;

/** Remove `strip` characters from the end and add `append`: the rewrite that turns a form into its lemma. */
interface SuffixRewrite {
  strip: number;
  append: string;
}

function rewriteBetween(form: string, lemma: string): SuffixRewrite {
  let common = 0;
  while (common < form.length && common < lemma.length && form[common] === lemma[common]) common++;
  return { strip: form.length - common, append: lemma.slice(common) };
}

/** Whether a stem could be an English word (irregular forms like "fled" would otherwise lose too much). */
const plausibleStem = (stem: string): boolean => stem.length >= 2 && /[aeiouy]/.test(stem);

const encodeRewrite = (r: SuffixRewrite): string => `${r.strip}:${r.append}`;

function decodeRewrite(text: string): SuffixRewrite {
  const colon = text.indexOf(":");
  return { strip: Number(text.slice(0, colon)), append: text.slice(colon + 1) };
}

/** Most frequent key of a count map; ties go to the first in sort order, so results are reproducible. */
function majority(counts: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [key, c] of counts) {
    if (c > bestCount || (c === bestCount && key < best)) {
      best = key;
      bestCount = c;
    }
  }
  return best;
}

function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The lexicon and rules a {@link Lemmatizer} uses. */
export interface LemmatizerTables {
  /** Lemma of a word form with a Penn Treebank tag, where the rules get it wrong. */
  exceptions: ReadonlyMap<string, string>;
  /** How often each lower-case lemma occurs per UPOS (`UPOS\tlemma`). */
  vocabulary: ReadonlyMap<string, number>;
  /** Best rewrite per tag and word ending (`XPOS\tending` → `strip:append`). */
  suffixRules: ReadonlyMap<string, string>;
}

/**
 * Turns a word with its tags into its lemma.
 *
 * @example
 * const lemmatizer = loadLemmatizer();
 * lemmatizer.lemmatize("arrived", "VERB", "VBD") // "arrive"
 */
export class Lemmatizer {
  readonly tables: LemmatizerTables;
  /** Lemmas already found, per form: `[upos, xpos, lemma, …]` (a form rarely has more than two tag pairs). */
  readonly #memo = new BoundedCache<string, string[]>(LEMMA_CACHE_LIMIT);

  constructor(tables: LemmatizerTables) {
    this.tables = tables;
  }

  /** The lemma of `form` tagged `upos` / `xpos`. */
  lemmatize(form: string, upos: string, xpos: string): string {
    let seen = this.#memo.get(form);
    if (seen !== undefined) {
      for (let j = 0; j < seen.length; j += 3)
        if (seen[j + 1] === xpos && seen[j] === upos) return seen[j + 2]!;
    } else {
      seen = [];
      this.#memo.set(form, seen);
    }
    const lemma = this.tables.exceptions.get(exceptionKey(form, xpos)) ?? this.ruleLemma(form, upos, xpos);
    if (seen.length < 3 * MAX_TAGS_PER_FORM) seen.push(upos, xpos, lemma);
    return lemma;
  }

  /** The lemma the rules give, without the exception lexicon. */
  ruleLemma(form: string, upos: string, xpos: string): string {
    if (upos === "NUM" && /\d,\d/.test(form)) return form.replace(/(\d),(?=\d)/g, "$1");
    if (upos === "PUNCT" || upos === "SYM") return form;
    const proper = upos === "PROPN" || xpos === "NNP" || xpos === "NNPS";
    // The treebank writes long all-capital names in title case (TEHRAN → Tehran) but keeps acronyms.
    const name = proper && /^[A-Z]{5,}$/.test(form) ? form[0] + form.slice(1).toLowerCase() : form;
    if (proper && xpos !== "NNPS") return name;
    const lower = form.toLowerCase();
    if (inflectionOf(xpos) === "none") return lower;
    const lemma = this.#inflectedLemma(lower, upos, xpos);
    if (!proper) return lemma;
    const { strip, append } = rewriteBetween(lower, lemma);
    return name.slice(0, name.length - strip) + append;
  }

  #inflectedLemma(w: string, upos: string, xpos: string): string {
    const { vocabulary, suffixRules } = this.tables;
    let best = "";
    let bestCount = 0;
    for (const c of lemmaCandidates(w, xpos)) {
      const n = vocabulary.get(vocabularyKey(upos, c)) ?? 0;
      if (n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    if (bestCount > 0) return best;
    for (let n = Math.min(MAX_SUFFIX, w.length - 1); n >= 1; n--) {
      const rule = suffixRules.get(ruleKey(xpos, w.slice(-n)));
      if (rule === undefined) continue;
      const { strip, append } = decodeRewrite(rule);
      const lemma = w.slice(0, w.length - strip) + append;
      return plausibleStem(lemma) ? lemma : w;
    }
    const guess = guessLemma(w, xpos);
    return plausibleStem(guess) ? guess : w;
  }

  /**
   * Learn a lemmatizer from treebank sentences: the lemma vocabulary, the
   * suffix rules of inflected words, and the exceptions the rules miss.
   */
  static train(
    sentences: readonly ConlluSentence[],
    options: LemmatizerTrainingOptions = DEFAULT_LEMMATIZER_TRAINING,
  ): Lemmatizer {
    const lemmasOf = new Map<string, Map<string, number>>();
    const uposOf = new Map<string, Map<string, number>>();
    const vocabulary = new Map<string, number>();
    for (const s of sentences) {
      for (const w of s.words) {
        const key = exceptionKey(w.form, w.xpos);
        if (!lemmasOf.has(key)) {
          lemmasOf.set(key, new Map());
          uposOf.set(key, new Map());
        }
        increment(lemmasOf.get(key)!, w.lemma);
        increment(uposOf.get(key)!, w.upos);
        increment(vocabulary, vocabularyKey(w.upos, w.lemma.toLowerCase()));
      }
    }

    // Suffix rules from inflected word types: the most frequent rewrite per tag and ending.
    const rewrites = new Map<string, Map<string, number>>();
    for (const [key, lemmas] of lemmasOf) {
      const [form = "", xpos = ""] = key.split("\t");
      if (inflectionOf(xpos) === "none") continue;
      const w = form.toLowerCase();
      const rule = encodeRewrite(rewriteBetween(w, majority(lemmas).toLowerCase()));
      for (let n = 1; n <= Math.min(MAX_SUFFIX, w.length - 1); n++) {
        const rk = ruleKey(xpos, w.slice(-n));
        if (!rewrites.has(rk)) rewrites.set(rk, new Map());
        increment(rewrites.get(rk)!, rule);
      }
    }
    const suffixRules = new Map<string, string>();
    for (const [rk, counts] of rewrites) {
      let support = 0;
      for (const c of counts.values()) support += c;
      if (support >= options.minRuleSupport) suffixRules.set(rk, majority(counts));
    }

    // Exceptions: what the rules alone get wrong.
    const rulesOnly = new Lemmatizer({ exceptions: new Map(), vocabulary, suffixRules });
    const exceptions = new Map<string, string>();
    for (const [key, lemmas] of lemmasOf) {
      const [form = "", xpos = ""] = key.split("\t");
      const lemma = majority(lemmas);
      if (rulesOnly.ruleLemma(form, majority(uposOf.get(key)!), xpos) !== lemma) exceptions.set(key, lemma);
    }
    return new Lemmatizer({ exceptions, vocabulary, suffixRules });
  }

  /** The lemmatizer as a model container. */
  toModel(metadata: ModelMetadata): ModelFile {
    const { exceptions, vocabulary, suffixRules } = this.tables;
    const sorted = <V>(m: ReadonlyMap<string, V>) =>
      [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const ex = sorted(exceptions);
    const vocab = sorted(vocabulary);
    const rules = sorted(suffixRules);
    return {
      kind: LEMMA_MODEL_KIND,
      metadata,
      header: { maxSuffix: MAX_SUFFIX },
      sections: {
        exceptionKeys: ex.map(([k]) => k),
        exceptionLemmas: ex.map(([, v]) => v),
        vocabulary: vocab.map(([k]) => k),
        vocabularyCounts: Uint32Array.from(vocab, ([, v]) => v),
        ruleKeys: rules.map(([k]) => k),
        ruleRewrites: rules.map(([, v]) => v),
      },
    };
  }

  /** Rebuild a lemmatizer from a model container. */
  static fromModel(model: ModelFile): Lemmatizer {
    const zip = <V>(keys: readonly string[], values: ArrayLike<V>) =>
      new Map(keys.map((k, i) => [k, values[i] as V] as const));
    return new Lemmatizer({
      exceptions: zip(stringSection(model, "exceptionKeys"), stringSection(model, "exceptionLemmas")),
      vocabulary: zip(
        stringSection(model, "vocabulary"),
        numericSection(model, "vocabularyCounts", Uint32Array),
      ),
      suffixRules: zip(stringSection(model, "ruleKeys"), stringSection(model, "ruleRewrites")),
    });
  }
}

/** File name of the committed lemmatizer model under `models/`. */
export const LEMMA_MODEL_FILE = "lemma.bin.gz";

const cache = new ModelCache(LEMMA_MODEL_KIND, (model) => Lemmatizer.fromModel(model));

/**
 * The lemmatizer stored at `path` (default: the committed `models/lemma.bin.gz`),
 * read on first use and shared by every caller in the process.
 */
export function loadLemmatizer(path: string = modelPath(LEMMA_MODEL_FILE)): Lemmatizer {
  return cache.load(path);
}
