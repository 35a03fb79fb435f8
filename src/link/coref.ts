/**
 * Coreference inside a document: personal pronouns to the nearest
 * compatible person (by sentence distance, then subjects first, then
 * recency), definite role descriptions ("the minister", "the spokesman") to
 * the nearest person holding such a role, and plural or reciprocal phrases
 * ("the two countries", "both sides", "each other") to the two most
 * salient countries of the current and previous sentences.
 */
import type { Doc } from "../doc/doc.js";
import type { KnowledgeBase, Term } from "../kb/index.js";
import { normalizeName } from "../kb/index.js";
import { currentRole } from "./facts.js";
import type { Target } from "./names.js";
import { readPhrase, type LinkedAt } from "./phrase.js";
import { baseRel, childrenOf, phraseHead } from "./syntax.js";

/** A person mention usable as an antecedent. */
export interface PersonEvidence {
  target: Target;
  token: number;
  sentence: number;
  subject: boolean;
  gender: "m" | "f" | null;
}

/** A country mention (or a person or organisation with a country), for salience. */
export interface CountryEvidence {
  country: string;
  token: number;
  sentence: number;
  /** 1 for an actor mention, less for a place. */
  weight: number;
}

/** A resolved pronoun, description or plural phrase: tokens `[first, last]` and what they denote. */
export interface CorefLink {
  first: number;
  last: number;
  targets: Target[];
  kind: "pronoun" | "description" | "plural";
}

