/**
 * The event coder: finds triggers with the pattern dictionary, composes
 * wrappers ("refused to condemn" → REJECT), reads actor and recipient from
 * the dependency tree, decides the status, and builds evidence-linked
 * {@link EventMention}s. With `trace`, records every decision for
 * `chancery explain`.
 */
import { addWarning, type Doc } from "../doc/doc.js";
import type { Actor, EventDate, EventLocation, EventMention } from "../doc/types.js";
import type { KnowledgeBase } from "../kb/index.js";
import { composeCode, isEventWrap } from "./compose.js";
import type { PatternDictionary, Rule, Slot, TriggerClass, WrapKind } from "./patterns.js";
import { STATUS_WRAPS } from "./patterns.js";
import { decideStatus, type StatusDecision } from "./status.js";
import { Tree } from "./syntax.js";
import type { Taxonomy } from "./taxonomy.js";

/** Resolves the noun phrase headed by a token to the actors it denotes ([] = not a political actor). */
export type ActorResolver = (doc: Doc, head: number) => Actor[];
/** The date of the event whose trigger is a token. */
export type DateResolver = (doc: Doc, trigger: number) => EventDate;
/** Where the event whose trigger is a token happened. */
export type PlaceResolver = (doc: Doc, trigger: number) => EventLocation | null;

export interface CoderDeps {
  taxonomy: Taxonomy;
  /** The knowledge base of the run (shipped files plus `--kb` files). */
  kb: KnowledgeBase;
  patterns: PatternDictionary;
  resolveActors: ActorResolver;
  resolveDate: DateResolver;
  resolvePlace: PlaceResolver;
  /** The one country a region or city name lies in ("Sindh" → PAK), else null. */
  regionCountry: (name: string) => string | null;
}

/** What the coder considered for one candidate trigger. */
export interface TriggerTrace {
  token: number;
  text: string;
  lemma: string;
  cls: TriggerClass;
  /** Each candidate rule and whether its constraints held. */
  rules: Array<{ id: string; code: string; ok: boolean; why: string }>;
  fired: string | null;
  /** Why no event came out, when none did. */
  dropped: string | null;
  actorWhy: string;
  recipientWhy: string;
  status: StatusDecision | null;
  code: string | null;
}

interface Match {
  token: number;
  rule: Rule;
  /** Extra tokens that belong to the trigger phrase (particle, light-verb object). */
  extra: number[];
  /** Status wrappers above this event. */
  statusWraps: WrapKind[];
  /** The inner event a wrapper absorbed. */
  inner: Match | null;
  /** Absorbed by an event wrapper: not emitted on its own. */
  absorbed: boolean;
  /** Also coded under a wrapper event (lower confidence). */
  secondary?: boolean;
  trace: TriggerTrace;
}

const SUPPORT_RELS = new Set(["obj", "nsubj:pass", "obl", "nsubj", "xcomp", "iobj"]);
/** Relations of a noun to a verb that make the verb's subject the noun event's actor ("held talks", "staged a protest"). */
const SUPPORTED_RELS = new Set(["obj", "nsubj:pass", "xcomp", "iobj"]);

function triggerClass(upos: string): TriggerClass | null {
  if (upos === "VERB") return "v";
  if (upos === "NOUN" || upos === "PROPN") return "n";
  if (upos === "ADJ") return "a";
  return null;
}

/** Check a rule's constraints at token `t`; returns the extra trigger tokens, or a reason it failed. */
function checkRule(
  tree: Tree,
  t: number,
  rule: Rule,
  explain: boolean,
): { extra: number[] } | { why: string } {
  // Reasons are spelled out only for `explain`; coding needs just the verdict.
  const fail = (why: () => string): { why: string } => (explain ? { why: why() } : FAILED);
  const kids = tree.children(t);
  const extra: number[] = [];
  if (rule.prt) {
    const p = kids.find((c) => tree.rel(c) === "compound:prt" && rule.prt?.includes(tree.lemma(c)));
    const adv =
      p ?? kids.find((c) => tree.rel(c) === "advmod" && c === t + 1 && rule.prt?.includes(tree.lemma(c)));
    if (adv === undefined) return fail(() => `needs particle ${(rule.prt ?? []).join("|")}`);
    extra.push(adv);
  }
  if (rule.obj) {
    const passive = tree.isPassive(t);
    // A headline drops the passive auxiliary: "Curfew lifted in Tehran" (the subject is what was lifted).
    const reduced = !passive && (tree.token(t).xpos === "VBN" || tree.token(t).xpos === "VBD");
    const o = kids.find(
      (c) =>
        (tree.rel(c) === "obj" ||
          (passive && tree.rel(c) === "nsubj:pass") ||
          (reduced && tree.rel(c) === "nsubj" && !kids.some((k) => tree.rel(k) === "obj")) ||
          tree.rel(c) === "iobj") &&
        rule.obj?.includes(tree.lemma(c)),
    );
    if (o === undefined) return fail(() => `needs object ${(rule.obj ?? []).join("|")}`);
    extra.push(o);
  }
  if (rule.prep) {
    const ok = kids.some((c) => {
      const b = tree.baseRel(c);
      const cs = tree.caseOf(c) ?? "";
      // "out of" matches prep=out: a multiword marker by its first word too.
      return (
        (b === "obl" || b === "nmod" || b === "advcl") &&
        (rule.prep?.includes(cs) || rule.prep?.includes(cs.split(" ")[0] ?? ""))
      );
    });
    if (!ok) return fail(() => `needs a phrase with ${(rule.prep ?? []).join("|")}`);
  }
  if (rule.withLemmas) {
    const near = nearLemmas(tree, t);
    if (!rule.withLemmas.some((l) => near.has(l)))
      return fail(() => `needs a dependent ${(rule.withLemmas ?? []).join("|")}`);
  }
  if (rule.head) {
    // The governing word, looking through a coordination ("strengthen trade and cooperation").
    let g = tree.head(t);
    if (g >= 0 && tree.rel(t) === "conj") g = tree.head(g);
    if (g < 0 || !rule.head.includes(tree.lemma(g)))
      return fail(() => `needs to depend on ${(rule.head ?? []).join("|")}`);
  }
  if (rule.without && kids.some((c) => rule.without?.includes(tree.lemma(c)))) {
    return fail(() => `excluded by a dependent ${(rule.without ?? []).join("|")}`);
  }
  return { extra };
}

/** The verdict of a rule that does not apply, when no reason is asked for. */
const FAILED = { why: "" };

/** Code every sentence of a parsed document. */
export function codeDocument(doc: Doc, deps: CoderDeps, traces?: TriggerTrace[]): EventMention[] {
  if (doc.tokens.length === 0 || doc.tokens[0]?.head === undefined) return [];
  const tree = new Tree(doc);
  const events: EventMention[] = [];
  let s = 0;
  while (s < doc.tokens.length) {
    const sent = doc.tokens[s]?.sentence ?? 0;
    let e = s;
    while (e < doc.tokens.length && doc.tokens[e]?.sentence === sent) e++;
    events.push(...codeSentence(doc, tree, s, e, deps, traces, events));
    s = e;
  }
  return events;
}

