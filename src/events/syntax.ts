/**
 * Read-only views of a parsed document that the event coder needs: children
 * of each token, case markers, clause heads, subjects with control and
 * coordination. All indices are document-level token indices.
 */
import type { Doc } from "../doc/doc.js";
import type { Token } from "../doc/types.js";

/** A parsed document with child lists. */
export class Tree {
  readonly tokens: Token[];
  private readonly kids: number[][];

  constructor(doc: Doc) {
    this.tokens = doc.tokens;
    this.kids = this.tokens.map(() => []);
    for (let i = 0; i < this.tokens.length; i++) {
      const h = this.tokens[i]?.head;
      if (h !== undefined && h >= 0 && h < this.tokens.length) this.kids[h]?.push(i);
    }
  }

  token(i: number): Token {
    const t = this.tokens[i];
    if (!t) throw new RangeError(`no token ${i}`);
    return t;
  }

  children(i: number): readonly number[] {
    return this.kids[i] ?? [];
  }

  head(i: number): number {
    return this.tokens[i]?.head ?? -1;
  }

  rel(i: number): string {
    return this.tokens[i]?.deprel ?? "";
  }

  /** The relation without its subtype: `nsubj:pass` → `nsubj`. */
  baseRel(i: number): string {
    const r = this.rel(i);
    const c = r.indexOf(":");
    return c < 0 ? r : r.slice(0, c);
  }

  /** Lemmas, computed once per token. */
  private readonly lemmas: (string | undefined)[] = [];

  /** Override a token's lemma for the coder (a stem the pattern dictionary knows). */
  setLemma(i: number, lemma: string): void {
    this.lemmas[i] = lemma;
  }

  lemma(i: number): string {
    const hit = this.lemmas[i];
    if (hit !== undefined) return hit;
    const l = this.computeLemma(i);
    this.lemmas[i] = l;
    return l;
  }

  private computeLemma(i: number): string {
    const t = this.tokens[i];
    const l = (t?.lemma ?? t?.text ?? "").toLowerCase();
    // Repairs for forms the lemmatizer leaves inflected or gets wrong ("troops", "shot").
    if (
      t?.xpos === "NNS" &&
      l.length > 3 &&
      l === t.text.toLowerCase() &&
      l.endsWith("s") &&
      !l.endsWith("ss")
    )
      return l.endsWith("ies") ? `${l.slice(0, -3)}y` : l.slice(0, -1);
    if (t?.xpos === "VBD" || t?.xpos === "VBN") return IRREGULAR_PAST.get(t.text.toLowerCase()) ?? l;
    return l;
  }

  upos(i: number): string {
    return this.tokens[i]?.upos ?? "";
  }

  /** Children with one of these relations (exact or base). */
  childrenBy(i: number, ...rels: string[]): number[] {
    return this.children(i).filter((c) => rels.includes(this.rel(c)) || rels.includes(this.baseRel(c)));
  }

  /** The case marker (or clause marker) of a nominal/clausal dependent: "in", "with", "on", "because of"... */
  caseOf(i: number): string | null {
    const hit = this.cases[i];
    if (hit !== undefined) return hit;
    let found: string | null = null;
    for (const c of this.children(i)) {
      const r = this.rel(c);
      if (r === "case" || r === "mark") {
        found = this.lemma(c);
        for (const f of this.children(c)) if (this.rel(f) === "fixed") found = `${found} ${this.lemma(f)}`;
        break;
      }
    }
    this.cases[i] = found;
    return found;
  }

  /** Case markers, computed once per token (null: none). */
  private readonly cases: (string | null | undefined)[] = [];

  /** `i` and the tokens coordinated with it ("the US and Japan"). */
  withConjuncts(i: number): number[] {
    const out = [i];
    for (const c of this.children(i)) if (this.rel(c) === "conj" && this.isNominal(c)) out.push(c);
    return out;
  }

  isNominal(i: number): boolean {
    const u = this.upos(i);
    return u === "NOUN" || u === "PROPN" || u === "PRON" || u === "NUM" || u === "X" || u === "ADJ";
  }

  isVerbal(i: number): boolean {
    const u = this.upos(i);
    return u === "VERB" || u === "AUX";
  }

  /** Whether the clause headed by `i` is passive (has nsubj:pass or aux:pass). */
  isPassive(i: number): boolean {
    return this.children(i).some((c) => this.rel(c) === "nsubj:pass" || this.rel(c) === "aux:pass");
  }

