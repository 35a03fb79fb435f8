import { join } from "node:path";
import type { EventMention } from "../doc/types.js";
import { extractItem } from "../extract/extract.js";
import type { ExtractOutput } from "../extract/output.js";
import { readSources } from "../ingest/index.js";
import { buildPipeline } from "../pipeline/registry.js";
import { packageRoot } from "../util/paths.js";
import { type GoldArticle, type GoldEvent, readGold } from "./gold.js";
import type { EvalSection } from "./section.js";

const countries = (actors: EventMention["actor"]) => new Set(actors.map((a) => a.country ?? a.sector ?? "?"));
const overlaps = (gold: string[], pred: Set<string>) => gold.length === 0 || gold.some((g) => pred.has(g));

/** Whether a predicted event matches a gold event on type and actor (status scored separately). */
function matches(g: GoldEvent, p: EventMention): boolean {
  return p.plover.type === g.plover && overlaps(g.actor, countries(p.actor));
}

/**
 * Whether an event's trigger lies inside a trap's text (the words that must
 * not be read as an event that occurred). Events elsewhere in the same
 * sentence are not the trap's business.
 */
export function inTrap(p: EventMention, trap: string): boolean {
  const at = p.evidence.sentence.indexOf(trap);
  if (at < 0) return trap.includes(p.evidence.sentence) && trap.includes(p.evidence.trigger);
  const start = p.evidence.start + at;
  const end = start + trap.length;
  if (p.evidence.trigger_start === undefined || p.evidence.trigger_end === undefined)
    return trap.includes(p.evidence.trigger);
  return p.evidence.trigger_start >= start && p.evidence.trigger_end <= end;
}

/** Scores of the event coder on the sample corpus gold. */
export interface CorpusScores {
  docs: number;
  docsWithError: number;
  gold: number;
  predicted: number;
  matched: number;
  statusCorrect: number;
  recipientCorrect: number;
  dateCorrect: number;
  trapViolations: number;
  missingDocs: string[];
}

/** Score extract outputs against the gold. */
export function scoreCorpus(outputs: ExtractOutput[], gold: GoldArticle[]): CorpusScores {
  const byId = new Map(outputs.map((o) => [o.id, o]));
  const s: CorpusScores = {
    docs: outputs.length,
    docsWithError: outputs.filter((o) => o.error).length,
    gold: 0,
    predicted: outputs.reduce((n, o) => n + o.events.length, 0),
    matched: 0,
    statusCorrect: 0,
    recipientCorrect: 0,
    dateCorrect: 0,
    trapViolations: 0,
    missingDocs: [],
  };
  for (const g of gold) {
    s.gold += g.events.length;
    const out = byId.get(g.id);
    if (!out) {
      s.missingDocs.push(g.id);
      continue;
    }
    const used = new Set<number>();
    for (const ge of g.events) {
      const idx = out.events.findIndex(
        (p, i) => !used.has(i) && matches(ge, p) && p.evidence.sentence.includes(ge.trigger),
      );
      const alt = idx >= 0 ? idx : out.events.findIndex((p, i) => !used.has(i) && matches(ge, p));
      if (alt < 0) continue;
      used.add(alt);
      const p = out.events[alt]!;
      s.matched++;
      if (p.status === ge.status) s.statusCorrect++;
      if (
        overlaps(ge.recipient, countries(p.recipient)) &&
        (ge.recipient.length > 0 || p.recipient.length === 0)
      ) {
        s.recipientCorrect++;
      }
      if (p.date.value === ge.date) s.dateCorrect++;
    }
    for (const trap of g.traps) {
      for (const p of out.events) if (p.status === "occurred" && inTrap(p, trap.sentence)) s.trapViolations++;
    }
  }
  return s;
}

/** The sample-corpus section of `npm run eval`: every article processed, events scored against our gold. */
export const corpusSection: EvalSection = {
  name: "corpus",
  description: "sample corpus (examples/corpus) against its hand-made gold (examples/gold)",
  needsShared: false,
  async run() {
    const root = packageRoot();
    const gold = readGold(join(root, "examples", "gold"));
    const pipeline = buildPipeline();
    const outputs: ExtractOutput[] = [];
    for await (const item of readSources([join(root, "examples", "corpus")]))
      outputs.push(await extractItem(item, pipeline));
    const s = scoreCorpus(outputs, gold);
    const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
    const recall = ratio(s.matched, s.gold);
    const precision = ratio(s.matched, s.predicted);
    const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
    return {
      metrics: {
        "corpus.docs_processed": s.docs - s.docsWithError,
        "corpus.docs_with_gold_found": gold.length - s.missingDocs.length,
        "corpus.event_recall": recall,
        "corpus.event_precision": precision,
        "corpus.event_f1": f1,
        "corpus.status_accuracy": ratio(s.statusCorrect, s.matched),
        "corpus.date_accuracy": ratio(s.dateCorrect, s.matched),
        "corpus.trap_violations": s.trapViolations,
      },
      lines: [
        `${s.docs} records read, ${s.docsWithError} with errors; ${gold.length} gold articles, ${s.missingDocs.length} not found${s.missingDocs.length ? ` (${s.missingDocs.slice(0, 5).join(", ")})` : ""}`,
        `events: gold ${s.gold}, predicted ${s.predicted}, matched (type+actor) ${s.matched}; status ok ${s.statusCorrect}, recipient ok ${s.recipientCorrect}, date ok ${s.dateCorrect}; occurred events on trap sentences ${s.trapViolations}`,
      ],
    };
  },
};