function codeSentence(
  doc: Doc,
  tree: Tree,
  from: number,
  to: number,
  deps: CoderDeps,
  traces: TriggerTrace[] | undefined,
  prior: readonly EventMention[],
): EventMention[] {
  const matches: Match[] = [];
  const byToken = new Map<number, Match>();
  for (let t = from; t < to; t++) {
    const cls = triggerClass(tree.upos(t));
    if (!cls) continue;
    let lemma = tree.lemma(t);
    let candidates = deps.patterns.candidates(lemma, cls);
    if (candidates.length === 0) {
      // A lemma the lemmatizer got wrong ("rioted" → "riote"): try the plain stems of the form.
      const text = tree.token(t).text;
      const alt = INFLECTED.test(text) ? stemTrigger(text.toLowerCase(), cls, deps.patterns) : "";
      if (alt) {
        lemma = alt;
        candidates = deps.patterns.candidates(alt, cls);
        tree.setLemma(t, alt);
      }
    }
    if (candidates.length === 0) continue;
    const trace: TriggerTrace = {
      token: t,
      text: tree.token(t).text,
      lemma,
      cls,
      rules: [],
      fired: null,
      dropped: null,
      actorWhy: "",
      recipientWhy: "",
      status: null,
      code: null,
    };
    let best: { rule: Rule; extra: number[] } | null = null;
    for (const rule of candidates) {
      const r = checkRule(tree, t, rule, traces !== undefined);
      if ("why" in r) {
        if (traces) trace.rules.push({ id: rule.id, code: rule.code, ok: false, why: r.why });
        continue;
      }
      if (traces) trace.rules.push({ id: rule.id, code: rule.code, ok: true, why: "constraints hold" });
      if (!best || rule.specificity > best.rule.specificity) best = { rule, extra: r.extra };
    }
    traces?.push(trace);
    if (!best) {
      trace.dropped = "no rule's constraints hold";
      continue;
    }
    trace.fired = best.rule.id;
    const m: Match = {
      token: t,
      rule: best.rule,
      extra: best.extra,
      statusWraps: [],
      inner: null,
      absorbed: false,
      trace,
    };
    matches.push(m);
    byToken.set(t, m);
  }
  // "China must drop its barriers", said by someone: a demand even when the verb is no trigger.
  for (let t = from; t < to; t++) {
    if (byToken.has(t) || tree.upos(t) !== "VERB") continue;
    // Only an action on something ("must drop its barriers"), never a general remark ("must not stay in the past").
    const kids = tree.children(t);
    if (!kids.some((c) => tree.rel(c) === "obj")) continue;
    if (kids.some((c) => tree.rel(c) === "advmod" && (tree.lemma(c) === "not" || tree.lemma(c) === "never")))
      continue;
    if (obligationSpeaker(tree, t) < 0) continue;
    const trace: TriggerTrace = {
      token: t,
      text: tree.token(t).text,
      lemma: tree.lemma(t),
      cls: "v",
      rules: [],
      fired: OBLIGATION_RULE.id,
      dropped: null,
      actorWhy: "",
      recipientWhy: "",
      status: null,
      code: null,
    };
    traces?.push(trace);
    const m: Match = {
      token: t,
      rule: OBLIGATION_RULE,
      extra: [],
      statusWraps: [],
      inner: null,
      absorbed: false,
      trace,
    };
    matches.push(m);
    byToken.set(t, m);
  }
  // A light-verb object that is part of another trigger's phrase is not an event on its own.
  for (const m of matches) {
    for (const x of m.extra) {
      const other = byToken.get(x);
      if (other && other !== m) {
        other.absorbed = true;
        other.trace.dropped = `part of the phrase of rule ${m.rule.id}`;
      }
    }
  }
  // A noun event that is the object of a verb event restates it ("sent aid", "launched an attack").
  for (const m of matches) {
    if (m.absorbed || m.rule.cls !== "n" || tree.rel(m.token) !== "obj") continue;
    const verb = byToken.get(tree.head(m.token));
    if (
      verb &&
      !verb.absorbed &&
      verb.rule.wrap === null &&
      verb.rule.code.slice(0, 2) === m.rule.code.slice(0, 2)
    ) {
      m.absorbed = true;
      m.trace.dropped = `the object of the event verb "${verb.trace.text}"`;
    }
  }
  // Wrappers: attach to the event in their complement.
  for (const m of matches) {
    const wrap = m.rule.wrap ?? implicitWrap(m.rule);
    if (!wrap || m.absorbed) continue;
    const inner = findInner(tree, m, byToken);
    if (!inner) {
      if (STATUS_WRAPS.has(wrap)) {
        m.absorbed = true;
        m.trace.dropped = "status wrapper with no event in its complement";
      }
      continue;
    }
    if (STATUS_WRAPS.has(wrap)) {
      inner.statusWraps.push(wrap, ...m.statusWraps);
      // A status wrapper with a real code is an event too: "called off the strike" is a concession.
      if (!deps.taxonomy.get(m.rule.code)?.ploverType) {
        m.absorbed = true;
        m.trace.dropped = `sets the status of "${inner.trace.text}" (${wrap})`;
      }
    } else if (isEventWrap(wrap)) {
      m.inner = inner;
      if (wrap === "agree") {
        // "agreed to lift the curfew": the agreement, and the concession itself as planned.
        inner.statusWraps.push("plan");
        inner.secondary = true;
      } else {
        inner.absorbed = true;
        inner.trace.dropped = `absorbed by the ${wrap} wrapper "${m.trace.text}"`;
      }
    }
  }
  const out: EventMention[] = [];
  const seen = new Set<string>();
  for (const m of matches) {
    if (m.absorbed) continue;
    const ev = buildEvent(doc, tree, m, deps, prior);
    if (!ev) continue;
    const key = `${ev.cameo}|${ev.actor.map((a) => a.country ?? a.text).join(",")}|${ev.recipient
      .map((a) => a.country ?? a.text)
      .join(",")}|${ev.status}`;
    if (seen.has(key)) {
      m.trace.dropped = "duplicate of an event already coded in this sentence";
      continue;
    }
    seen.add(key);
    out.push(ev);
    const intent = intentEvent(doc, tree, m, ev, deps);
    if (intent) out.push(intent);
  }
  return out;
}

/**
 * "Iraq said it would allow inspectors back", "Nigeria announced it will
 * withdraw its troops unless …": besides the planned action, the statement of
 * intent is itself an event that occurred — AGREE (express intent to
 * cooperate) or THREATEN (for conflict, or any action made conditional with
 * "unless") — anchored on the reporting verb.
 */
function intentEvent(doc: Doc, tree: Tree, m: Match, ev: EventMention, deps: CoderDeps): EventMention | null {
  if (m.inner || m.rule.wrap !== null) return null;
  if (ev.status !== "planned" && ev.status !== "hypothetical") return null;
  // For a noun event ("it would tighten the blockade"), the clause is its support verb's.
  const clauseHead =
    m.rule.cls === "n" && tree.head(m.token) >= 0 && tree.isVerbal(tree.head(m.token))
      ? tree.head(m.token)
      : m.token;
  if (
    ev.status === "hypothetical" &&
    !tree.children(clauseHead).some((c) => tree.lemma(c) === "would") &&
    !(ev.quad_class >= 3 && hasConditional(tree, clauseHead, "if"))
  )
    return null;
  const reporter = reportingHead(tree, clauseHead);
  const unless = hasConditional(tree, clauseHead, "unless");
  // "The EC may halt its mediation if …": a conditional conflict step is a threat.
  const conditionalConflict = ev.quad_class >= 3 && hasConditional(tree, clauseHead, "if");
  if (reporter < 0 && !unless && !conditionalConflict) return null;
  const wrap = unless || ev.quad_class >= 3 ? "threaten" : "agree";
  const code = composeCode(wrap, ev.cameo, wrap === "threaten" ? "130" : "030");
  const entry = deps.taxonomy.get(code);
  if (!entry?.ploverType) return null;
  const anchor = reporter >= 0 ? reporter : m.token;
  const tok = tree.token(anchor);
  const date = statedDate(deps.resolveDate(doc, anchor), doc);
  ev.confidence = Math.max(0.05, Math.round((ev.confidence - 0.1) * 100) / 100);
  m.trace.status = {
    status: ev.status,
    why: `${m.trace.status?.why ?? ""}; the statement of intent is coded too (${entry.ploverType} ${code})`,
  };
  return {
    ...ev,
    actor: ev.actor.map((a) => ({ ...a })),
    recipient: ev.recipient.map((a) => ({ ...a })),
    cameo: code,
    plover: { type: entry.ploverType, mode: entry.ploverMode, context: entry.ploverContext },
    goldstein: entry.goldstein,
    quad_class: entry.quadClass,
    status: "occurred",
    date,
    evidence: {
      ...ev.evidence,
      trigger: reporter >= 0 ? `${tok.text} … ${ev.evidence.trigger}` : ev.evidence.trigger,
      trigger_start: tok.start,
      trigger_end: tok.end,
      rule: `${m.rule.id}+intent`,
    },
    confidence: Math.min(1, Math.round((ev.confidence + 0.15) * 100) / 100),
  };
}

/** The event inside a wrapper's complement: an xcomp/ccomp verb, or a nominal object ("canceled the visit"). */
function findInner(tree: Tree, m: Match, byToken: Map<number, Match>): Match | null {
  const t = m.token;
  // An adjective wrapper ("the visit was postponed", "talks are off") governs its subject.
  const order =
    m.rule.cls === "a"
      ? ["xcomp", "advcl", "ccomp", "nsubj", "nsubj:pass"]
      : ["xcomp", "ccomp", "obj", "nsubj:pass", "obl", "nmod", "advcl"];
  for (const rel of order) {
    for (const c of tree.children(t)) {
      if (tree.rel(c) !== rel) continue;
      if (rel === "obl" || rel === "nmod") {
        const cs = tree.caseOf(c);
        if (cs !== "for" && cs !== "on" && cs !== "to" && cs !== "of" && cs !== "about" && cs !== "off")
          continue;
      }
      const hit = byToken.get(c) ?? nested(tree, c, byToken);
      if (hit && !hit.absorbed) return hit;
    }
  }
  // A misparsed subject: "A meeting … planned for next week was called off" with "meeting" hung lower.
  for (const c of tree.children(t)) {
    if (tree.rel(c) !== "nsubj:pass" && tree.rel(c) !== "obj") continue;
    const stack: Array<[number, number]> = tree.children(c).map((g) => [g, 1] as [number, number]);
    while (stack.length > 0) {
      const [x, d] = stack.pop() as [number, number];
      const hit = byToken.get(x);
      if (hit && !hit.absorbed && hit.rule.cls === "n") return hit;
      if (d < 2) for (const g of tree.children(x)) stack.push([g, d + 1]);
    }
  }
  return null;
}

