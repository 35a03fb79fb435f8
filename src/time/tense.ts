import type { Doc } from "../doc/doc.js";
import type { Token } from "../doc/types.js";
import { childrenOf, hasParse } from "./tokens.js";
import type { ClauseTense } from "./types.js";

const FUTURE_AUX = new Set(["will", "'ll", "shall", "wo", "would", "'d"]);
const BE = new Set(["is", "are", "am", "'s", "'re", "'m"]);
/** Verbs and adjectives whose infinitive complement lies ahead ("plans to visit", "due to arrive"). */
const FUTURE_GOVERNORS = new Set([
  "plan",
  "expect",
  "schedule",
  "intend",
  "hope",
  "aim",
  "prepare",
  "set",
  "due",
  "go",
  "want",
  "agree",
  "decide",
  "promise",
  "seek",
  "propose",
  "threaten",
  "vow",
  "pledge",
  "likely",
  "ready",
  "poised",
  "about",
]);

/** The tense a verb's own form and auxiliaries give its clause, or null when it says nothing. */
function verbTense(tokens: readonly Token[], kids: readonly number[][], v: number): ClauseTense | null {
  const verb = tokens[v] as Token;
  const aux = (kids[v] ?? [])
    .map((k) => tokens[k] as Token)
    .filter((t) => t.deprel?.startsWith("aux") || t.deprel === "cop");
  const auxWords = aux.map((t) => t.text.toLowerCase());
  if (auxWords.some((w) => FUTURE_AUX.has(w))) return "future";
  const mark = (kids[v] ?? []).some(
    (k) => tokens[k]?.deprel === "mark" && tokens[k]?.text.toLowerCase() === "to",
  );
  const governor = tokens[verb.head ?? -1];
  if (
    verb.xpos === "VB" &&
    mark &&
    governor &&
    FUTURE_GOVERNORS.has((governor.lemma ?? governor.text).toLowerCase())
  )
    return "future";
  if (aux.some((t) => t.xpos === "VBD")) return "past";
  if (auxWords.some((w) => w === "have" || w === "has" || w === "'ve")) return "past";
  if (verb.xpos === "VBD") return "past";
  if ((verb.xpos === "VBG" || verb.xpos === "VBN") && auxWords.some((w) => BE.has(w))) return "future";
  if (verb.xpos === "VBZ" || verb.xpos === "VBP") return "present";
  return null;
}

/** Tense from the words of a sentence alone (no parse): a future auxiliary, else a past-tense verb. */
function sentenceTense(tokens: readonly Token[], first: number, last: number): ClauseTense {
  let past = false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as Token;
    const w = t.text.toLowerCase();
    if (FUTURE_AUX.has(w) || (w === "to" && tokens[i + 1]?.xpos === "VB")) return "future";
    if (t.xpos === "VBD") past = true;
  }
  return past ? "past" : "present";
}

/**
 * The tense of the clause a temporal expression modifies: the verb it hangs
 * from in the parse ("met on Thursday" → past; "will meet on Thursday",
 * "plans to meet on Thursday", "is meeting on Thursday" → future), or, without
 * a usable parse, the sentence's auxiliaries and verb forms.
 */
export function clauseTense(doc: Doc, head: number): ClauseTense {
  const tokens = doc.tokens;
  const tok = tokens[head];
  if (!tok) return "present";
  const sentence = tok.sentence;
  let first = head;
  while (first > 0 && tokens[first - 1]?.sentence === sentence) first--;
  let last = head;
  while (last + 1 < tokens.length && tokens[last + 1]?.sentence === sentence) last++;
  if (hasParse(doc)) {
    const kids = childrenOf(tokens);
    let cur = tokens[head]?.head ?? -1;
    // Modifying a noun ("the talks in Alaska on Thursday"), an expression is not governed by a verb's tense.
    const parent = tokens[cur];
    if (
      parent &&
      (parent.upos === "NOUN" || parent.upos === "PROPN") &&
      /^(nmod|compound)/.test(tok.deprel ?? "")
    )
      return "present";
    // "talks in Alaska on Thursday" parsed with "on Thursday" hung on the main verb: a time phrase
    // right after a phrase headed by an event noun belongs to that noun (late closure).
    if (closesEventNoun(tokens, kids, head, cur)) return "present";
    for (let steps = 0; cur >= 0 && steps < 8; steps++) {
      const t = tokens[cur] as Token;
      if (
        t.upos === "VERB" ||
        t.upos === "AUX" ||
        (kids[cur] ?? []).some((k) => tokens[k]?.deprel === "cop")
      ) {
        const tense = verbTense(tokens, kids, cur);
        if (tense) return tense;
      }
      cur = t.head ?? -1;
    }
  }
  return sentenceTense(tokens, first, last);
}

/** Nouns that name events a time phrase can date ("talks … on Thursday"). */
const EVENT_NOUNS = new Set([
  "talk",
  "talks",
  "meeting",
  "summit",
  "visit",
  "trip",
  "negotiation",
  "negotiations",
  "election",
  "attack",
  "strike",
  "protest",
  "conference",
  "session",
  "call",
  "vote",
  "referendum",
  "ceremony",
]);

/**
 * Whether the time phrase headed by `head` (attached to `verb`) directly
 * follows a noun phrase, attached elsewhere, whose head is an event noun:
 * "the backdrop of the talks in Alaska on Thursday".
 */
function closesEventNoun(
  tokens: readonly Token[],
  kids: readonly number[][],
  head: number,
  verb: number,
): boolean {
  if (verb < 0) return false;
  const marker = (kids[head] ?? []).find((k) => tokens[k]?.deprel === "case");
  const before = (marker ?? head) - 1;
  const prev = tokens[before];
  if (!prev || prev.sentence !== tokens[head]?.sentence) return false;
  if (prev.upos !== "NOUN" && prev.upos !== "PROPN") return false;
  let x = before;
  for (let d = 0; d < 4 && x >= 0; d++) {
    const t = tokens[x] as Token;
    if (x === verb || t.head === verb) return false;
    if ((t.upos === "NOUN" || t.upos === "PROPN") && EVENT_NOUNS.has((t.lemma ?? t.text).toLowerCase()))
      return true;
    if (!/^(nmod|compound|flat|appos)/.test(t.deprel ?? "")) return false;
    x = t.head ?? -1;
  }
  return false;
}
