import { addWarning, type Doc } from "../../doc/doc.js";
import type { Sentence, Token } from "../../doc/types.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import { segment } from "../../nlp/tokenize/index.js";

/**
 * Longest sentence, in tokens, handed to the tagger and parser. Longer runs
 * (scrape debris with no punctuation, tables flattened into one line) are cut
 * into pieces of at most this many tokens, so memory and time stay bounded;
 * EWT's longest sentences are far shorter.
 */
export const MAX_SENTENCE_TOKENS = 250;

const DASHES = new Set(["–", "—", "-", "--", "―"]);
const CAPITAL = /^\p{Lu}/u;

/**
 * Split a wire dateline off the first sentence it starts: "GAZA/JERUSALEM,
 * May 20, 2021 – Israeli warplanes struck …" becomes the dateline and the
 * sentence, so that the parser sees a sentence. A dateline is a capitalised
 * place (up to five tokens, slashes allowed), a comma, then up to eight
 * tokens of date or agency ("May 20, 2021", "(Reuters)"), then a dash.
 * Token sentence indices are renumbered in place.
 */
export function splitDatelines(text: string, sentences: Sentence[], tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let i = 0;
  sentences.forEach((s, si) => {
    const first = i;
    while (i < tokens.length && tokens[i]!.sentence === si) i++;
    const cut = datelineEnd(tokens, first, i);
    if (cut < 0) {
      for (let k = first; k < i; k++) tokens[k]!.sentence = out.length;
      out.push(s);
      return;
    }
    const headEnd = tokens[cut]!.end;
    for (let k = first; k <= cut; k++) tokens[k]!.sentence = out.length;
    out.push({ start: s.start, end: headEnd, text: text.slice(s.start, headEnd) });
    const restStart = tokens[cut + 1]!.start;
    for (let k = cut + 1; k < i; k++) tokens[k]!.sentence = out.length;
    out.push({ start: restStart, end: s.end, text: text.slice(restStart, s.end) });
  });
  return out;
}

/** Index of the dash that ends a dateline opening tokens [from, to), or -1. */
function datelineEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  let place = 0;
  while (k < to && place < 6 && (CAPITAL.test(tokens[k]!.text) || tokens[k]!.text === "/")) {
    k++;
    place++;
  }
  // "Beijing: US Secretary of State … arrived": a place and a colon.
  if (place > 0 && place <= 3 && k < to && tokens[k]!.text === ":" && to - k > 4) return k;
  if (place === 0 || k >= to || tokens[k]!.text !== ",") return -1;
  for (let j = k + 1; j < Math.min(to, k + 10); j++) {
    if (DASHES.has(tokens[j]!.text)) return to - j > 3 ? j : -1;
  }
  return -1;
}

/**
 * Cut sentences longer than `max` tokens into consecutive pieces, renumbering
 * token sentence indexes. Returns how many sentences were cut.
 */
export function capSentenceLength(
  text: string,
  sentences: Sentence[],
  tokens: Token[],
  max = MAX_SENTENCE_TOKENS,
): { sentences: Sentence[]; cut: number } {
  const out: Sentence[] = [];
  let cut = 0;
  let i = 0;
  sentences.forEach((s, si) => {
    const first = i;
    while (i < tokens.length && tokens[i]!.sentence === si) i++;
    const count = i - first;
    if (count <= max) {
      for (let k = first; k < i; k++) tokens[k]!.sentence = out.length;
      out.push(s);
      return;
    }
    cut++;
    for (let from = first; from < i; from += max) {
      const to = Math.min(i, from + max);
      const start = from === first ? s.start : tokens[from]!.start;
      const end = to === i ? s.end : tokens[to - 1]!.end;
      for (let k = from; k < to; k++) tokens[k]!.sentence = out.length;
      out.push({ start, end, text: text.slice(start, end) });
    }
  });
  return { sentences: out, cut };
}

/**
 * Tokenize stage: splits the clean text into sentences (`doc.sentences`) and
 * tokens (`doc.tokens`, each with the index of its sentence), following UD
 * English EWT conventions so the tagger and parser trained on EWT see the
 * tokens they were trained on. See `segment` in `src/nlp/tokenize/`.
 * Sentences over {@link MAX_SENTENCE_TOKENS} tokens are cut, with a
 * `CH_W_LONG_SENTENCE` warning.
 */
export const tokenizeStage: Stage = {
  name: "tokenize",
  description: "sentences and UD English (EWT) tokens of the clean text, with character offsets",
  requires: ["text"],
  assigns: ["sentences", "tokens"],
  run(doc: Doc, _ctx: StageContext): Doc {
    const { sentences, tokens } = segment(doc.text);
    doc.tokens = tokens.map(({ start, end, text, sentence, contraction }) =>
      contraction
        ? { start, end, text, sentence, contraction: true as const }
        : { start, end, text, sentence },
    );
    const capped = capSentenceLength(
      doc.text,
      splitDatelines(
        doc.text,
        sentences.map(({ start, end, text }) => ({ start, end, text })),
        doc.tokens,
      ),
      doc.tokens,
    );
    doc.sentences = capped.sentences;
    if (capped.cut > 0) {
      addWarning(
        doc,
        "CH_W_LONG_SENTENCE",
        `${capped.cut} sentence(s) longer than ${MAX_SENTENCE_TOKENS} tokens were cut into pieces for tagging and parsing`,
      );
    }
    return doc;
  },
};