/** A trigger one level down: "agreed to hold talks" (talks under hold), "demanded that troops withdraw". */
function nested(tree: Tree, c: number, byToken: Map<number, Match>, depth = 0): Match | null {
  for (const g of tree.children(c)) {
    const r = tree.baseRel(g);
    if (r === "obj" || r === "xcomp" || r === "conj" || r === "acl" || r === "ccomp") {
      const hit = byToken.get(g) ?? (depth < 1 ? nested(tree, g, byToken, depth + 1) : null);
      if (hit) return hit;
    }
  }
  return null;
}

const NOUN_ACTOR: Slot[] = [
  { kind: "poss" },
  { kind: "prep", prep: "by" },
  { kind: "aclagent" },
  { kind: "amod" },
  { kind: "compound" },
];
const VERB_RECIP: Slot[] = [{ kind: "obj" }, { kind: "iobj" }];
const NOUN_RECIP: Slot[] = [
  { kind: "prep", prep: "with" },
  { kind: "prep", prep: "against" },
  { kind: "prep", prep: "on" },
  { kind: "prep", prep: "to" },
  { kind: "between" },
];

/** Heads filling a slot at trigger `t`. */
function slotHeads(
  tree: Tree,
  t: number,
  slot: Slot,
  cls: TriggerClass,
  extra: readonly number[],
  kb: KnowledgeBase,
): number[] {
  const kids = tree.children(t);
  const out: number[] = [];
  const passive = cls === "v" && tree.isPassive(t);
  switch (slot.kind) {
    case "subj": {
      const s = tree.subjectOf(t);
      if (s >= 0) out.push(s);
      break;
    }
    case "agent":
      for (const c of kids)
        if (tree.rel(c) === "obl:agent" || (tree.baseRel(c) === "obl" && tree.caseOf(c) === "by"))
          out.push(c);
      break;
    case "obj":
      for (const c of kids) {
        if (extra.includes(c)) continue;
        if (tree.rel(c) === "obj" || (passive && tree.rel(c) === "nsubj:pass")) out.push(c);
      }
      if (passive && out.length === 0) {
        const p = tree.patientOf(t);
        if (p >= 0) out.push(p);
      }
      break;
    case "iobj":
      for (const c of kids) if (tree.rel(c) === "iobj") out.push(c);
      break;
    case "poss":
      for (const c of kids) if (tree.rel(c) === "nmod:poss") out.push(c);
      // "rejected Kabul's offer": the possessor of the object.
      if (cls === "v" && out.length === 0)
        for (const c of kids)
          if (tree.rel(c) === "obj")
            for (const g of tree.children(c)) if (tree.rel(g) === "nmod:poss") out.push(g);
      break;
    case "amod":
      for (const c of kids) if (tree.rel(c) === "amod" && tree.upos(c) !== "VERB") out.push(c);
      break;
    case "compound":
      for (const c of kids) if (tree.rel(c) === "compound" && !extra.includes(c)) out.push(c);
      break;
    case "between":
      for (const c of kids) {
        const b = tree.baseRel(c);
        if ((b === "nmod" || b === "obl") && (tree.caseOf(c) === "between" || tree.caseOf(c) === "among"))
          out.push(c);
      }
      break;
    case "speaker": {
      // "X said that removing the sanctions is out of the question": the one who said it.
      const r = reportingHead(tree, t);
      const sp = r >= 0 ? tree.subjectOf(r) : -1;
      if (sp >= 0) out.push(sp);
      break;
    }
    case "aclagent":
      // "concessions made by Malaysia", "attacks carried out by rebels".
      for (const c of kids) {
        if (tree.baseRel(c) !== "acl") continue;
        for (const g of tree.children(c))
          if (tree.rel(g) === "obl:agent" || (tree.baseRel(g) === "obl" && tree.caseOf(g) === "by"))
            out.push(g);
      }
      break;
    case "origin":
      // Where banned goods come from: "imports of Japanese seafood", "goods from Iran".
      for (const c of kids) {
        const b = tree.baseRel(c);
        if (b !== "obj" && b !== "obl" && b !== "nmod") continue;
        const stack: Array<[number, number]> = [[c, 0]];
        while (stack.length > 0) {
          const [x, d] = stack.pop() as [number, number];
          if (tree.rel(x) === "amod" && kb.countriesByAdjective(tree.token(x).text).length > 0) out.push(x);
          if (tree.baseRel(x) === "nmod" && tree.caseOf(x) === "from") out.push(x);
          if (d < 3) for (const g of tree.children(x)) stack.push([g, d + 1]);
        }
      }
      break;
    case "xobj":
      // The object of the light-verb object: "imposed sanctions on X" when the trigger is the verb.
      for (const x of extra) for (const c of tree.children(x)) if (tree.baseRel(c) === "nmod") out.push(c);
      break;
    case "prep": {
      const want = slot.prep ?? "";
      const pool = [...kids, ...extra.flatMap((x) => tree.children(x))];
      // Prepositional phrases on the light-verb object or on the trigger's object ("sanctions on X").
      for (const c of kids) if (tree.rel(c) === "obj") pool.push(...tree.children(c));
      for (const c of pool) {
        const b = tree.baseRel(c);
        if ((b === "obl" || b === "nmod") && tree.caseOf(c) === want) out.push(c);
      }
      if (out.length === 0 && (want === "with" || want === "between")) {
        // A "with" phrase the parser hung on a nearer phrase: "talks in Alaska on Thursday with Blinken".
        for (const c of kids) {
          const b = tree.baseRel(c);
          if (b !== "obl" && b !== "nmod") continue;
          // Only through a place or a date ("in Alaska", "on Thursday"), not through another noun.
          if (tree.upos(c) !== "PROPN" && tree.upos(c) !== "NUM") continue;
          for (const g of tree.children(c))
            if ((tree.baseRel(g) === "nmod" || tree.baseRel(g) === "obl") && tree.caseOf(g) === want)
              out.push(g);
        }
      }
      break;
    }
  }
  return out;
}

function fillSlots(
  doc: Doc,
  tree: Tree,
  t: number,
  slots: readonly Slot[],
  cls: TriggerClass,
  extra: readonly number[],
  deps: CoderDeps,
  places = false,
): { actors: Actor[]; why: string } {
  const rejected: string[] = [];
  for (const slot of slots) {
    const heads = slotHeads(tree, t, slot, cls, extra, deps.kb);
    if (heads.length === 0) continue;
    const actors: Actor[] = [];
    for (const h of heads)
      for (const x of tree.withConjuncts(h)) {
        const found = resolveOrName(doc, tree, x, deps);
        actors.push(...(found.length > 0 || !places ? found : placeActor(doc, tree, x)));
      }
    const name = slot.kind === "prep" ? `"${slot.prep}" phrase` : slot.kind;
    if (actors.length > 0)
      return {
        actors: dedupe(actors),
        why: `${name}: ${heads.map((h) => `"${tree.token(h).text}"`).join(", ")}`,
      };
    rejected.push(...heads.map((h) => `"${tree.token(h).text}"`));
  }
  return {
    actors: [],
    why: rejected.length > 0 ? `none (${rejected.join(", ")} not an actor)` : "none found",
  };
}

/**
 * The resolver's actors for a phrase; a proper name the resolver does not
 * know (a person or group missing from the knowledge base) still counts as
 * an actor, with its text and no country.
 */
function resolveOrName(
  doc: Doc,
  tree: Tree,
  head: number,
  deps: CoderDeps,
  depth = 0,
  appositive = true,
): Actor[] {
  // The same phrase is read for several triggers of a sentence: computed once per document.
  let memo = resolved.get(tree);
  if (memo === undefined) {
    memo = new Map();
    resolved.set(tree, memo);
  }
  const key = head * 8 + depth * 2 + (appositive ? 1 : 0);
  let hit = memo.get(key);
  if (hit === undefined) {
    hit = resolveOrNameOnce(doc, tree, head, deps, depth, appositive);
    memo.set(key, hit);
  }
  return hit.map((a) => ({ ...a }));
}

const resolved = new WeakMap<Tree, Map<number, Actor[]>>();

/**
 * The country of the region or city that owns a body's phrase: a proper-noun
 * compound ("Punjab police") or an "of" phrase ("the government of Sindh
 * province"), looked up in the gazetteer; null when none or ambiguous.
 */
function regionOf(doc: Doc, tree: Tree, head: number, deps: CoderDeps): string | null {
  for (const c of tree.children(head)) {
    const rel = tree.rel(c);
    const ofPhrase = tree.baseRel(c) === "nmod" && tree.caseOf(c) === "of";
    if (!ofPhrase && !(rel === "compound" && tree.upos(c) === "PROPN")) continue;
    // The name: the proper nouns of the phrase, with a region word after them ("Sindh province").
    const names = [c, ...tree.children(c)].filter((x) => tree.upos(x) === "PROPN").sort((a, b) => a - b);
    if (names.length === 0) continue;
    const first = names[0]!;
    const last = names[names.length - 1]!;
    // "Sindh province" as written, then the bare name "Sindh".
    const spans = ofPhrase && tree.upos(c) === "NOUN" && c > last ? [c, last] : [last];
    for (const end of spans) {
      const country = deps.regionCountry(tree.spanText(doc.text, first, end));
      if (country !== null) return country;
    }
  }
  return null;
}

