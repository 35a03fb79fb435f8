/**
 * Helpers for the event-coding tests: run the real default pipeline on our
 * own sentences and pick events out by PLOVER type, countries and status
 * (never by rule id).
 */
import { createDoc, type Doc } from "../../src/doc/doc.js";
import type { Actor, EventMention, EventStatus } from "../../src/doc/types.js";
import { buildPipeline } from "../../src/pipeline/registry.js";

const pipeline = buildPipeline();

/** Run the whole default pipeline over a text published on `date`. */
export async function code(
  text: string,
  date: string | null,
  options: Record<string, unknown> = {},
): Promise<Doc> {
  const doc = createDoc({ id: "t", raw: text, rawKind: "text", published_at: date, language: "en" });
  return pipeline.run(doc, options);
}

/** Country codes of a list of actors (the text when the country is unknown). */
export function countries(actors: readonly Actor[]): string[] {
  return actors.map((a) => a.country ?? a.text);
}

/** What an event should look like; every field given must match. */
export interface Want {
  type?: string;
  status?: EventStatus;
  actor?: string[];
  recipient?: string[];
  /** Countries that take part as actor or recipient (mutual events put every party among the actors). */
  parties?: string[];
  /** A substring of the evidence sentence. */
  sentence?: string;
}

export function matches(e: EventMention, w: Want): boolean {
  if (w.type !== undefined && e.plover.type !== w.type) return false;
  if (w.status !== undefined && e.status !== w.status) return false;
  const a = countries(e.actor);
  const r = countries(e.recipient);
  if (w.actor && !w.actor.every((c) => a.includes(c))) return false;
  if (w.recipient && !w.recipient.every((c) => r.includes(c))) return false;
  if (w.parties && !w.parties.every((c) => a.includes(c) || r.includes(c))) return false;
  if (w.sentence !== undefined && !e.evidence.sentence.includes(w.sentence)) return false;
  return true;
}

/** The events matching `w`. */
export function find(doc: Doc, w: Want): EventMention[] {
  return doc.events.filter((e) => matches(e, w));
}

/** One line per event, for assertion messages. */
export function describe(doc: Doc): string {
  if (doc.events.length === 0) return `no events in "${doc.text}"`;
  return doc.events
    .map(
      (e) =>
        `${e.plover.type} ${e.cameo} ${e.status} actor=${countries(e.actor).join(",")} recipient=${countries(e.recipient).join(",")} trigger="${e.evidence.trigger}" date=${e.date.value}${e.date.stated ? " stated" : ""}`,
    )
    .join("\n");
}
