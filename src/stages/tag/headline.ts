/**
 * Headline casing. "Greece Downgrades Diplomatic Ties With Lesotho" is
 * written in title case, and a tagger trained on running text reads every
 * capitalised word as a proper noun. For a sentence in title case (or all
 * capitals) the tagger is shown a sentence-cased copy: a capitalised word is
 * lowered unless it is part of a name in the knowledge base and the tagger's
 * lexicon does not know it as a common word. Only the tagger's input
 * changes; tokens keep their text and offsets.
 */
import type { Token } from "../../doc/types.js";
import { loadKnowledgeBase } from "../../kb/index.js";
import type { PosTagger } from "../../nlp/tagger/tagger.js";

let nameWords: Set<string> | null = null;

/** Lower-case words that occur in names of the knowledge base (countries, people, organisations). */
function kbNameWords(): Set<string> {
  if (!nameWords) {
    nameWords = new Set();
    for (const key of loadKnowledgeBase().aliasKeys())
      for (const w of key.split(/[\s-]+/)) if (w.length > 1) nameWords.add(w);
  }
  return nameWords;
}

const LETTERS = /\p{L}/u;
const CAPITALISED = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d.'’&-]+$/u;

/** Whether a sentence's words are in title case or all capitals (a headline), not running text. */
export function isHeadlineCase(run: readonly Token[]): boolean {
  const words = run.filter((t) => LETTERS.test(t.text));
  if (words.length < 3) return false;
  const rest = words.slice(1).filter((t) => t.text.length > 3 || CAPITALISED.test(t.text));
  if (rest.length < 2) return false;
  const caps = rest.filter((t) => CAPITALISED.test(t.text)).length;
  return caps / rest.length >= 0.75;
}

/** The forms to show the tagger for a headline-cased sentence. */
export function taggerForms(run: readonly Token[], tagger: PosTagger): string[] {
  if (!isHeadlineCase(run)) return run.map((t) => t.text);
  const names = kbNameWords();
  const classes = tagger.lexicon.classes;
  const propn = new Set(
    tagger.labels.map((l, i) => (l.upos === "PROPN" ? String(i) : "")).filter((s) => s !== ""),
  );
  return run.map((t) => {
    const w = t.text;
    if (!CAPITALISED.test(w)) return w;
    if (ALL_CAPS.test(w) && w.length <= 4 && !classes.has(w.toLowerCase())) return w; // "US", "NATO", "UN"
    const lower = w.toLowerCase();
    const cls = classes.get(lower);
    const labels = cls === undefined ? [] : cls.split(",");
    const keep = ALL_CAPS.test(w) ? (w[0] ?? "") + lower.slice(1) : w;
    // Only ever a proper noun in the treebank ("Obama"), or a name word the treebank may also use as a name.
    if (labels.length > 0 && labels.every((i) => propn.has(i))) return keep;
    if (names.has(lower) && (labels.length === 0 || labels.some((i) => propn.has(i)))) return keep;
    return lower;
  });
}