function resolveOrNameOnce(
  doc: Doc,
  tree: Tree,
  head: number,
  deps: CoderDeps,
  depth: number,
  appositive: boolean,
): Actor[] {
  if (head < 0 || head >= tree.tokens.length || tree.upos(head) === "PUNCT" || tree.upos(head) === "SYM")
    return [];
  let found: Actor[];
  try {
    found = deps.resolveActors(doc, head);
  } catch (err) {
    // One bad phrase must not cost the document its events.
    addWarning(doc, "CH_W_ACTOR_FAILED", `actor of "${tree.token(head).text}": ${(err as Error).message}`);
    found = [];
  }
  if (found.length > 0 && !found.some((f) => f.country || f.sector === "IGO") && depth === 0) {
    // "Bosnian Serbs said their forces had withdrawn": the possessive pronoun's antecedent owns the group.
    const poss = tree
      .children(head)
      .find((c) => tree.rel(c) === "nmod:poss" && tree.upos(c) === "PRON" && PRONOUNS.has(tree.lemma(c)));
    if (poss !== undefined) {
      const owners = resolveOrName(doc, tree, poss, deps, 0, false).filter((a) => a.country);
      if (owners.length > 0)
        return owners.map((a) => ({
          ...found[0]!,
          country: a.country,
          sector: found[0]!.sector ?? a.sector,
        }));
    }
  }
  if (found.length > 0 && !found.some((f) => f.country || f.sector === "IGO") && found[0]!.sector !== null) {
    // "the government of Sindh province", "Punjab police": a regional body is coded with its country.
    const country = regionOf(doc, tree, head, deps);
    if (country !== null) return found.map((a) => ({ ...a, country }));
  }
  if (found.length > 0 && (found.some((f) => f.country || f.sector === "IGO") || depth > 0 || !appositive))
    return found;
  if (found.length > 0) {
    // An actor with no country ("led forces"): a modifier may still name it ("Vietnamese-led forces").
    const withCountry = modifierActors(doc, tree, head, deps).filter((a) => a.country);
    if (withCountry.length > 0)
      return withCountry.map((a) => ({ ...a, sector: a.sector ?? found[0]?.sector ?? null }));
    return found;
  }
  // "Iraq said it would allow …": a pronoun subject of a complement clause is the speaker.
  if (depth === 0 && tree.upos(head) === "PRON" && PRONOUNS.has(tree.lemma(head))) {
    let x = tree.head(head);
    // The phrases the pronoun sits in ("their forces") cannot be its own antecedent.
    const path = [head, x];
    for (let d = 0; x >= 0 && d < 4; d++) {
      const up = tree.head(x);
      if (up < 0) break;
      path.push(up);
      if (tree.isVerbal(up)) {
        const s2 = tree.subjectOf(up);
        if (s2 >= 0 && !path.includes(s2) && tree.upos(s2) !== "PRON") {
          const acts = resolveOrName(doc, tree, s2, deps, 0, false);
          if (acts.length > 0) return acts.map((a) => ({ ...a, text: tree.token(head).text }));
        }
      }
      x = up;
    }
  }
  // "the US Secretary of State's visit": the possessive sits on "State" inside "Secretary of State".
  if (depth === 0 && tree.baseRel(head) === "nmod" && tree.caseOf(head) === "of") {
    const up = tree.head(head);
    if (up >= 0 && tree.rel(up) === "nmod:poss") {
      const acts = deps.resolveActors(doc, up);
      if (acts.length > 0) return acts;
    }
  }
  // "Kenzo Oshima, the UN relief coordinator": a name the linker does not know takes its appositive's actor.
  if (depth === 0 && appositive) {
    const appos = [
      ...tree.children(head).filter((c) => tree.rel(c) === "appos"),
      ...(tree.rel(head) === "appos" ? [tree.head(head)] : []),
    ];
    // "A member of the Syrian parliament, Mohammed Mamoun, started …" parsed as a loose modifier of the verb.
    const v = tree.head(head);
    if (v >= 0 && tree.baseRel(head) === "nsubj")
      for (const c of tree.children(v))
        if (c < head && /^(obl:unmarked|nmod:unmarked|obl:npmod|dep)$/.test(tree.rel(c)) && tree.isNominal(c))
          appos.push(c);
    for (const a of appos) {
      const acts = resolveOrName(doc, tree, a, deps, 0, false);
      if (acts.some((x) => x.country || x.sector === "IGO")) {
        const [lo, hi] = tree.phraseBounds(head);
        return acts.map((x) => ({ ...x, text: tree.spanText(doc.text, lo, hi) }));
      }
    }
  }
  // "hundreds of teachers", "a group of rebels": the people counted.
  if (depth === 0 && QUANTITY_HEADS.has(tree.lemma(head))) {
    const of = tree.children(head).find((c) => tree.baseRel(c) === "nmod" && tree.caseOf(c) === "of");
    if (of !== undefined) return resolveOrName(doc, tree, of, deps, 1);
  }
  // "Israeli army bulldozers", "U.N. helicopters", "opposition groups in Zimbabwe": a modifier names the actor.
  if (depth === 0) {
    const viaModifier = modifierActors(doc, tree, head, deps);
    if (viaModifier.length > 0) return viaModifier;
  }
  const tok = tree.token(head);
  const ner = tok.ner ?? "O";
  if (tree.upos(head) !== "PROPN" || ner.endsWith("LOC")) return [];
  if (doc.times.some((x) => x.start <= tok.start && tok.end <= x.end) || CALENDAR_WORDS.has(tree.lemma(head)))
    return [];
  const [a, b] = tree.phraseBounds(head);
  const text = tree.spanText(doc.text, a, b);
  // A misspelled country the linker left alone ("Ethopia has agreed …"): the KB's listed misspellings.
  const kb = deps.kb;
  const ref = kb.lookupMisspelling(tok.text).find((r) => r.type === "country");
  if (ref) return [{ text, name: ref.name, entity_id: ref.id, country: ref.id, sector: null }];
  return [{ text, country: null, sector: null }];
}