const MALE = new Set(["he", "him", "his", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);
const PLURAL_HEADS = new Set([
  "countries",
  "nations",
  "sides",
  "governments",
  "states",
  "capitals",
  "neighbours",
  "neighbors",
  "powers",
  "parties",
]);

/** Whether token `i` heads a subject. */
export function isSubject(doc: Doc, i: number): boolean {
  return baseRel(doc.tokens[phraseHead(doc, i)]!.deprel) === "nsubj";
}

/** The head word of a person's current title ("Secretary of State" → "secretary", "Prime Minister" → "minister"). */
function titleHead(kb: KnowledgeBase, t: Target, day: string): string | null {
  if (t.kind !== "kb" || t.ref.type !== "person") return null;
  const role = currentRole(kb, t.ref.id, day);
  const title = normalizeName(role?.title ?? "");
  if (title === "") return null;
  const words = title.split(" ");
  const of = words.indexOf("of");
  return of > 0 ? words[of - 1]! : words[words.length - 1]!;
}

/** Spokesman, spokeswoman and spokesperson name one office. */
const spokes = (s: string): string => s.replace(/spokes(wo)?m[ae]n/g, "spokesperson");

/** Whether KB person or provisional entity `t` may be described by lexicon term `term` on `day`. */
function holdsTerm(kb: KnowledgeBase, t: Target, term: Term, day: string): boolean {
  if (t.kind === "provisional") {
    return (
      (term.office !== null && t.entity.office === term.office) ||
      normalizeName(t.entity.role).endsWith(term.key)
    );
  }
  if (t.kind !== "kb" || t.ref.type !== "person") return false;
  const role = currentRole(kb, t.ref.id, day);
  if (role === null) return false;
  if (term.office !== null) return role.office === term.office;
  const label = spokes(normalizeName(`${role.title ?? ""} ${kb.offices.get(role.office)?.label ?? ""}`));
  const word = spokes(term.key.split(" ").pop()!);
  return label.split(" ").includes(word) || (term.key === "official" && role.sector === "GOV");
}

/** Resolve pronouns, role descriptions and plural phrases of `doc`. */
export function resolveCoreference(
  kb: KnowledgeBase,
  doc: Doc,
  day: string,
  persons: PersonEvidence[],
  countries: readonly CountryEvidence[],
  covered: (token: number) => boolean,
  linked: LinkedAt,
): CorefLink[] {
  const out: CorefLink[] = [];
  const kids = childrenOf(doc);
  const byToken = [...persons].sort((a, b) => a.token - b.token);
  const antecedent = (
    i: number,
    ok: (p: PersonEvidence) => boolean,
    window: number,
  ): PersonEvidence | null => {
    const s = doc.tokens[i]!.sentence;
    let best: PersonEvidence | null = null;
    let bestScore = Infinity;
    for (const p of byToken) {
      if (p.token >= i) break;
      if (s - p.sentence > window || !ok(p)) continue;
      const score = (s - p.sentence) * 100 + (p.subject ? 0 : 50) + (i - p.token) / 1000;
      if (score < bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  };
  const addPerson = (p: PersonEvidence): void => {
    byToken.push(p);
    byToken.sort((a, b) => a.token - b.token);
  };
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (covered(i)) continue;
    const w = t.text.toLowerCase();
    if ((MALE.has(w) || FEMALE.has(w)) && t.upos === "PRON") {
      const g = MALE.has(w) ? "m" : "f";
      const p = antecedent(i, (c) => c.gender === null || c.gender === g, 2);
      if (p) {
        out.push({ first: i, last: i, targets: [p.target], kind: "pronoun" });
        addPerson({ ...p, token: i, sentence: t.sentence, subject: isSubject(doc, i) });
      }
      continue;
    }
    if (w === "each" && doc.tokens[i + 1]?.text.toLowerCase() === "other") {
      const pair = salientPair(countries, i, t.sentence);
      if (pair) out.push({ first: i, last: i + 1, targets: pair, kind: "plural" });
      i++;
      continue;
    }
    if (w === "one" && doc.tokens[i + 1]?.text.toLowerCase() === "another") {
      const pair = salientPair(countries, i, t.sentence);
      if (pair) out.push({ first: i, last: i + 1, targets: pair, kind: "plural" });
      i++;
      continue;
    }
    if (t.upos !== "NOUN") continue;
    const dets = (kids[i] ?? []).filter((c) =>
      ["det", "nummod", "det:predet"].includes(doc.tokens[c]!.deprel ?? ""),
    );
    const detWords = dets.map((c) => doc.tokens[c]!.text.toLowerCase());
    if (PLURAL_HEADS.has(w) && (detWords.includes("both") || detWords.includes("two"))) {
      const pair = salientPair(countries, i, t.sentence);
      const first = Math.min(i, ...dets);
      if (pair) out.push({ first, last: i, targets: pair, kind: "plural" });
      continue;
    }
    if (!detWords.includes("the")) continue;
    const phrase = readPhrase(kb, doc, i, linked);
    if (phrase.owners.length > 0 || phrase.nonActor) continue;
    if ((kids[i] ?? []).some((c) => doc.tokens[c]!.upos === "PROPN")) continue;
    const termText =
      phrase.term === null
        ? null
        : doc.text.slice(doc.tokens[phrase.termFirst]!.start, doc.tokens[phrase.termLast]!.end);
    const readings = termText === null ? [] : kb.termsFor(termText).filter((r) => r.kind === "person");
    if (phrase.term !== null && readings.length === 0) continue;
    const word = normalizeName(doc.tokens[i]!.lemma ?? w);
    const fits = (c: PersonEvidence): boolean =>
      readings.length > 0
        ? readings.some((r) => holdsTerm(kb, c.target, r, day))
        : titleHead(kb, c.target, day) === word;
    const p = antecedent(i, fits, 5);
    if (p) {
      out.push({
        first: Math.min(phrase.first, phrase.termFirst),
        last: Math.max(i, phrase.termLast),
        targets: [p.target],
        kind: "description",
      });
      addPerson({ ...p, token: i, sentence: t.sentence, subject: isSubject(doc, i) });
    }
  }
  return out;
}

/** The two most salient countries before token `i` in its sentence and the one before (widening to three back). */
function salientPair(countries: readonly CountryEvidence[], i: number, sentence: number): Target[] | null {
  for (const back of [1, 3]) {
    const score = new Map<string, number>();
    for (const c of countries) {
      if (c.sentence > sentence || sentence - c.sentence > back) continue;
      if (c.sentence === sentence && c.token > i) continue;
      score.set(c.country, (score.get(c.country) ?? 0) + c.weight + c.token / 1e6);
    }
    if (score.size >= 2) {
      const top = [...score.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2);
      return top.map(([code]) => ({ kind: "kb", ref: { type: "country", id: code, name: code } }));
    }
  }
  return null;
}
