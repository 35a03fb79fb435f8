import type { Command } from "commander";
import { createDoc, type Doc } from "../../doc/doc.js";
import type { EventMention } from "../../doc/types.js";
import { ChanceryError } from "../../errors.js";
import { codeDocument, type TriggerTrace } from "../../events/coder.js";
import { coderDeps } from "../../events/resolvers.js";
import { buildPipeline, DEFAULT_STAGES } from "../../pipeline/registry.js";
import { toConllu } from "./parse.js";

/** Stages `explain` runs before coding: everything up to the coder, except whole-page cleaning. */
function stagesBeforeEvents(): string[] {
  const skip = new Set(["clean", "language", "events"]);
  return DEFAULT_STAGES.map((s) => s.name).filter((n) => !skip.has(n));
}

function actorLine(e: EventMention["actor"]): string {
  if (e.length === 0) return "(none)";
  return e
    .map(
      (a) =>
        `${a.text}${a.name && a.name !== a.text ? ` = ${a.name}` : ""} [${a.country ?? "?"} ${a.sector ?? "?"}${a.entity_id ? ` ${a.entity_id}` : ""}]`,
    )
    .join("; ");
}

/** Whether a string is a real calendar day written YYYY-MM-DD ("2024-02-30" is not). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The explanation of one document, as lines of text. */
export function explainLines(
  doc: Doc,
  traces: readonly TriggerTrace[],
  events: readonly EventMention[],
): string[] {
  const out: string[] = [];
  out.push(
    "Parse:",
    ...toConllu(doc)
      .trimEnd()
      .split("\n")
      .map((l) => `  ${l}`),
    "",
  );
  if (traces.length === 0) out.push("No word in the text is a trigger of any pattern.");
  for (const t of traces) {
    out.push(
      `Trigger "${t.text}" (lemma ${t.lemma}, ${t.cls === "v" ? "verb" : t.cls === "n" ? "noun" : "adjective"}, token ${t.token}):`,
    );
    for (const r of t.rules) out.push(`  ${r.ok ? "+" : "-"} rule ${r.id} (CAMEO ${r.code}): ${r.why}`);
    if (t.fired) out.push(`  fired: ${t.fired}${t.code ? ` → CAMEO ${t.code}` : ""}`);
    if (t.actorWhy) out.push(`  actor: ${t.actorWhy}`);
    if (t.recipientWhy) out.push(`  recipient: ${t.recipientWhy}`);
    if (t.status) out.push(`  status: ${t.status.status} (${t.status.why})`);
    out.push(`  result: ${t.dropped ? `no event — ${t.dropped}` : "event coded"}`);
  }
  out.push("", `Events (${events.length}):`);
  for (const e of events) {
    out.push(
      `  ${e.cameo} ${e.plover.type}${e.plover.mode ? `/${e.plover.mode}` : ""} ${e.status} — trigger "${e.evidence.trigger}", rule ${e.evidence.rule}`,
      `    actor: ${actorLine(e.actor)}`,
      `    recipient: ${actorLine(e.recipient)}`,
      `    date: ${e.date.value || "(unknown)"} (${e.date.precision}, ${e.date.stated ? `stated: "${e.date.text ?? ""}"` : "implied: publication date"})${e.location ? `; place: ${e.location.name}` : ""}`,
      `    Goldstein ${e.goldstein}, QuadClass ${e.quad_class}, confidence ${e.confidence}`,
    );
  }
  return out;
}

/** `chancery explain "sentence"` — how the coder reads a sentence and why each event was (not) coded. */
export function registerExplain(program: Command): void {
  program
    .command("explain")
    .description(
      "Show the parse, every candidate trigger, the rule that fired or why none did, and how actors and status were chosen",
    )
    .argument("<text>", "a sentence or short text")
    .option("--date <YYYY-MM-DD>", "publication date used to resolve relative dates and roles")
    .option("--patterns <file...>", "extra event pattern files")
    .option("--kb <file...>", "extra knowledge-base files")
    .option("--json", "print the events as JSON instead of the explanation")
    .action(
      async (text: string, opts: { date?: string; patterns?: string[]; kb?: string[]; json?: boolean }) => {
        if (opts.date !== undefined && !isCalendarDay(opts.date)) {
          throw new ChanceryError("CH_USAGE", `--date must be a calendar day YYYY-MM-DD, got "${opts.date}"`);
        }
        if (text.trim() === "") throw new ChanceryError("CH_INPUT_EMPTY", "explain: the text is empty");
        const doc = createDoc({ id: "explain", raw: text, rawKind: "text", published_at: opts.date ?? null });
        const options = { patterns: opts.patterns ?? [], kb: opts.kb ?? [] };
        await buildPipeline(stagesBeforeEvents()).run(doc, options);
        const traces: TriggerTrace[] = [];
        const events = codeDocument(doc, coderDeps(options.patterns, options.kb), traces);
        if (opts.json) process.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
        else process.stdout.write(`${explainLines(doc, traces, events).join("\n")}\n`);
      },
    );
}
