/**
 * Event status from the syntax around a trigger: negated, planned,
 * canceled, hypothetical or occurred, with the reason (shown by
 * `chancery explain`).
 */
import type { EventStatus } from "../doc/types.js";
import type { WrapKind } from "./patterns.js";
import type { Tree } from "./syntax.js";

/** A status and why it was chosen. */
export interface StatusDecision {
  status: EventStatus;
  why: string;
}

const NEGATORS = new Set(["not", "n't", "never", "neither", "nor"]);
const CANCELERS = new Set([
  "cancel",
  "postpone",
  "scrap",
  "shelve",
  "delay",
  "suspend",
  "abandon",
  "call",
  "defer",
  "scuttle",
  "axe",
  "drop",
]);
const PLAN_MODALS = new Set(["will", "shall", "'ll", "wo"]);
const HYPO_MODALS = new Set(["could", "might", "may", "should", "can", "must", "ca"]);
const PLAN_ADJ = new Set([
  "planned",
  "upcoming",
  "scheduled",
  "expected",
  "forthcoming",
  "next",
  "future",
  "proposed",
  "anticipated",
  "prospective",
  "intended",
]);
/** Verbs whose complement inherits their modality ("would try to end", "will seek to restore"). */
const MODAL_PASSING = new Set([
  "try",
  "seek",
  "attempt",
  "want",
  "hope",
  "aim",
  "begin",
  "start",
  "continue",
  "work",
  "strive",
  "move",
  "plan",
]);
const FUTURE_MODIFIERS = new Set(["next", "coming", "upcoming", "following"]);
const TIME_NOUNS = new Set([
  "week",
  "month",
  "year",
  "day",
  "days",
  "weekend",
  "summer",
  "autumn",
  "fall",
  "winter",
  "spring",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "session",
  "round",
  "decade",
]);
const HYPO_ADJ = new Set(["possible", "potential", "hypothetical", "likely", "conditional"]);
const HYPO_MARKS = new Set(["if", "unless", "whether", "in case", "lest"]);
const REPORTING = new Set([
  "say",
  "tell",
  "announce",
  "state",
  "report",
  "add",
  "declare",
  "confirm",
  "claim",
  "write",
  "note",
  "insist",
  "indicate",
  "suggest",
]);

/**
 * Decide the status of the event whose trigger is `t`. `wraps` are the
 * status wrappers (`plan`, `negate`, …) the event sits under; `nominalGov`
 * is the verb governing a nominal trigger ("held talks", "canceled the
 * visit"), or -1.
 */