function dedupe(actors: Actor[]): Actor[] {
  const seen = new Set<string>();
  return actors.filter((a) => {
    const k = `${a.entity_id ?? ""}|${a.country ?? ""}|${a.sector ?? ""}|${a.entity_id ? "" : a.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The verb a nominal trigger depends on ("held talks", "canceled the visit", "arrived for talks"), or -1. */
function governingVerb(tree: Tree, t: number): number {
  const h = tree.head(t);
  if (h < 0 || !SUPPORT_RELS.has(tree.rel(t))) return -1;
  return tree.isVerbal(h) ? h : -1;
}

function buildEvent(
  doc: Doc,
  tree: Tree,
  m: Match,
  deps: CoderDeps,
  prior: readonly EventMention[],
): EventMention | null {
  // A noun trigger modifying another noun ("a mediation effort", "peace talks"): arguments attach to the phrase head.
  const t =
    m.rule.cls === "n" && tree.rel(m.token) === "compound" && tree.upos(tree.head(m.token)) === "NOUN"
      ? tree.head(m.token)
      : m.token;
  if (t !== m.token && !m.extra.includes(t)) m.extra.push(t, m.token);
  const rule = m.rule;
  const trace = m.trace;
  if (t !== m.token && !COMPOUND_EVENT_HEADS.has(tree.lemma(t))) {
    // "riot police", "protest song", "war crimes": the noun names a kind of thing, not an event.
    trace.dropped = `a modifier of "${tree.token(t).text}", not an event`;
    return null;
  }
  let code = m.inner && rule.wrap ? composeCode(rule.wrap, m.inner.rule.code, rule.code) : rule.code;
  let entry = deps.taxonomy.get(code);
  if (!entry || !entry.ploverType) {
    trace.dropped = `code ${code} has no PLOVER type`;
    return null;
  }
  let ploverType = entry.ploverType;
  trace.code = code;
  if (rule.cls === "v") {
    const generic = genericVerb(tree, t);
    if (generic) {
      trace.dropped = generic;
      return null;
    }
  }
  if (rule.cls === "n") {
    const bg = backgroundReference(tree, t);
    if (bg) {
      trace.dropped = `a background reference (${bg}), not a new event`;
      return null;
    }
  }
  const gov = rule.cls === "n" ? governingVerb(tree, t) : -1;

  // Actor.
  let actorSlots: Slot[] = rule.actor ?? (rule.cls === "n" ? NOUN_ACTOR : [{ kind: "subj" }]);
  const patientSubject =
    rule.cls === "v" && m.extra.some((x) => tree.rel(x) === "nsubj" && tree.head(x) === t);
  if (rule.cls === "v" && (tree.isPassive(t) || patientSubject) && !rule.actor)
    actorSlots = [{ kind: "agent" }];
  let actor = fillSlots(doc, tree, t, actorSlots, rule.cls, m.extra, deps);
  if (
    actor.actors.length === 0 &&
    rule.cls === "v" &&
    tree.isPassive(t) &&
    (SELF_DIRECTED.has(entry.ploverType) ||
      // "Israel is opposed to …", "Vietnam is committed to …": a stative passive describes its subject.
      tree.children(t).some((c) => tree.baseRel(c) === "obl" && tree.caseOf(c) === "to"))
  ) {
    // "the guerrillas have been demobilized": for a retreat or concession the patient is the one acting.
    const p = tree.patientOf(t);
    if (p >= 0) {
      const acts = tree.withConjuncts(p).flatMap((x) => resolveOrName(doc, tree, x, deps));
      if (acts.length > 0)
        actor = {
          actors: dedupe(acts),
          why: `passive subject "${tree.token(p).text}" (self-directed action)`,
        };
    }
  }
  if (actor.actors.length === 0 && rule.cls !== "v" && gov >= 0) {
    // "Blinken held talks with Wang": the subject of the support verb.
    const s = supportedBy(tree, t, gov) ? tree.subjectOf(gov) : -1;
    if (s >= 0) {
      const acts = tree.withConjuncts(s).flatMap((x) => resolveOrName(doc, tree, x, deps));
      if (acts.length > 0) actor = { actors: dedupe(acts), why: `subject of "${tree.token(gov).text}"` };
    }
  }
  // A verb event with no actor and nothing that could still supply one is dropped before the
  // recipient is looked for (most candidate triggers end here; resolving recipients is the costly part).
  if (actor.actors.length === 0 && rule.cls === "v" && !rule.mutual && !m.inner) {
    const subj = tree.subjectOf(t);
    const pronoun = subj >= 0 && tree.upos(subj) === "PRON";
    const unnamedOk = (tree.isPassive(t) || patientSubject) && UNNAMED_PASSIVE.has(entry.ploverType);
    if (!pronoun && !unnamedOk && obligationSpeaker(tree, t) < 0) {
      trace.dropped = "no actor found";
      return null;
    }
  }
  // Recipient.
  let recipSlots: Slot[] = rule.recip ?? (rule.cls === "v" ? VERB_RECIP : NOUN_RECIP);
  if (rule.cls === "v" && tree.isPassive(t) && !rule.recip) recipSlots = [{ kind: "obj" }];
  let recipient = fillSlots(doc, tree, t, recipSlots, rule.cls, m.extra, deps, true);
  if (recipient.actors.length === 0 && m.inner) {
    // "refused to condemn Moscow": the inner event's recipient; "urged both sides to talk": the inner actor.
    const innerRule = m.inner.rule;
    const slots = innerRule.recip ?? (innerRule.cls === "v" ? VERB_RECIP : NOUN_RECIP);
    const r = fillSlots(doc, tree, m.inner.token, slots, innerRule.cls, m.inner.extra, deps, true);
    if (r.actors.length > 0) recipient = { actors: r.actors, why: `from the inner event: ${r.why}` };
  }
  if (recipient.actors.length === 0 && rule.cls === "n" && gov >= 0) {
    // "held talks with X" where "with X" attaches to the verb.
    const r = fillSlots(doc, tree, gov, NOUN_RECIP, "v", [], deps);
    if (r.actors.length > 0) recipient = { actors: r.actors, why: `on "${tree.token(gov).text}": ${r.why}` };
  }
  // "between X and Y": every party acts.
  if (actor.actors.length === 0 && recipient.actors.length > 1 && (rule.mutual || rule.cls === "n")) {
    actor = { actors: recipient.actors, why: `all parties (${recipient.why})` };
    recipient = { actors: [], why: "mutual event" };
  }
  if (actor.actors.length === 0 && m.inner && sharesSubject(tree, m.inner.token, t)) {
    // "X threatened to break relations": the wrapper's subject is the inner event's (control).
    const innerRule = m.inner.rule;
    const slots = innerRule.actor ?? (innerRule.cls === "v" ? [{ kind: "subj" }] : NOUN_ACTOR);
    const a = fillSlots(doc, tree, m.inner.token, slots, innerRule.cls, m.inner.extra, deps);
    if (a.actors.length > 0) actor = { actors: a.actors, why: `from the inner event: ${a.why}` };
  }
  trace.actorWhy = actor.why;
  trace.recipientWhy = recipient.why;
  if (actor.actors.length === 0 && rule.cls === "v") {
    // "It also refused to condemn Moscow": a pronoun subject the linker left open takes the actor of
    // the last event told in the two sentences before.
    const subj = tree.subjectOf(t);
    if (subj >= 0 && tree.upos(subj) === "PRON" && PRONOUNS.has(tree.lemma(subj))) {
      const here = tree.token(t).sentence;
      const last = [...prior]
        .reverse()
        .find(
          (p) =>
            p.actor.length > 0 && p.actor.every((a) => a.country) && p.evidence.start < tree.token(t).start,
        );
      const lastSentence = last
        ? (doc.tokens.find((k) => k.start >= last.evidence.start)?.sentence ?? -9)
        : -9;
      if (last && here - lastSentence <= 2) {
        actor = {
          actors: last.actor.map((a) => ({ ...a, text: tree.token(subj).text })),
          why: `"${tree.token(subj).text}": the actor of the event told just before ("${last.evidence.trigger}")`,
        };
      }
    }
  }
  let antecedent: EventMention | null = null;
  if (actor.actors.length === 0 && rule.cls === "n") {
    // "The visit was canceled": a definite noun naming an event told before takes that event's parties.
    const det = tree.children(t).find((c) => tree.rel(c) === "det" || tree.rel(c) === "det:poss");
    const detLemma = det === undefined ? "" : tree.lemma(det);
    if (detLemma === "the" || detLemma === "this" || detLemma === "that") {
      const root = code.slice(0, 2);
      const recent = [...prior].reverse().filter((p) => p.actor.length > 0);
      const before = recent.find((p) => p.cameo === code) ?? recent.find((p) => p.cameo.slice(0, 2) === root);
      if (before) {
        antecedent = before;
        actor = {
          actors: before.actor.map((a) => ({ ...a })),
          why: `the ${tree.token(t).text} told before ("${before.evidence.trigger}")`,
        };
        if (recipient.actors.length === 0 && before.recipient.length > 0)
          recipient = { actors: before.recipient.map((a) => ({ ...a })), why: "from the event told before" };
      }
    }
  }
  if (actor.actors.length === 0 && rule.cls === "n" && rule.mutual && recipient.actors.length > 0) {
    // "talks in Alaska with Blinken and Sullivan": the parties named are the actors.
    actor = { actors: recipient.actors, why: `the parties named (${recipient.why})` };
    recipient = { actors: [], why: "mutual event" };
  }
  let unnamed = false;
  if (actor.actors.length === 0) {
    // "Riots broke out in the capital", "Sanctions take hold": a nominal event that the text reports
    // as happening, with nobody named as its author, is kept with no actor.
    const rel = tree.rel(t);
    const reported = rel === "nsubj" || rel === "root" || tree.head(t) < 0 || (rel === "obj" && gov >= 0);
    const nominal =
      rule.cls === "n" && UNNAMED_OK.has(entry.ploverType) && reported && actor.why === "none found";
    // "Curfew lifted in Kabul", "Three soldiers were killed by a roadside bomb": a passive with no named agent.
    const passive =
      rule.cls === "v" && (tree.isPassive(t) || patientSubject) && UNNAMED_PASSIVE.has(entry.ploverType);
    if (!nominal && !passive) {
      trace.dropped = "no actor found";
      return null;
    }
    unnamed = true;
    actor = { actors: [], why: "not named (a reported nominal event)" };
  }
  if (rule.needRecipient && recipient.actors.length === 0) {
    trace.dropped = "the rule needs a recipient and none was found";
    return null;
  }
  let actors = actor.actors;
  let recipients = recipient.actors;
  if (rule.mutual && recipients.length > 0) {
    actors = dedupe([...actors, ...recipients]);
    recipients = [];
  }
  // Drop recipients identical to an actor (reflexive noise), unless every recipient is.
  const actorKeys = new Set(actors.map((a) => a.entity_id ?? a.text));
  recipients = recipients.filter((r) => !actorKeys.has(r.entity_id ?? r.text));

  // Status.
  let status = decideStatus(tree, t, m.statusWraps, gov);
  // "Paris said Tehran must stop …": an obligation stated by someone else is that speaker's demand.
  const obliged = !m.inner && rule.wrap === null ? obligationSpeaker(tree, t) : -1;
  if (obliged >= 0) {
    const speaker = tree.subjectOf(obliged);
    const speakers =
      speaker >= 0 ? tree.withConjuncts(speaker).flatMap((x) => resolveOrName(doc, tree, x, deps)) : [];
    const composed = composeCode("request", code, "100");
    const c2 = deps.taxonomy.get(composed);
    if (rule === OBLIGATION_RULE && speakers.length === 0) {
      trace.dropped = "an obligation whose speaker is no actor";
      return null;
    }
    if (speakers.length > 0 && c2?.ploverType) {
      recipient = { actors: actor.actors, why: `the party obliged (${actor.why})` };
      actor = {
        actors: dedupe(speakers),
        why: `speaker "${tree.token(speaker).text}" of "${tree.token(obliged).text}"`,
      };
      trace.actorWhy = actor.why;
      trace.recipientWhy = recipient.why;
      actors = actor.actors;
      recipients = recipient.actors;
      entry = c2;
      ploverType = c2.ploverType;
      code = composed;
      trace.code = composed;
      status = {
        status: "occurred",
        why: `an obligation stated by "${tree.token(speaker).text}" is a demand`,
      };
    }
  }
  trace.status = status;
  let date = statedDate(deps.resolveDate(doc, t), doc);
  // No stated date and no publication date: the day is unknown.
  if (!date.value) date = { ...date, precision: "unknown" };
  if (!date.stated && m.inner) {
    const d = statedDate(deps.resolveDate(doc, m.inner.token), doc);
    if (d.stated) date = d;
  }
  if (
    antecedent &&
    status.status === "occurred" &&
    antecedent.status !== "occurred" &&
    antecedent.status !== "negated"
  ) {
    // "Lavrov will visit China. The visit is of great importance": still the planned visit.
    status = { status: antecedent.status, why: `the ${antecedent.status} event it refers back to` };
    trace.status = status;
  }
  if (status.status === "occurred" && date.stated && isAfter(date.value, doc.published_at)) {
    status = {
      status: "planned",
      why: `its stated date ${date.value} is after publication (${doc.published_at ?? ""})`,
    };
    trace.status = status;
  }
  const location = deps.resolvePlace(doc, t);
  if (ploverType === "PROTEST" && location?.country && actors.length > 0 && actors.every((a) => !a.country)) {
    // "demonstrators protesting in Monrovia": protesters of no stated country are the place's.
    actors = actors.map((a) => ({ ...a, country: location.country }));
    trace.actorWhy = `${trace.actorWhy}; the country where they protested (${location.name})`;
  }
  if (
    (ploverType === "ASSAULT" || ploverType === "COERCE" || ploverType === "PROTEST") &&
    recipients.every((r) => r.country === null) &&
    location?.country
  ) {
    // "bombers killed 23 people in Tel Aviv": the attack is on the country where it happened.
    recipients = [
      ...recipients.filter((r) => r.entity_id),
      { text: location.name, name: location.name, country: location.country, sector: null },
    ];
    trace.recipientWhy = `${trace.recipientWhy}; the country where it happened (${location.name})`;
  }
  if (recipients.length === 0 && code.startsWith("042")) {
    // A visit's host is the country visited: "travel to Beijing" → CHN.
    const dest = destination(doc, tree, t) ?? (location?.country ? location : null);
    if (dest?.country && !actors.some((a) => a.country === dest.country)) {
      recipients = [{ text: dest.name, name: dest.name, country: dest.country, sector: null }];
      trace.recipientWhy = `the country of the place visited (${dest.name})`;
    }
  }

  // Evidence.
  const sentence = doc.sentences[tree.token(t).sentence];
  const sStart = sentence?.start ?? tree.token(t).start;
  const sEnd = sentence?.end ?? tree.token(t).end;
  const phrase = [t, ...m.extra].sort((a, b) => a - b);
  const triggerText = tree.spanText(doc.text, phrase[0] ?? t, phrase[phrase.length - 1] ?? t);
  let confidence = rule.confidence;
  if (recipient.actors.length === 0) confidence -= 0.1;
  if (actors.every((a) => a.country === null)) confidence -= 0.2;
  if (unnamed) confidence -= 0.1;
  if (m.secondary) confidence -= 0.15;
  // The main clause's event is what the sentence reports; deeper ones are its circumstances.
  let depth = 0;
  for (let x = tree.head(m.token); x >= 0 && depth < 6; x = tree.head(x)) depth++;
  confidence -= 0.05 * Math.min(depth, 5);
  if (rule.cls === "n") confidence -= 0.05;
  return {
    actor: actors,
    recipient: recipients,
    cameo: code,
    plover: { type: ploverType, mode: entry.ploverMode, context: entry.ploverContext },
    goldstein: entry.goldstein,
    quad_class: entry.quadClass,
    status: status.status,
    date,
    location,
    evidence: {
      sentence: doc.text.slice(sStart, sEnd),
      start: sStart,
      end: sEnd,
      trigger: triggerText.length <= 80 ? triggerText : tree.token(t).text,
      trigger_start: tree.token(m.token).start,
      trigger_end: tree.token(m.token).end,
      rule: rule.id,
    },
    confidence: Math.max(0.05, Math.round(confidence * 100) / 100),
  };
}

const REPORTING_VERBS = new Set([
  "say",
  "announce",
  "declare",
  "confirm",
  "state",
  "tell",
  "warn",
  "vow",
  "insist",
  "indicate",
  "signal",
  "report",
  "add",
]);

/** The reporting verb whose complement clause holds `t` ("said it would …"), or -1. */
function reportingHead(tree: Tree, t: number): number {
  let x = t;
  for (let d = 0; d < 3 && x >= 0; d++) {
    const h = tree.head(x);
    if (h < 0) return -1;
    const r = tree.rel(x);
    if ((r === "ccomp" || r === "parataxis") && REPORTING_VERBS.has(tree.lemma(h))) return h;
    // "issued a stern reminder that Iraq must cooperate": a verb whose object is a statement.
    if (
      r === "ccomp" &&
      tree.children(h).some((c) => tree.rel(c) === "obj" && STATEMENT_NOUNS.has(tree.lemma(c)))
    )
      return h;
    if (r !== "conj" && r !== "xcomp") return -1;
    x = h;
  }
  return -1;
}

/** Whether the clause of `t` has an "unless"/"if" condition attached (or one of `marks`). */
function hasConditional(tree: Tree, t: number, ...marks: string[]): boolean {
  const want = marks.length > 0 ? marks : ["unless", "if"];
  return tree
    .children(t)
    .some(
      (c) =>
        tree.rel(c) === "advcl" &&
        tree.children(c).some((g) => tree.rel(g) === "mark" && want.includes(tree.lemma(g))),
    );
}

/** Heads a noun event may modify and still name the event ("mediation effort", "peace talks", "aid package"). */
const COMPOUND_EVENT_HEADS = new Set([
  "effort",
  "campaign",
  "operation",
  "process",
  "mission",
  "deal",
  "agreement",
  "plan",
  "programme",
  "program",
  "package",
  "talk",
  "round",
  "summit",
  "conference",
  "meeting",
  "visit",
  "trip",
  "strike",
  "attack",
  "protest",
  "rally",
  "march",
  "drill",
  "exercise",
  "raid",
  "offensive",
  "blockade",
  "ban",
  "embargo",
  "sanction",
  "pact",
  "accord",
  "treaty",
  "initiative",
  "bid",
  "move",
  "measure",
  "action",
  "wave",
  "spree",
  "shipment",
  "delivery",
  "convoy",
  "flight",
  "airlift",
  "call",
  "session",
  "negotiation",
  "dialogue",
  "consultation",
]);

/** Types whose nominal events are kept when nobody is named as their author. */
const UNNAMED_OK = new Set(["PROTEST", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "CONSULT"]);
/** Types whose passive events are kept when no agent is named. */
const UNNAMED_PASSIVE = new Set([...UNNAMED_OK, "CONCEDE", "RETREAT", "AID"]);

/** Vehicles and weapons that stand for the armed forces using them ("Israeli tanks fired"). */
const MILITARY_HARDWARE = new Set([
  "tank",
  "aircraft",
  "warplane",
  "jet",
  "helicopter",
  "gunship",
  "bulldozer",
  "warship",
  "ship",
  "destroyer",
  "frigate",
  "submarine",
  "drone",
  "bomber",
  "fighter",
  "artillery",
  "battery",
  "missile",
  "plane",
  "vessel",
  "boat",
  "convoy",
  "gunboat",
]);

const CALENDAR_WORDS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);
const PRONOUNS = new Set(["it", "they", "he", "she", "we", "its", "their", "his", "her", "our"]);

const PARTITIVES = new Set([
  "part",
  "portion",
  "some",
  "all",
  "half",
  "most",
  "much",
  "share",
  "bulk",
  "rest",
]);

/** Heads that count or group the actors named in their "of" phrase. */
const QUANTITY_HEADS = new Set([
  "patch",
  "batch",
  "wave",
  "deployment",
  "detachment",
  "squad",
  "handful",
  "majority",
  "hundred",
  "hundreds",
  "thousand",
  "thousands",
  "dozen",
  "dozens",
  "score",
  "scores",
  "million",
  "millions",
  "group",
  "groups",
  "crowd",
  "crowds",
  "band",
  "number",
  "team",
  "delegation",
  "member",
  "members",
  "contingent",
  "unit",
]);

/** Types where the one who yields is the grammatical patient of a passive ("were demobilized", "was released"). */
const SELF_DIRECTED = new Set(["RETREAT", "CONCEDE"]);

/** For a clause with "must"/"should" under a reporting verb, that verb; else -1. */
function obligationSpeaker(tree: Tree, t: number): number {
  const must = (x: number) =>
    tree
      .children(x)
      .some((c) => tree.rel(c) === "aux" && (tree.lemma(c) === "must" || tree.lemma(c) === "should"));
  // "the US must be ready to mediate": the modal sits on the adjective the verb complements.
  let clause = t;
  if (!must(t)) {
    const h0 = tree.head(t);
    if (h0 < 0 || tree.upos(h0) !== "ADJ" || !must(h0)) return -1;
    clause = h0;
  }
  const h = reportingHead(tree, clause);
  if (h >= 0) return h;
  // "issued a reminder that Iraq must cooperate": a clause complementing a statement noun.
  const p = tree.head(clause);
  if (
    p >= 0 &&
    /^(acl|ccomp|acl:relcl|advcl)$/.test(tree.rel(clause)) &&
    STATEMENT_NOUNS.has(tree.lemma(p))
  ) {
    const v = tree.head(p);
    return v >= 0 && tree.isVerbal(v) ? v : -1;
  }
  return -1;
}

const STATEMENT_NOUNS = new Set([
  "reminder",
  "warning",
  "statement",
  "message",
  "letter",
  "note",
  "demand",
  "call",
]);

const LABEL_VERBS = new Set([
  "call",
  "describe",
  "label",
  "term",
  "brand",
  "denounce",
  "condemn",
  "characterize",
  "characterise",
  "dub",
  "consider",
  "regard",
  "see",
  "view",
]);
/** Nouns a noun event may modify without being background ("calls for talks", "threat of war"). */
const EVENTIVE_HEADS = new Set([
  "call",
  "demand",
  "threat",
  "plan",
  "proposal",
  "offer",
  "request",
  "appeal",
  "invitation",
  "agreement",
  "deal",
  "preparation",
  "resumption",
  "start",
  "round",
]);
const SETTING_CASES = new Set(["in", "from", "during", "through", "under", "within", "throughout"]);
const MODIFIER_CASES = new Set([
  "in",
  "to",
  "toward",
  "towards",
  "over",
  "about",
  "regarding",
  "on",
  "amid",
  "into",
]);
const SAY_VERBS = new Set(["say", "tell", "claim", "add", "note", "insist", "write", "stress"]);
const BACKGROUND_CASES = new Set([
  "after",
  "before",
  "since",
  "during",
  "amid",
  "amidst",
  "despite",
  "following",
  "throughout",
  "ahead of",
  "in wake",
  "prior to",
  "until",
]);
const BACKGROUND_HEADS = new Set([
  "start",
  "beginning",
  "outbreak",
  "anniversary",
  "aftermath",
  "end",
  "history",
  "legacy",
  "memory",
  "victim",
  "survivor",
  "veteran",
  "cost",
  "toll",
  "wake",
  "eve",
  "time",
  "years",
  "day",
  "era",
  "course",
]);

/**
 * Whether a nominal trigger only refers to an event as background: "since the
 * invasion", "amid the war", "after the start of the war", "victims of the
 * attack". Returns the reason, or null.
 */
function backgroundReference(tree: Tree, t: number): string | null {
  const h0 = tree.head(t);
  if (tree.rel(t) === "obj" && h0 >= 0 && SAY_VERBS.has(tree.lemma(h0)))
    return `object of "${tree.token(h0).text}"`;
  // "called this a malicious attack", "described it as aggression": a label, not an event.
  if (tree.rel(t) === "xcomp" && h0 >= 0 && !tree.isVerbal(h0)) return "a predicate noun";
  if (tree.rel(t) === "xcomp" && h0 >= 0 && LABEL_VERBS.has(tree.lemma(h0)))
    return `named by "${tree.token(h0).text}"`;
  if (tree.caseOf(t) === "as" && h0 >= 0 && LABEL_VERBS.has(tree.lemma(h0)))
    return `named by "${tree.token(h0).text} as"`;
  // "died in the conflict", "fled from the fighting": the noun is the setting of another event.
  if (tree.baseRel(t) === "obl" && h0 >= 0) {
    const c = tree.caseOf(t);
    if (c !== null && SETTING_CASES.has(c) && !(PARTICIPATION.get(c)?.has(tree.lemma(h0)) ?? false))
      return `the setting ("${c} ${tree.token(t).text}") of "${tree.token(h0).text}"`;
  }
  // "neutrality in the conflict", "approach to the war": a noun modifying another noun that is not itself an event word.
  if (tree.rel(t) === "nmod" && h0 >= 0 && tree.upos(h0) === "NOUN" && !EVENTIVE_HEADS.has(tree.lemma(h0))) {
    const c = tree.caseOf(t);
    if (c !== null && MODIFIER_CASES.has(c)) return `a modifier of "${tree.token(h0).text}"`;
  }
  for (let x = t, d = 0; x >= 0 && d < 3; x = tree.head(x), d++) {
    const rel = tree.baseRel(x);
    if (rel !== "obl" && rel !== "nmod") return null;
    const c = tree.caseOf(x);
    if (c !== null && BACKGROUND_CASES.has(c)) return `"${c} ${tree.token(x).text}"`;
    const h = tree.head(x);
    if (c === "of" && h >= 0 && BACKGROUND_HEADS.has(tree.lemma(h))) return `"${tree.token(h).text} of"`;
    if (c !== "of") return null;
  }
  return null;
}

/**
 * Verbs that do not report an event: a participle used as an adjective
 * ("the opposing sides", "warring parties"), or a simple-present verb in a
 * relative clause, which states what usually holds ("conflicts where the two
 * powers back opposing sides"). Returns the reason, or null.
 */
function genericVerb(tree: Tree, t: number): string | null {
  const rel = tree.rel(t);
  if ((rel === "amod" && !tree.misparsedVerb(t)) || rel === "compound")
    return "a participle used as an adjective";
  // The verb itself, or the verb it complements ("back opposing sides" read as back → opposing).
  for (let x = t, d = 0; x >= 0 && d < 3; d++) {
    const r = tree.rel(x);
    const xpos = tree.token(x).xpos ?? "";
    if ((r === "acl:relcl" || r === "acl") && (xpos === "VBP" || xpos === "VBZ")) {
      const hasAux = tree.children(x).some((c) => tree.baseRel(c) === "aux");
      if (!hasAux) return "a simple-present verb in a relative clause (a general state, not an event)";
    }
    if (r !== "xcomp" && r !== "conj") break;
    x = tree.head(x);
  }
  return null;
}

/** Whether a date value ("2021-03-22", "2021-03", "2021-W12", "2021") lies wholly after the publication day. */
function isAfter(value: string, published: string | null): boolean {
  if (!published || !/^\d{4}/.test(value)) return false;
  const day = published.slice(0, 10);
  if (/^\d{4}-W\d{2}$/.test(value)) {
    const [y, w] = value.split("-W").map(Number) as [number, number];
    const jan4 = Date.UTC(y, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (w - 1) * 7 * 86400000;
    return new Date(monday).toISOString().slice(0, 10) > day;
  }
  const v = value.slice(0, 10);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return false;
  // Compare at the value's precision: "2021-03" is after "2021-02-27" but not after "2021-03-05".
  return v > day.slice(0, v.length);
}

/** The place a visit goes to: a "to"/"in"/"at" phrase on the trigger that the place stage resolved. */
function destination(doc: Doc, tree: Tree, t: number): { name: string; country: string | null } | null {
  for (const c of tree.children(t)) {
    const b = tree.baseRel(c);
    if (b !== "obl" && b !== "nmod" && b !== "obj") continue;
    const cs = tree.caseOf(c);
    if (b !== "obj" && cs !== "to" && cs !== "in" && cs !== "at") continue;
    const tok = tree.token(c);
    const place = doc.places.find((p) => p.start <= tok.start && tok.end <= p.end);
    if (place?.country) return { name: place.name, country: place.country };
  }
  return null;
}

/** A stated date that only bounds the event ("since 2018", "until March") is not its date. */
function statedDate(d: EventDate, doc: Doc): EventDate {
  if (!d.stated || !d.text || !/^(since|until|till|before|after|by)\b/i.test(d.text)) return d;
  const day = (doc.published_at ?? "").slice(0, 10);
  return { value: day, precision: day.length === 10 ? "day" : "unknown", stated: false };
}

/** Verbs whose subject takes part in the event named by an oblique noun ("took part in the protest", "arrived for talks"). */
const PARTICIPATION = new Map<string, ReadonlySet<string>>([
  ["in", new Set(["participate", "take", "engage", "join", "involve", "lead", "partake", "march", "gather"])],
  [
    "for",
    new Set(["arrive", "travel", "come", "gather", "meet", "fly", "head", "go", "leave", "depart", "sit"]),
  ],
  ["to", new Set(["return", "come", "go", "head"])],
  ["off", new Set(["call", "put"])],
]);

/** Whether the subject of `gov` is the author of the noun event `t` ("held talks", "staged a protest", "took part in talks"). */
function supportedBy(tree: Tree, t: number, gov: number): boolean {
  if (SUPPORTED_RELS.has(tree.rel(t))) return true;
  if (tree.baseRel(t) !== "obl") return false;
  const c = tree.caseOf(t);
  return c !== null && (PARTICIPATION.get(c)?.has(tree.lemma(gov)) ?? false);
}

/** A place named as a party ("withdraw from Chad", "relations with Congo"): its country, when the place stage resolved it. */
function placeActor(doc: Doc, tree: Tree, x: number): Actor[] {
  const tok = tree.token(x);
  const place = doc.places.find((p) => p.start <= tok.start && tok.end <= p.end);
  if (!place?.country) return [];
  return [{ text: place.text, name: place.name, country: place.country, sector: null }];
}

/**
 * A specific appeal, intent, demand, rejection or threat rule ("refused to lift
 * the curfew" → 1241) without `wrap=` still governs the event in its
 * complement: that event is absorbed (kept as planned for an intent) and the
 * rule's own code is kept.
 */
function implicitWrap(rule: Rule): WrapKind | null {
  if (rule.cls !== "v" || rule === OBLIGATION_RULE) return null;
  switch (rule.code.slice(0, 2)) {
    case "02":
      return "appeal";
    case "03":
      return "agree";
    case "10":
      return "request";
    case "12":
      return "reject";
    case "13":
      return "threaten";
    default:
      return null;
  }
}

/** Whether `inner` gets its subject from `wrapper` by subject control ("refused to meet"), not from an object ("refused to allow planes to land"). */
function sharesSubject(tree: Tree, inner: number, wrapper: number): boolean {
  let x = inner;
  for (let d = 0; d < 4; d++) {
    const h = tree.head(x);
    if (h < 0) return true;
    if (h === wrapper) return true;
    if (tree.hasObjectControl(h)) return false;
    x = h;
  }
  return true;
}

/** Plain stems of an inflected form: "rioted" → riot, "clashes" → clash, "bombing" → bomb. */
function stemsOf(form: string, cls: TriggerClass): string[] {
  const out: string[] = [];
  if (cls === "v") {
    if (form.endsWith("ed")) out.push(form.slice(0, -2), form.slice(0, -1));
    if (form.endsWith("ing")) out.push(form.slice(0, -3), `${form.slice(0, -3)}e`);
    if (form.endsWith("ies")) out.push(`${form.slice(0, -3)}y`);
    if (form.endsWith("es")) out.push(form.slice(0, -2));
    if (form.endsWith("s")) out.push(form.slice(0, -1));
    if (/([bdgmnprt])\1(ed|ing)$/.test(form)) out.push(form.replace(/([bdgmnprt])\1(ed|ing)$/, "$1"));
  } else if (cls === "n") {
    if (form.endsWith("ies")) out.push(`${form.slice(0, -3)}y`);
    if (form.endsWith("es")) out.push(form.slice(0, -2));
    if (form.endsWith("s")) out.push(form.slice(0, -1));
  }
  return out.filter((x) => x.length >= 3);
}

/** Actors named by a modifier of a noun the linker left unresolved ("Israeli army bulldozers"). */
function modifierActors(doc: Doc, tree: Tree, head: number, deps: CoderDeps): Actor[] {
  if (!tree.isNominal(head) || tree.upos(head) === "PRON") return [];
  const kb = deps.kb;
  const noun = tree.token(head).text;
  if (!kb.isNonActorHead(noun)) {
    const mods = tree
      .children(head)
      .filter((c) => {
        const r = tree.rel(c);
        if (r === "compound" || r === "amod" || r === "nmod:poss" || r === "flat" || r === "nmod:desc")
          return true;
        return (
          tree.baseRel(c) === "nmod" &&
          (tree.caseOf(c) === "in" || tree.caseOf(c) === "of" || tree.caseOf(c) === "from")
        );
      })
      .sort((a, b) => b - a);
    for (const m of mods) {
      let found2 = deps.resolveActors(doc, m);
      // "Vietnamese-led forces": the country sits one level down, under "led".
      if (found2.length === 0 && ["amod", "nmod:desc", "compound"].includes(tree.rel(m)))
        for (const g of tree.children(m)) {
          if (tree.isNominal(g) && found2.length === 0) found2 = deps.resolveActors(doc, g);
          if (found2.length === 0 && tree.upos(g) === "ADJ") {
            const adj = deps.kb.countriesByAdjective(tree.token(g).text)[0];
            if (adj)
              found2 = [
                {
                  text: tree.token(g).text,
                  name: adj.name,
                  entity_id: adj.code,
                  country: adj.code,
                  sector: null,
                },
              ];
          }
        }
      // "the United Nations Emergency Relief Coordinator": the modifier's own phrase is a KB name.
      if (found2.length === 0 && (tree.upos(m) === "PROPN" || tree.rel(m) === "compound")) {
        const [lo, hi] = tree.phraseBounds(m);
        const ref = kb
          .lookup(tree.spanText(doc.text, lo, hi))
          .find((r) => r.type === "country" || r.type === "igo");
        if (ref)
          found2 = [
            {
              text: tree.spanText(doc.text, lo, hi),
              name: ref.name,
              entity_id: ref.id,
              country: ref.type === "country" ? ref.id : null,
              sector: ref.type === "igo" ? "IGO" : null,
            },
          ];
      }
      // "the government of Sindh province": a place the place stage resolved stands for its country.
      if (found2.length === 0 && tree.rel(m) !== "amod") {
        found2 = placeActor(doc, tree, m);
        for (const g of tree.children(m))
          if (found2.length === 0 && tree.rel(g) === "compound") found2 = placeActor(doc, tree, g);
      }
      if (found2.length === 0) continue;
      const [a, b] = tree.phraseBounds(head);
      const text = tree.spanText(doc.text, a, b);
      const term = kb.termsFor(noun)[0];
      const sector = MILITARY_HARDWARE.has(tree.lemma(head)) ? "MIL" : (term?.sector ?? null);
      return found2.map((f) => ({ ...f, text, sector: sector ?? f.sector }));
    }
  }
  return [];
}

/** The rule behind a demand read from "X said Y must …" when the obliged verb is no trigger of its own. */
const OBLIGATION_RULE: Rule = {
  id: "obligation",
  code: "100",
  cls: "v",
  lemmas: [],
  prt: null,
  obj: null,
  prep: null,
  withLemmas: null,
  without: null,
  head: null,
  recip: null,
  actor: null,
  wrap: null,
  mutual: false,
  needRecipient: false,
  confidence: 0.7,
  specificity: 0,
  source: "src/events/coder.ts",
};

/** Per dictionary: form/class → the stem that is a trigger, or "" (cached: most forms are asked again and again). */
const stemCache = new WeakMap<PatternDictionary, Map<string, string>>();

/** Word forms that may carry an inflection a stem can be found under ("clashes", "rioted", "bombing"). */
const INFLECTED = /(?:s|ed|ing)$/i;

function stemTrigger(form: string, cls: TriggerClass, patterns: PatternDictionary): string {
  // Only an inflected-looking form can have a plain stem ("rioted", "clashes", "bombing").
  if (cls === "a") return "";
  if (cls === "n" && !form.endsWith("s")) return "";
  if (cls === "v" && !form.endsWith("s") && !form.endsWith("ed") && !form.endsWith("ing")) return "";
  let cache = stemCache.get(patterns);
  if (!cache) {
    cache = new Map();
    stemCache.set(patterns, cache);
  }
  const key = `${form}/${cls}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let found = "";
  for (const alt of stemsOf(form, cls)) {
    if (patterns.candidates(alt, cls).length > 0) {
      found = alt;
      break;
    }
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(key, found);
  return found;
}

/** Per tree: the lemmas of the words near each trigger (governor, dependents, their dependents), computed once. */
const nearCache = new WeakMap<Tree, Map<number, Set<string>>>();

function nearLemmas(tree: Tree, t: number): Set<string> {
  let byToken = nearCache.get(tree);
  if (!byToken) {
    byToken = new Map();
    nearCache.set(tree, byToken);
  }
  const hit = byToken.get(t);
  if (hit) return hit;
  const near = new Set<string>();
  const gov = tree.head(t);
  if (gov >= 0) near.add(tree.lemma(gov));
  for (const c of tree.children(t)) {
    near.add(tree.lemma(c));
    for (const g of tree.children(c)) {
      near.add(tree.lemma(g));
      // "part of a military aid program": look through a partitive.
      if (PARTITIVES.has(tree.lemma(c))) for (const gg of tree.children(g)) near.add(tree.lemma(gg));
    }
  }
  byToken.set(t, near);
  return near;
}
