/**
 * The event pattern dictionary: rules that turn a trigger word and its
 * dependency neighbourhood into a CAMEO code. Rules are data
 * (`data/events/patterns/*.pat`, plus any file a user passes), one per line:
 *
 * ```text
 * # id              code  trigger           constraints and argument slots
 * visit.v           042   v:visit|tour      recip=obj,obl:to,obl:in
 * talks.hold        040   n:talk|negotiation recip=with,between
 * sanction.impose   163   n:sanction|embargo recip=on,against,obl:on
 * aid.military      072   v:supply|provide  with=weapon|arm|ammunition recip=obj,iobj,to
 * shoot.down        190   v:shoot           prt=down recip=obj
 * refuse            120   v:refuse|decline  wrap=reject
 * ```
 *
 * See docs/events.md for every key. Lines are whitespace-separated; `#`
 * starts a comment.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ChanceryError } from "../errors.js";
import { packageRoot } from "../util/paths.js";
import type { Taxonomy } from "./taxonomy.js";

/** Word class a trigger must have. */
export type TriggerClass = "v" | "n" | "a";

/** How a wrapper rule combines with an event in its complement. */
export type WrapKind =
  | "agree" // express intent (03x): "agreed to visit", "pledged aid"
  | "threaten" // 13x: "threatened to impose sanctions"
  | "reject" // 12x: "refused to condemn"
  | "request" // 10x: "demanded that troops withdraw"
  | "appeal" // 02x: "urged both sides to hold talks"
  | "plan" // no event of its own; the inner event is planned
  | "hypothetical" // no event of its own; the inner event is hypothetical
  | "negate" // no event of its own; the inner event is negated ("denied", "failed to")
  | "cancel"; // no event of its own; the inner event is canceled

/** Wrapper kinds that never code an event of their own. */
export const STATUS_WRAPS: ReadonlySet<WrapKind> = new Set(["plan", "hypothetical", "negate", "cancel"]);

/** One argument slot, e.g. `obj`, `obl:to`, `with` (any `with` phrase), `poss`. */
export interface Slot {
  /** `subj`, `obj`, `iobj`, `poss`, `amod`, `compound`, `prep` (a phrase with the case marker `prep`), `between`. */
  kind: string;
  /** Case marker for `prep` slots. */
  prep?: string;
}

/** A compiled rule. */
export interface Rule {
  id: string;
  code: string;
  cls: TriggerClass;
  lemmas: string[];
  /** Required particle lemmas (compound:prt), any of. */
  prt: string[] | null;
  /** Required object lemmas (light-verb constructions), any of. */
  obj: string[] | null;
  /** Required case markers of some oblique dependent, any of. */
  prep: string[] | null;
  /** Some dependent (or the object's dependent) must have one of these lemmas. */
  withLemmas: string[] | null;
  /** The trigger must NOT have a dependent with one of these lemmas. */
  without: string[] | null;
  /** The word the trigger depends on must have one of these lemmas ("strengthen cooperation"). */
  head: string[] | null;
  /** Recipient slots, in order of preference; null = the defaults for the class. */
  recip: Slot[] | null;
  /** Actor slots; null = the defaults for the class. */
  actor: Slot[] | null;
  wrap: WrapKind | null;
  /** Recipients join the actors (meetings, joint statements: every party acts). */
  mutual: boolean;
  /** Needs a recipient to fire. */
  needRecipient: boolean;
  confidence: number;
  /** Number of constraints: more specific rules win over general ones. */
  specificity: number;
  /** `file:line` the rule came from. */
  source: string;
}

const WRAPS: readonly WrapKind[] = [
  "agree",
  "threaten",
  "reject",
  "request",
  "appeal",
  "plan",
  "hypothetical",
  "negate",
  "cancel",
];

function bad(where: string, why: string): never {
  throw new ChanceryError("CH_EVENT_PATTERN", `${where}: ${why}`);
}

function lemmaList(value: string, where: string, key: string): string[] {
  const list = value
    .split("|")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
  if (list.length === 0) bad(where, `"${key}=" needs at least one word`);
  return list;
}

function parseSlots(value: string, where: string): Slot[] {
  return value.split(",").map((raw) => {
    const s = raw.trim();
    if (s === "") bad(where, "empty argument slot");
    if (s.startsWith("obl:") || s.startsWith("nmod:"))
      return { kind: "prep", prep: s.slice(s.indexOf(":") + 1) };
    if (
      [
        "subj",
        "obj",
        "iobj",
        "poss",
        "amod",
        "compound",
        "between",
        "agent",
        "xobj",
        "origin",
        "speaker",
      ].includes(s)
    )
      return { kind: s };
    if (/^[a-z]+$/.test(s)) return { kind: "prep", prep: s };
    return bad(where, `unknown argument slot "${s}"`);
  });
}