  /**
   * The subject of the clause headed by `v`, following control ("X agreed to
   * visit": the subject of "agreed"; "urged Y to withdraw": Y), coordination
   * ("X met Y and signed": X) and relative clauses ("troops that crossed").
   * For a passive clause this is the `by` agent. Returns the head token or -1.
   */
  subjectOf(v: number, depth = 0): number {
    if (depth > 6 || v < 0) return -1;
    const passive = this.isPassive(v);
    for (const c of this.children(v)) {
      const r = this.rel(c);
      if (!passive && (r === "nsubj" || r === "csubj")) return this.timeSubjectRepair(c);
      if (passive && (r === "obl:agent" || (this.baseRel(c) === "obl" && this.caseOf(c) === "by"))) return c;
    }
    if (passive) return -1;
    const h = this.head(v);
    const r = this.rel(v);
    const repaired = this.auxSplitSubject(v);
    if (repaired >= 0) return repaired;
    // "A top U.S. official today praised": the subject parsed as a modifier of the time word.
    for (const c of this.children(v)) {
      if (c > v || !TIME_WORDS.has(this.lemma(c))) continue;
      const inner = this.children(c).filter(
        (x) => x < c && ["amod", "compound", "nmod"].includes(this.baseRel(x)),
      );
      if (inner.length > 0) return inner[inner.length - 1]!;
    }
    if (h < 0) return -1;
    if (r === "xcomp") {
      // Raising from a passive: "Blinken is expected to travel".
      const raised = this.children(h).find((c) => this.rel(c) === "nsubj:pass");
      if (raised !== undefined) return raised;
      // Object control ("urged both sides to hold talks"), else subject control.
      const obj = this.children(h).find((c) => this.rel(c) === "obj" || this.rel(c) === "iobj");
      if (obj !== undefined && OBJECT_CONTROL.has(this.lemma(h))) return obj;
      return this.subjectOf(h, depth + 1);
    }
    if (r === "conj" || r === "advcl" || r === "parataxis") {
      // "X was indicted … and will resign": a passive first conjunct lends its patient.
      if (r === "conj" && this.isPassive(h)) {
        const p = this.patientOf(h);
        if (p >= 0) return p;
      }
      if (r === "conj" || this.children(v).some((c) => this.rel(c) === "mark" && this.lemma(c) === "to"))
        return this.subjectOf(h, depth + 1);
      // Participial adverbial clause ("..., killing 12"): the main subject.
      if (this.tokens[v]?.xpos === "VBG") return this.subjectOf(h, depth + 1);
      return -1;
    }
    if (r === "amod" && this.misparsedVerb(v)) {
      let p = v - 1;
      if (this.tokens[p]?.text === ",") p--;
      if (p > 0 && TIME_WORDS.has(this.lemma(p))) p--; // "officers today ended …"
      return this.phraseHeadAt(p);
    }
    if (r === "acl" && STATEMENT_NOUNS.has(this.lemma(h))) {
      // "issued a declaration demanding …": the one who issued it.
      const g = this.head(h);
      return g >= 0 && this.isVerbal(g) ? this.subjectOf(g, depth + 1) : -1;
    }
    if (r === "acl:relcl" || r === "acl") {
      const t = this.tokens[v];
      // "the tension caused by": a passive participle — unless it has an object, which only an
      // active verb the parser misattached has ("Russian troops shot down a drone").
      if (r === "acl" && (t?.xpos === "VBN" || t?.xpos === "VBD")) {
        const kids = this.children(v);
        if (
          kids.some(
            (c) => this.rel(c) === "obl:agent" || (this.baseRel(c) === "obl" && this.caseOf(c) === "by"),
          )
        )
          return -1;
        const active = kids.some(
          (c) =>
            this.rel(c) === "obj" ||
            this.rel(c) === "ccomp" ||
            ((this.rel(c) === "xcomp" || this.rel(c) === "advcl") &&
              this.children(c).some((g) => this.rel(g) === "mark" && this.lemma(g) === "to")),
        );
        return active ? h : -1;
      }
      return h;
    }
    return -1;
  }

  /**
   * Repair of a frequent parse error: "China has so far not lifted" parsed
   * with "has" as a clause of its own holding the subject. The subject of a
   * preceding auxiliary within five words is taken.
   */
  private auxSplitSubject(v: number): number {
    const sentence = this.tokens[v]?.sentence;
    for (let x = v - 1; x >= 0 && x >= v - 6; x--) {
      if (this.tokens[x]?.sentence !== sentence) break;
      if (this.rel(x) === "nsubj") {
        const h = this.head(x);
        if (h > x && h < v && this.upos(h) === "AUX") return x;
        return -1;
      }
    }
    return -1;
  }

  /** "A top U.S. official today praised": a time word parsed as the subject, with the real subject inside it. */
  private timeSubjectRepair(c: number): number {
    if (!TIME_WORDS.has(this.lemma(c))) return c;
    const inner = this.children(c).find(
      (x) => (this.rel(x) === "compound" || this.rel(x) === "nmod") && this.isNominal(x),
    );
    return inner ?? c;
  }

  /**
   * A finite verb the parser attached as an adjective: "Red Cross officials
   * suspended aid deliveries" with "suspended" as a modifier of "deliveries".
   * A past-tense form right after a noun is taken to be the verb.
   */
  misparsedVerb(v: number): boolean {
    const xpos = this.tokens[v]?.xpos ?? "";
    if (xpos !== "VBD" && xpos !== "VBN") return false;
    let prev = this.tokens[v - 1];
    // "Kenzo Oshima, the UN relief coordinator, demanded …": past an appositive's comma.
    if (prev?.text === "," && v >= 2) prev = this.tokens[v - 2];
    if (!prev || prev.sentence !== this.tokens[v]?.sentence) return false;
    return prev.upos === "NOUN" || prev.upos === "PROPN";
  }

