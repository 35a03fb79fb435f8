/**
 * Event-coding evaluations on the PLOVER data in `../shared/eval/`:
 * the gold-standard sentences (`plover-gsr-dev.json`) and the synthetic
 * stories (`synthetic-stories/dev.jsonl`).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createDoc } from "../../doc/doc.js";
import type { Actor, EventMention } from "../../doc/types.js";
import { buildPipeline } from "../../pipeline/registry.js";
import type { EvalSection, SectionResult } from "../section.js";

/** PLOVER 0.5 names in the gold-standard records → current PLOVER types. */
export const PLOVER_05: Readonly<Record<string, string>> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
};

interface GsrActor {
  actorText?: string;
  code?: string;
  sector?: string;
}
interface GsrRecord {
  id: string;
  date?: string;
  event: string;
  text: string;
  source?: GsrActor[] | GsrActor;
  target?: GsrActor[] | GsrActor;
}

/** Stages for single sentences: the cleaner and language guesser are for whole pages, not one sentence. */
const SENTENCE_STAGES = ["markup", "normalize", "tokenize", "tag", "parse", "ner", "link", "events"];

function sentenceStages(): string[] {
  const pipeline = buildPipeline();
  const names = new Set(pipeline.stages.map((s) => s.name));
  // Use the time/place stages too when they are registered (dates do not affect these scores).
  return [...pipeline.stages.map((s) => s.name)].filter(
    (n) => SENTENCE_STAGES.includes(n) || (names.has(n) && (n === "time" || n === "place")),
  );
}

/** Codes an actor can be scored by: its country, and `IGO` for international organisations. */
function actorCodes(actors: readonly Actor[]): Set<string> {
  const out = new Set<string>();
  for (const a of actors) {
    if (a.country) out.add(a.country);
    if (a.sector === "IGO" || (!a.country && a.entity_id && /^[A-Z][A-Z0-9]{1,11}$/.test(a.entity_id)))
      out.add("IGO");
  }
  return out;
}

function goldCodes(actors: readonly GsrActor[] | GsrActor | undefined): string[] {
  const list = actors === undefined ? [] : Array.isArray(actors) ? actors : [actors as GsrActor];
  return list.map((a) => (a.code ?? "").toUpperCase()).filter((c) => c !== "");
}

/** The event a sentence is "about": highest confidence, earliest on ties. */
export function topEvent(events: readonly EventMention[]): EventMention | undefined {
  let best: EventMention | undefined;
  for (const e of events) if (!best || e.confidence > best.confidence) best = e;
  return best;
}

export const ploverGsrSection: EvalSection = {
  name: "events",
  description: "event coding on the PLOVER gold-standard sentences (../shared/eval/plover-gsr-dev.json)",
  needsShared: true,
  async run(shared): Promise<SectionResult> {
    const file = join(shared ?? "", "eval", "plover-gsr-dev.json");
    if (!existsSync(file)) return { metrics: {}, lines: [`skipped: ${file} is absent`] };
    const records = (JSON.parse(readFileSync(file, "utf8")) as { records: GsrRecord[] }).records;
    const pipeline = buildPipeline(sentenceStages());
    let found = 0;
    let top = 0;
    let actorScored = 0;
    let actorOk = 0;
    let recipScored = 0;
    let recipOk = 0;
    let events = 0;
    const perType = new Map<string, { n: number; found: number }>();
    const t0 = performance.now();
    for (const r of records) {
      const gold = PLOVER_05[r.event] ?? r.event;
      const doc = createDoc({ id: r.id, raw: r.text, rawKind: "text", published_at: r.date ?? null });
      await pipeline.run(doc);
      events += doc.events.length;
      const pt = perType.get(gold) ?? { n: 0, found: 0 };
      pt.n++;
      perType.set(gold, pt);
      const ofType = doc.events.filter((e) => e.plover.type === gold);
      if (topEvent(doc.events)?.plover.type === gold) top++;
      if (ofType.length === 0) continue;
      found++;
      pt.found++;
      const src = goldCodes(r.source);
      if (src.length > 0) {
        actorScored++;
        if (ofType.some((e) => src.some((c) => actorCodes(e.actor).has(c)))) actorOk++;
      }
      const tgt = goldCodes(r.target);
      if (tgt.length > 0) {
        recipScored++;
        if (ofType.some((e) => tgt.some((c) => actorCodes(e.recipient).has(c) || actorCodes(e.actor).has(c))))
          recipOk++;
      }
    }
    const ms = performance.now() - t0;
    const n = records.length;
    const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
    const typeLines = [...perType.entries()]
      .sort((a, b) => b[1].n - a[1].n)
      .map(([t, v]) => `${t} ${v.found}/${v.n}`)
      .join(", ");
    return {
      metrics: {
        "events.gsr_type_recall": ratio(found, n),
        "events.gsr_top_precision": ratio(top, n),
        "events.gsr_actor_country_accuracy": ratio(actorOk, actorScored),
        "events.gsr_recipient_country_accuracy": ratio(recipOk, recipScored),
      },
      lines: [
        `${n} sentences, ${events} events coded (${(ms / n).toFixed(1)} ms per sentence, whole pipeline)`,
        `type found ${found}/${n}; top event of the right type ${top}/${n}; actor country right ${actorOk}/${actorScored} and recipient ${recipOk}/${recipScored} where the type was found`,
        `per type (found/gold): ${typeLines}`,
      ],
    };
  },
};

