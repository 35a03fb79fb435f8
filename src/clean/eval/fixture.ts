import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createDoc, type Doc } from "../../doc/doc.js";
import { asChanceryError } from "../../errors.js";
import { paragraphSources } from "../offsets.js";
import { CLEANING_STAGES } from "./pipeline.js";

/** What each cleaning stage left in a document: the content of a fixture's `expected.json`. */
export interface CleaningSnapshot {
  /** The input file of the case (`input.html` or `input.txt`). */
  input: string;
  /** Per stage, in order, the fields it is responsible for; or the error that stopped the run. */
  stages: Record<string, Record<string, unknown>>;
  error?: string;
}

/** The input file of a fixture folder, or null. */
export function fixtureInput(dir: string): { file: string; kind: "html" | "text" } | null {
  if (existsSync(join(dir, "input.html"))) return { file: "input.html", kind: "html" };
  if (existsSync(join(dir, "input.txt"))) return { file: "input.txt", kind: "text" };
  return null;
}

function stageView(name: string, doc: Doc, removedBefore: number): Record<string, unknown> {
  const removed = doc.removed
    .slice(removedBefore)
    .map((r) => ({ reason: r.reason, inputStart: r.inputStart ?? null, text: r.text }));
  switch (name) {
    case "markup":
      return {
        text: doc.text,
        title: doc.title,
        published_at: doc.published_at,
        url: doc.url,
        language: doc.language,
        provenance: { ...doc.provenance },
        removed,
        warnings: doc.warnings.map((w) => `${w.code}: ${w.message}`),
      };
    case "normalize":
      return { text: doc.text, normalized: doc.provenance["normalized"] ?? null };
    case "clean":
      return {
        text: doc.text,
        published_at: doc.published_at,
        removed,
        paragraphs: (paragraphSources(doc) ?? []).map((p) => [p.start, p.end, p.inputStart, p.inputEnd]),
      };
    default:
      return {
        language: doc.language,
        provenance: doc.provenance["language"] ?? null,
        warnings: doc.warnings.map((w) => `${w.code}: ${w.message}`),
      };
  }
}

/**
 * Run the cleaning stages one by one over a fixture's input and record what
 * each produced (`scripts/gen-clean-fixture.ts` writes it as `expected.json`;
 * the fixture test compares against it).
 */
export async function snapshotCleaning(dir: string): Promise<CleaningSnapshot> {
  const input = fixtureInput(dir);
  if (!input) throw new Error(`${dir}: no input.html or input.txt`);
  const raw = readFileSync(join(dir, input.file), "utf8");
  const doc = createDoc({ id: input.file, raw, rawKind: input.kind });
  const snapshot: CleaningSnapshot = { input: input.file, stages: {} };
  const ctx = { options: Object.freeze({}) };
  for (const stage of CLEANING_STAGES) {
    const before = doc.removed.length;
    try {
      await stage.run(doc, ctx);
    } catch (err) {
      snapshot.error = `${stage.name}: ${asChanceryError(err).message}`;
      break;
    }
    snapshot.stages[stage.name] = stageView(stage.name, doc, before);
  }
  return snapshot;
}