  /** The head of the noun phrase a token belongs to (through compound/flat/amod links). */
  phraseHeadAt(i: number): number {
    let x = i;
    for (let d = 0; d < 4 && x >= 0; d++) {
      const r = this.rel(x);
      if (r !== "compound" && r !== "flat" && r !== "amod" && r !== "flat:name" && r !== "appos") return x;
      x = this.head(x);
    }
    return x;
  }

  /** Whether `v` passes its object, not its subject, to an infinitive ("urged X to", "allowed X to"). */
  hasObjectControl(v: number): boolean {
    return (
      OBJECT_CONTROL.has(this.lemma(v)) &&
      this.children(v).some((c) => this.rel(c) === "obj" || this.rel(c) === "iobj")
    );
  }

  /** The passive subject of a passive clause (the patient). */
  patientOf(v: number): number {
    const c = this.children(v).find((x) => this.rel(x) === "nsubj:pass");
    if (c !== undefined) return c;
    if (this.rel(v) === "acl" && this.tokens[v]?.xpos === "VBN") return this.head(v);
    return -1;
  }

  /** Text of the tokens [a, b] inclusive, from the document text. */
  spanText(text: string, a: number, b: number): string {
    const s = this.tokens[a];
    const e = this.tokens[b];
    return s && e ? text.slice(s.start, e.end) : "";
  }

  /** Leftmost and rightmost token of the noun phrase headed by `i` (modifiers, compounds, names; no clauses or prepositional phrases). */
  phraseBounds(i: number): [number, number] {
    let lo = i;
    let hi = i;
    const stack = [i];
    while (stack.length > 0) {
      const x = stack.pop() as number;
      for (const c of this.children(x)) {
        const r = this.rel(c);
        const inside =
          (NP_INTERNAL.has(r) && !(r === "amod" && this.isVerbal(c))) ||
          (r === "case" && this.rel(x) === "nmod:poss");
        if (!inside) continue;
        if (c < lo) lo = c;
        if (c > hi) hi = c;
        stack.push(c);
      }
    }
    return [lo, hi];
  }
}

/** Irregular past forms of event verbs (facts of English), for when the lemmatizer misses them. */
const IRREGULAR_PAST = new Map([
  ["shot", "shoot"],
  ["struck", "strike"],
  ["fought", "fight"],
  ["met", "meet"],
  ["held", "hold"],
  ["sent", "send"],
  ["sought", "seek"],
  ["threw", "throw"],
  ["thrown", "throw"],
  ["took", "take"],
  ["taken", "take"],
  ["gave", "give"],
  ["given", "give"],
  ["led", "lead"],
  ["left", "leave"],
  ["fled", "flee"],
  ["bought", "buy"],
  ["sold", "sell"],
  ["brought", "bring"],
  ["broke", "break"],
  ["broken", "break"],
  ["froze", "freeze"],
  ["frozen", "freeze"],
  ["overran", "overrun"],
  ["forbade", "forbid"],
  ["forbidden", "forbid"],
  ["swore", "swear"],
  ["sworn", "swear"],
  ["withdrew", "withdraw"],
  ["withdrawn", "withdraw"],
  ["undertook", "undertake"],
  ["undertaken", "undertake"],
  ["spoke", "speak"],
  ["spoken", "speak"],
  ["told", "tell"],
  ["beat", "beat"],
  ["beaten", "beat"],
  ["slew", "slay"],
  ["slain", "slay"],
  ["hit", "hit"],
  ["bid", "bid"],
  ["shut", "shut"],
  ["cut", "cut"],
  ["put", "put"],
  ["set", "set"],
  ["rode", "ride"],
  ["drove", "drive"],
  ["driven", "drive"],
  ["blew", "blow"],
  ["blown", "blow"],
  ["flew", "fly"],
  ["flown", "fly"],
  ["stole", "steal"],
  ["stolen", "steal"],
  ["seized", "seize"],
]);
const TIME_WORDS = new Set([
  "today",
  "yesterday",
  "tonight",
  "tomorrow",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);
const STATEMENT_NOUNS = new Set([
  "declaration",
  "statement",
  "letter",
  "resolution",
  "communique",
  "message",
  "note",
  "decree",
  "report",
]);

/** Verbs whose infinitival complement's subject is their object. */
const OBJECT_CONTROL = new Set([
  "urge",
  "ask",
  "call",
  "tell",
  "order",
  "force",
  "invite",
  "encourage",
  "persuade",
  "press",
  "pressure",
  "push",
  "allow",
  "permit",
  "help",
  "require",
  "warn",
  "instruct",
  "direct",
  "compel",
  "demand",
  "request",
  "appeal",
]);

const NP_INTERNAL = new Set([
  "compound",
  "flat",
  "flat:name",
  "amod",
  "det",
  "det:poss",
  "nmod:poss",
  "nmod:desc",
  "nmod:unmarked",
  "nummod",
  "fixed",
]);