/** Parse one pattern file. Throws `CH_EVENT_PATTERN` with `file:line` and the reason. */
export function parsePatterns(text: string, file: string, taxonomy: Taxonomy): Rule[] {
  const rules: Rule[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/#.*$/, "").trim();
    if (line === "") continue;
    const where = `${file}:${i + 1}`;
    const fields = line.split(/\s+/);
    const [id, code, trigger, ...options] = fields;
    if (!id || !code || !trigger) bad(where, "a rule needs an id, a CAMEO code and a trigger");
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) bad(where, `bad rule id "${id}"`);
    const entry = taxonomy.get(code);
    if (!entry) bad(where, `unknown CAMEO code "${code}"`);
    const m = /^([vna]):(.+)$/.exec(trigger);
    if (!m) bad(where, `trigger "${trigger}" must look like v:lemma, n:lemma or a:lemma`);
    const rule: Rule = {
      id,
      code,
      cls: m[1] as TriggerClass,
      lemmas: lemmaList(m[2] ?? "", where, "trigger"),
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
      confidence: 0.8,
      specificity: 0,
      source: where,
    };
    for (const opt of options) {
      const eq = opt.indexOf("=");
      const key = eq < 0 ? opt : opt.slice(0, eq);
      const value = eq < 0 ? "" : opt.slice(eq + 1);
      switch (key) {
        case "prt":
          rule.prt = lemmaList(value, where, key);
          rule.specificity += 2;
          break;
        case "obj":
          rule.obj = lemmaList(value, where, key);
          rule.specificity += 2;
          break;
        case "prep":
          rule.prep = lemmaList(value, where, key);
          rule.specificity += 1;
          break;
        case "with":
          rule.withLemmas = lemmaList(value, where, key);
          rule.specificity += 1;
          break;
        case "without":
          rule.without = lemmaList(value, where, key);
          break;
        case "head":
          rule.head = lemmaList(value, where, key);
          rule.specificity += 1;
          break;
        case "recip":
          rule.recip = parseSlots(value, where);
          break;
        case "actor":
          rule.actor = parseSlots(value, where);
          break;
        case "wrap":
          if (!(WRAPS as readonly string[]).includes(value)) bad(where, `unknown wrap "${value}"`);
          rule.wrap = value as WrapKind;
          break;
        case "mutual":
          rule.mutual = true;
          break;
        case "needrecip":
          rule.needRecipient = true;
          break;
        case "conf": {
          const c = Number(value);
          if (!(c > 0 && c <= 1)) bad(where, `conf must be in (0, 1], got "${value}"`);
          rule.confidence = c;
          break;
        }
        default:
          bad(where, `unknown option "${key}"`);
      }
    }
    if (entry.ploverType === null && !(rule.wrap && STATUS_WRAPS.has(rule.wrap))) {
      bad(where, `CAMEO ${code} has no PLOVER type; only status wrappers may use it`);
    }
    rules.push(rule);
  }
  return rules;
}

/** Rules indexed by `lemma/class`. */
export class PatternDictionary {
  /** Per word class, rules by trigger lemma. */
  private readonly index: Record<TriggerClass, Map<string, Rule[]>> = {
    v: new Map(),
    n: new Map(),
    a: new Map(),
  };
  readonly rules: Rule[] = [];

  constructor(rules: readonly Rule[]) {
    const ids = new Map<string, string>();
    for (const r of rules) {
      const prior = ids.get(r.id);
      if (prior !== undefined) {
        // A later file overrides a rule with the same id (user dictionaries).
        const i = this.rules.findIndex((x) => x.id === r.id);
        if (i >= 0) this.rules.splice(i, 1);
      }
      ids.set(r.id, r.source);
      this.rules.push(r);
    }
    for (const r of this.rules) {
      const byLemma = this.index[r.cls];
      for (const lemma of r.lemmas) {
        const list = byLemma.get(lemma);
        if (list) list.push(r);
        else byLemma.set(lemma, [r]);
      }
    }
  }

  /** Rules whose trigger is this lemma in this word class. */
  candidates(lemma: string, cls: TriggerClass): readonly Rule[] {
    return this.index[cls].get(lemma) ?? NONE;
  }
}

const NONE: readonly Rule[] = [];

/** The folder of the shipped pattern files. */
export function patternDir(): string {
  return join(packageRoot(), "data", "events", "patterns");
}

const cache = new Map<string, PatternDictionary>();

/** Load the shipped patterns plus `extraFiles` (later files override rules with the same id). Cached per file list. */
export function loadPatterns(taxonomy: Taxonomy, extraFiles: readonly string[] = []): PatternDictionary {
  const key = extraFiles.join("\n");
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = patternDir();
  const files = [
    ...readdirSync(dir)
      .filter((f) => f.endsWith(".pat"))
      .sort()
      .map((f) => join(dir, f)),
    ...extraFiles,
  ];
  const rules: Rule[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      throw new ChanceryError("CH_EVENT_PATTERN", `${file}: cannot read (${(err as Error).message})`);
    }
    rules.push(...parsePatterns(text, file, taxonomy));
  }
  const dict = new PatternDictionary(rules);
  cache.set(key, dict);
  return dict;
}