export function decideStatus(
  tree: Tree,
  t: number,
  wraps: readonly WrapKind[],
  nominalGov: number,
): StatusDecision {
  // Canceled: an explicit wrapper, or a nominal trigger that is the object / passive subject of "cancel".
  if (wraps.includes("cancel")) return { status: "canceled", why: "under a cancel/postpone verb" };
  if (nominalGov >= 0 && CANCELERS.has(tree.lemma(nominalGov))) {
    const isCall = tree.lemma(nominalGov) === "call";
    const off = tree
      .children(nominalGov)
      .some((c) => tree.rel(c) === "compound:prt" && tree.lemma(c) === "off");
    if (!isCall || off)
      return { status: "canceled", why: `"${tree.token(nominalGov).text}" governs the trigger` };
  }
  if (supposedButNot(tree, t)) return { status: "canceled", why: '"was supposed to … but"' };

  const clause = [t];
  if (nominalGov >= 0) clause.push(nominalGov);
  // Conjoined and complement verbs share the modality of the verb they hang from:
  // "he would try to end misunderstandings and restore relations".
  for (let x = t, d = 0; d < 3; d++) {
    const r = tree.rel(x);
    const h = tree.head(x);
    if (h < 0) break;
    if (r === "acl" && tree.upos(h) === "NOUN") {
      // "push for a resolution censuring Iran": the clause of the verb the noun hangs from.
      const g = tree.head(h);
      if (g >= 0 && tree.upos(g) === "VERB") clause.push(g);
      break;
    }
    if (r !== "conj" && r !== "xcomp") break;
    if (r === "xcomp" && !MODAL_PASSING.has(tree.lemma(h))) break;
    clause.push(h);
    x = h;
  }
  // A headline infinitive states a plan: "Lavrov to visit China".
  if (tree.head(t) < 0 && tree.children(t).some((c) => tree.rel(c) === "mark" && tree.lemma(c) === "to"))
    return { status: "planned", why: 'a headline "to" infinitive' };
  // Inside an "if" clause: hypothetical, whatever else the clause says.
  for (let x = t, d = 0; x >= 0 && d < 6; x = tree.head(x), d++) {
    if (
      tree.rel(x) === "advcl" &&
      tree.children(x).some((c) => tree.rel(c) === "mark" && HYPO_MARKS.has(tree.lemma(c)))
    )
      return { status: "hypothetical", why: "inside a conditional clause" };
  }

  // Negated.
  if (wraps.includes("negate")) return { status: "negated", why: "under a denial/failure verb" };
  for (const x of clause) {
    for (const c of tree.children(x)) {
      const lemma = tree.lemma(c);
      const rel = tree.rel(c);
      if ((rel === "advmod" || rel === "neg" || rel === "cc:preconj") && NEGATORS.has(lemma))
        return { status: "negated", why: `"${tree.token(c).text}" negates "${tree.token(x).text}"` };
      if (rel === "advmod" && lemma === "yet" && tree.lemma(x) === "have")
        return { status: "negated", why: '"has yet to"' };
      if (rel === "det" && (lemma === "no" || lemma === "neither"))
        return { status: "negated", why: `"${tree.token(c).text}" before the trigger` };
      if (rel === "case" && lemma === "without") return { status: "negated", why: '"without"' };
    }
  }
  // "has yet to visit": the trigger is the xcomp of "have" with "yet".
  const h = tree.head(t);
  if (h >= 0 && tree.rel(t) === "xcomp" && tree.lemma(h) === "have") {
    if (tree.children(h).some((c) => tree.lemma(c) === "yet"))
      return { status: "negated", why: '"has yet to"' };
  }

  // Hypothetical.
  if (wraps.includes("hypothetical"))
    return { status: "hypothetical", why: "under a proposal/consideration verb" };
  for (const x of clause) {
    for (const c of tree.children(x)) {
      const lemma = tree.lemma(c);
      if (tree.rel(c) === "aux" && HYPO_MODALS.has(lemma))
        return { status: "hypothetical", why: `modal "${tree.token(c).text}"` };
      if (tree.rel(c) === "mark" && HYPO_MARKS.has(lemma))
        return { status: "hypothetical", why: `"${tree.token(c).text}" clause` };
      if (tree.rel(c) === "amod" && HYPO_ADJ.has(lemma))
        return { status: "hypothetical", why: `"${tree.token(c).text}" before the trigger` };
    }
  }
  // Inside an "if" clause higher up.
  for (let x = t, d = 0; x >= 0 && d < 6; x = tree.head(x), d++) {
    if (
      tree.rel(x) === "advcl" &&
      tree.children(x).some((c) => tree.rel(c) === "mark" && HYPO_MARKS.has(tree.lemma(c)))
    )
      return { status: "hypothetical", why: "inside a conditional clause" };
  }

  // Planned.
  if (wraps.includes("plan")) return { status: "planned", why: "under a plan/expectation verb" };
  for (const x of clause) {
    for (const c of tree.children(x)) {
      const lemma = tree.lemma(c);
      const rel = tree.rel(c);
      if (rel === "aux" && PLAN_MODALS.has(lemma))
        return { status: "planned", why: `"${tree.token(c).text}"` };
      if (rel === "aux" && lemma === "would" && underReporting(tree, x))
        return { status: "planned", why: '"would" in reported speech' };
      if ((rel === "amod" || rel === "compound") && PLAN_ADJ.has(lemma))
        return { status: "planned", why: `"${tree.token(c).text}" before the trigger` };
    }
  }
  // A time phrase pointing ahead: "next week", "tomorrow", "in the coming days", "later this month".
  for (const x of clause) {
    for (const c of tree.children(x)) {
      const b = tree.baseRel(c);
      if (b !== "obl" && b !== "advmod" && b !== "nmod") continue;
      if (tree.lemma(c) === "tomorrow") return { status: "planned", why: '"tomorrow"' };
      const mods = tree.children(c).map((g) => tree.lemma(g));
      if (mods.some((m) => FUTURE_MODIFIERS.has(m)) && TIME_NOUNS.has(tree.lemma(c)))
        return {
          status: "planned",
          why: `"${mods.find((m) => FUTURE_MODIFIERS.has(m))} ${tree.token(c).text}"`,
        };
    }
  }
  for (const x of clause)
    for (const c of tree.children(x))
      if (tree.rel(c) === "aux" && tree.lemma(c) === "would")
        return { status: "hypothetical", why: 'modal "would"' };
  // "is to visit", "is due to visit", "is going to visit", "is set to visit"
  if (h >= 0 && tree.rel(t) === "xcomp") {
    const gl = tree.lemma(h);
    if (gl === "go" && tree.children(h).some((c) => tree.rel(c) === "aux" && tree.lemma(c) === "be"))
      return { status: "planned", why: '"going to"' };
    if (
      (gl === "due" || gl === "set" || gl === "poised" || gl === "slated") &&
      tree.children(h).some((c) => tree.lemma(c) === "be")
    )
      return { status: "planned", why: `"${tree.token(h).text} to"` };
  }
  if (
    tree.children(t).some((c) => tree.rel(c) === "mark" && tree.lemma(c) === "to") &&
    h >= 0 &&
    tree.lemma(h) === "be"
  )
    return { status: "planned", why: '"is to"' };
  // A nominal trigger after "invitation to" / "plans for".
  if (
    nominalGov >= 0 &&
    ["plan", "prepare", "schedule", "arrange", "invite", "propose"].includes(tree.lemma(nominalGov))
  )
    return { status: "planned", why: `"${tree.token(nominalGov).text}" governs the trigger` };

  return { status: "occurred", why: "no negation, modality, condition or plan marker" };
}

function underReporting(tree: Tree, x: number): boolean {
  const h = tree.head(x);
  return h >= 0 && (tree.rel(x) === "ccomp" || tree.rel(x) === "parataxis") && REPORTING.has(tree.lemma(h));
}

/** "X was supposed to visit … but": the trigger is the xcomp of "supposed" and the sentence has a contrast. */
function supposedButNot(tree: Tree, t: number): boolean {
  const h = tree.head(t);
  if (h < 0 || tree.rel(t) !== "xcomp") return false;
  const gl = tree.lemma(h);
  if (gl !== "suppose" && gl !== "supposed" && gl !== "due" && gl !== "scheduled" && gl !== "schedule")
    return false;
  if (gl !== "suppose" && gl !== "supposed") {
    // "had been due to" only with a past perfect auxiliary.
    if (!tree.children(h).some((c) => tree.lemma(c) === "have")) return false;
  }
  const sentence = tree.token(t).sentence;
  return tree.tokens.some(
    (tok) => tok.sentence === sentence && (tok.lemma ?? tok.text).toLowerCase() === "but",
  );
}
