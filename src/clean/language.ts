import { francAll } from "franc";
import { ChanceryError } from "../errors.js";
import { DataCache, readTable } from "./data.js";

/** A language the detector may choose (a row of `data/clean/languages.tsv`). */
export interface LanguageRow {
  iso3: string;
  iso1: string;
  name: string;
}

/** The languages table: rows by ISO 639-3 code and by ISO 639-1 code, and function words by ISO 639-1 code. */
export interface LanguageTable {
  rows: LanguageRow[];
  byIso3: ReadonlyMap<string, LanguageRow>;
  byIso1: ReadonlyMap<string, LanguageRow>;
  functionWords: ReadonlyMap<string, ReadonlySet<string>>;
}

const cache = new DataCache<LanguageTable>((dirs) => {
  const rows = readTable(dirs, "languages.tsv", 3).map(({ fields, where }) => {
    const [iso3 = "", iso1 = "", name = ""] = fields;
    if (!/^[a-z]{3}$/.test(iso3) || !/^[a-z]{2}$/.test(iso1)) {
      throw new ChanceryError(
        "CH_DATA_INVALID",
        `${where}: expected an ISO 639-3 and an ISO 639-1 code, got "${iso3}" "${iso1}"`,
      );
    }
    return { iso3, iso1, name };
  });
  const byIso1 = new Map<string, LanguageRow>();
  for (const r of rows) if (!byIso1.has(r.iso1)) byIso1.set(r.iso1, r);
  const functionWords = new Map<string, Set<string>>();
  for (const { fields, where } of readTable(dirs, "function-words.tsv", 2)) {
    const [iso1 = "", words = ""] = fields;
    if (!byIso1.has(iso1))
      throw new ChanceryError("CH_DATA_INVALID", `${where}: "${iso1}" is not in languages.tsv`);
    const set = functionWords.get(iso1) ?? new Set<string>();
    for (const w of words.split(/\s+/)) if (w) set.add(w.toLowerCase());
    functionWords.set(iso1, set);
  }
  return { rows, byIso3: new Map(rows.map((r) => [r.iso3, r])), byIso1, functionWords };
});

/** The languages table from the given data folders (read once per folder list). */
export function loadLanguageTable(dirs: readonly string[]): LanguageTable {
  return cache.get(dirs);
}

/** What the detector decided about a text. */
export interface LanguageGuess {
  /** The chosen language, or null when undetermined. */
  language: LanguageRow | null;
  /** Gap between the best and second-best trigram scores (0–1; higher is surer). */
  margin: number;
  /** Letters in the sample the decision rests on. */
  letters: number;
  /** Why this language (or none) was chosen, in a few words. */
  reason: string;
}

/** Options of {@link detectLanguage}, with documented defaults. */
export interface DetectOptions {
  /** A language the source declares (ISO 639-1, e.g. from `<html lang>`), used to break near ties. */
  declared?: string | null;
  /** Characters of text examined (default 2500, from the start). */
  sampleChars?: number;
  /** Fewer letters than this: undetermined (default 20). */
  minLetters?: number;
  /** Below this many letters a guess must clear {@link DetectOptions.shortMargin} to overrule a declared language (default 200). */
  shortLetters?: number;
  /** Margin a short text's guess needs (default 0.05). */
  shortMargin?: number;
  /** Candidates scoring within this of the best are a near tie the declared language may break (default 0.01). */
  tieMargin?: number;
  /** Below this many letters the function-word check may overrule the trigrams (default 400). */
  functionWordLetters?: number;
}

const WORD = /[\p{L}\p{M}'’]+/gu;

/**
 * The language whose function words make up the largest share of a text's
 * words, with that share, when it is at least 10% and over twice the share
 * of `against` (the trigram guess).
 */
function functionWordVote(
  text: string,
  table: LanguageTable,
  against: string,
): { iso1: string; share: number } | null {
  const words = (text.toLowerCase().match(WORD) ?? []) as string[];
  if (words.length === 0) return null;
  let best: { iso1: string; share: number } | null = null;
  let theirs = 0;
  for (const [iso1, set] of table.functionWords) {
    const share = words.filter((w) => set.has(w)).length / words.length;
    if (iso1 === against) theirs = share;
    if (!best || share > best.share) best = { iso1, share };
  }
  if (!best || best.iso1 === against || best.share < 0.1 || best.share <= 2 * theirs) return null;
  return best;
}

const LETTER = /\p{L}/gu;

/**
 * Detect the language of a text with franc's trigram models, choosing only
 * among the languages of the table. The declared language breaks near ties
 * (Indonesian and Malay score alike) and stands when the text is too short
 * to overrule it; in short texts, function words (`the`, `of`, `der`, `le` …)
 * overrule trigrams that names and numbers have misled.
 */
export function detectLanguage(
  text: string,
  table: LanguageTable,
  options: DetectOptions = {},
): LanguageGuess {
  const sample = text.slice(0, options.sampleChars ?? 2500);
  const letters = (sample.match(LETTER) ?? []).length;
  const declared = options.declared ? (table.byIso1.get(options.declared) ?? null) : null;
  if (letters < (options.minLetters ?? 20)) {
    return {
      language: declared,
      margin: 0,
      letters,
      reason: declared ? "too little text; declared language kept" : "too little text",
    };
  }
  const ranked = francAll(sample, { only: table.rows.map((r) => r.iso3), minLength: 10 });
  const [best, second] = ranked;
  const top = best ? table.byIso3.get(best[0]) : undefined;
  if (!best || !top) {
    return {
      language: declared,
      margin: 0,
      letters,
      reason: declared ? "no language recognised; declared language kept" : "no language recognised",
    };
  }
  const margin = 1 - (second?.[1] ?? 0);
  if (declared && declared.iso1 !== top.iso1) {
    const tie = ranked.some(
      ([code, score]) =>
        table.byIso3.get(code)?.iso1 === declared.iso1 && score >= 1 - (options.tieMargin ?? 0.01),
    );
    if (tie)
      return {
        language: declared,
        margin,
        letters,
        reason: `declared ${declared.name} breaks a near tie with ${top.name}`,
      };
    if (letters < (options.shortLetters ?? 200) && margin < (options.shortMargin ?? 0.05)) {
      return {
        language: declared,
        margin,
        letters,
        reason: `text too short to overrule the declared ${declared.name}`,
      };
    }
  }
  if (letters < (options.functionWordLetters ?? 400)) {
    const vote = functionWordVote(sample, table, top.iso1);
    const row = vote ? table.byIso1.get(vote.iso1) : undefined;
    if (vote && row) {
      return {
        language: row,
        margin,
        letters,
        reason: `short text: ${Math.round(vote.share * 100)}% of its words are ${row.name} function words (trigrams said ${top.name})`,
      };
    }
  }
  return {
    language: top,
    margin,
    letters,
    reason: `detected from ${letters} letters (margin ${margin.toFixed(3)})`,
  };
}