interface Story {
  id: string;
  text: string;
  label: string;
  mode?: string;
  prompt_title?: string;
}

export const syntheticSection: EvalSection = {
  name: "stories",
  description:
    "document-level event types on the synthetic PLOVER stories (../shared/eval/synthetic-stories/dev.jsonl)",
  needsShared: true,
  async run(shared): Promise<SectionResult> {
    const file = join(shared ?? "", "eval", "synthetic-stories", "dev.jsonl");
    if (!existsSync(file)) return { metrics: {}, lines: [`skipped: ${file} is absent`] };
    const stories = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as Story);
    const pipeline = buildPipeline();
    let found = 0;
    let events = 0;
    let failed = 0;
    const perType = new Map<string, { n: number; found: number }>();
    const confusion = new Map<string, Map<string, number>>();
    const t0 = performance.now();
    for (const s of stories) {
      // A story as a plain-text page: its headline on the first line, then the body.
      const raw = s.prompt_title ? `${s.prompt_title}\n\n${s.text}` : s.text;
      const doc = createDoc({ id: s.id, raw, rawKind: "text", published_at: null });
      try {
        await pipeline.run(doc);
      } catch {
        failed++;
        continue;
      }
      events += doc.events.length;
      const types = new Set(doc.events.map((e) => e.plover.type));
      const pt = perType.get(s.label) ?? { n: 0, found: 0 };
      pt.n++;
      if (types.has(s.label)) {
        found++;
        pt.found++;
      }
      perType.set(s.label, pt);
      const top = topEvent(doc.events)?.plover.type ?? "(none)";
      const row = confusion.get(s.label) ?? new Map<string, number>();
      row.set(top, (row.get(top) ?? 0) + 1);
      confusion.set(s.label, row);
    }
    const ms = performance.now() - t0;
    const n = stories.length;
    const lines = [
      `${n} stories, ${failed} failed, ${events} events coded (${(ms / n).toFixed(1)} ms per story); labelled type found in ${found}`,
      `per-type recall: ${[...perType.entries()]
        .sort((a, b) => b[1].n - a[1].n)
        .map(([t, v]) => `${t} ${(v.found / v.n).toFixed(2)} (${v.n})`)
        .join(", ")}`,
      "confusion (label → top event type: count, three most frequent):",
    ];
    for (const [label, row] of [...confusion.entries()].sort()) {
      const cells = [...row.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([t, c]) => `${t} ${c}`)
        .join(", ");
      lines.push(`  ${label.padEnd(10)} → ${cells}`);
    }
    return { metrics: { "stories.type_found_rate": n === 0 ? 0 : found / n }, lines };
  },
};
