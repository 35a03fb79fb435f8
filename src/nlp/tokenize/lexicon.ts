/**
 * The word lists the tokenizer and sentence splitter read: abbreviations,
 * hyphen prefixes, contractions, elisions, units, emoticons, domain suffixes,
 * line continuations and sentence starters. They are plain text files in
 * `data/nlp/tokenize/` under the package root (one entry a line, `#`
 * comments; each file documents its own format), read once per process on
 * first use. A caller can load its own
 * copy of the folder with {@link loadTokenizerLexicon} and pass the result to
 * the tokenizer and splitter.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ChanceryError } from "../../errors.js";
import { packageRoot } from "../../util/paths.js";

/** How an abbreviation behaves at a sentence boundary. */
export type AbbreviationKind = "general" | "title" | "number";

/** The lists behind tokenisation and sentence splitting (see `data/nlp/tokenize/`). */
export interface TokenizerLexicon {
  /** Abbreviations with their final period, matched exactly (`Mr.` → title). */
  readonly abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /** Lower-case abbreviations, which also match any capitalisation (`etc.`). */
  readonly abbreviationsAnyCase: ReadonlyMap<string, AbbreviationKind>;
  /** Lower-case prefixes that stay joined across a hyphen (`e`, `non`, `mid`). */
  readonly hyphenPrefixes: ReadonlySet<string>;
  /** Lower-case apostrophe-less contractions → the lengths of their pieces (`cannot` → [3, 3]). */
  readonly contractions: ReadonlyMap<string, readonly number[]>;
  /** Lower-case words written with a leading apostrophe, without it (`em` for 'em). */
  readonly elisions: ReadonlySet<string>;
  /** Lower-case unit suffixes split off a number (`pm`, `km`). */
  readonly units: ReadonlySet<string>;
  /** Emoticons, as written. */
  readonly emoticons: ReadonlySet<string>;
  /** Length of the longest emoticon, bounding how far the matcher looks ahead. */
  readonly longestEmoticon: number;
  /** Lower-case last parts of domain and file names (`com`, `doc`). */
  readonly domainSuffixes: ReadonlySet<string>;
  /** Lower-case words and marks after which a line break does not end a sentence (`the`, `,`). */
  readonly lineContinuations: ReadonlySet<string>;
  /** Capitalised words that start a new sentence after an abbreviation (`The`, `But`). */
  readonly sentenceStarters: ReadonlySet<string>;
}

/** The folder holding the default lists. */
export function defaultLexiconDir(): string {
  return join(packageRoot(), "data", "nlp", "tokenize");
}

/** The entries of a list file: non-empty lines without `#` comments, split on whitespace. */
function readEntries(dir: string, file: string): string[][] {
  const path = join(dir, file);
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (err) {
    throw new ChanceryError("CH_DATA_INVALID", `cannot read tokenizer list ${path}`, { cause: err });
  }
  const rows: string[][] = [];
  for (const line of source.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    rows.push(trimmed.split(/\s+/));
  }
  return rows;
}

function invalid(file: string, detail: string): ChanceryError {
  return new ChanceryError("CH_DATA_INVALID", `${file}: ${detail}`);
}

function readAbbreviations(dir: string): Pick<TokenizerLexicon, "abbreviations" | "abbreviationsAnyCase"> {
  const exact = new Map<string, AbbreviationKind>();
  const anyCase = new Map<string, AbbreviationKind>();
  for (const [form = "", tag] of readEntries(dir, "abbreviations.txt")) {
    if (!form.endsWith(".") || form.length < 2)
      throw invalid("abbreviations.txt", `"${form}" must end with a period`);
    if (tag !== undefined && tag !== "title" && tag !== "number") {
      throw invalid("abbreviations.txt", `unknown tag "${tag}" for ${form}`);
    }
    const kind: AbbreviationKind = tag ?? "general";
    exact.set(form, kind);
    if (form === form.toLowerCase()) anyCase.set(form, kind);
  }
  return { abbreviations: exact, abbreviationsAnyCase: anyCase };
}

function readContractions(dir: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [form = "", ...pieces] of readEntries(dir, "contractions.txt")) {
    if (pieces.length < 2 || pieces.join("") !== form) {
      throw invalid("contractions.txt", `the pieces of "${form}" must spell it`);
    }
    out.set(
      form.toLowerCase(),
      pieces.map((p) => p.length),
    );
  }
  return out;
}

const firstFields = (dir: string, file: string) => readEntries(dir, file).map((row) => row[0] ?? "");
const lowerSet = (dir: string, file: string) => new Set(firstFields(dir, file).map((w) => w.toLowerCase()));

/**
 * Read the tokenizer lists from a folder laid out like `data/nlp/tokenize/`.
 * Throws `CH_DATA_INVALID` when a file is missing or malformed.
 *
 * @example
 * const lexicon = loadTokenizerLexicon("/my/lists");
 * tokenize(text, 0, text.length, { lexicon });
 */
export function loadTokenizerLexicon(dir: string = defaultLexiconDir()): TokenizerLexicon {
  const emoticons = new Set(firstFields(dir, "emoticons.txt"));
  let longestEmoticon = 0;
  for (const e of emoticons) longestEmoticon = Math.max(longestEmoticon, e.length);
  return {
    ...readAbbreviations(dir),
    hyphenPrefixes: lowerSet(dir, "hyphen-prefixes.txt"),
    contractions: readContractions(dir),
    elisions: lowerSet(dir, "elisions.txt"),
    units: lowerSet(dir, "units.txt"),
    emoticons,
    longestEmoticon,
    domainSuffixes: lowerSet(dir, "domain-suffixes.txt"),
    lineContinuations: lowerSet(dir, "line-continuations.txt"),
    sentenceStarters: new Set(firstFields(dir, "sentence-starters.txt")),
  };
}

let shared: TokenizerLexicon | null = null;

/** The default lists, read once per process and shared. */
export function defaultTokenizerLexicon(): TokenizerLexicon {
  shared ??= loadTokenizerLexicon();
  return shared;
}

/** The kind of abbreviation `form` (written with its final period) is, or null. */
export function abbreviationKind(lexicon: TokenizerLexicon, form: string): AbbreviationKind | null {
  return lexicon.abbreviations.get(form) ?? lexicon.abbreviationsAnyCase.get(form.toLowerCase()) ?? null;
}
