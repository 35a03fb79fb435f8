/**
 * Records posted to `/api/extract` and `/api/ingest`: checked exactly as the
 * ingest readers check a JSON record (`toInputRecord`), then processed as
 * `chancery extract` and `chancery ingest` process a record read from a file.
 */
import { createHash } from "node:crypto";
import { storeRecord } from "../app/ingest-run.js";
import { asChanceryError, type ErrorInfo } from "../errors.js";
import { extractItem } from "../extract/extract.js";
import type { ExtractOutput } from "../extract/output.js";
import { DEFAULT_INGEST_OPTIONS } from "../ingest/options.js";
import { toInputRecord } from "../ingest/record.js";
import type { IngestItem } from "../ingest/types.js";
import type { Pipeline } from "../pipeline/pipeline.js";
import type { Store } from "../store/store.js";

/**
 * The item for record `index` of a request body. `label` names the endpoint:
 * records are filed under source `api-<label>` (unless they state a `source`)
 * and named `api-<label>:<n>` (1-based) in errors. A record without an id gets
 * `api-<first 16 hex of the SHA-256 of its JSON>`, stable across requests.
 */
export function bodyItem(value: unknown, index: number, label: "extract" | "ingest"): IngestItem {
  const item = `api-${label}:${index + 1}`;
  const fallbackId = `api-${createHash("sha256")
    .update(JSON.stringify(value) ?? "")
    .digest("hex")
    .slice(0, 16)}`;
  try {
    return {
      kind: "record",
      record: toInputRecord(value, { item, fallbackId, maxBytes: DEFAULT_INGEST_OPTIONS.maxBytes }),
    };
  } catch (err) {
    return { kind: "error", error: asChanceryError(err, "CH_RECORD_INVALID", item) };
  }
}

/** Run the extract contract over every record, in order (one output per record). */
export async function extractRecords(
  values: readonly unknown[],
  pipeline: Pipeline,
): Promise<ExtractOutput[]> {
  const out: ExtractOutput[] = [];
  for (const [i, value] of values.entries())
    out.push(await extractItem(bodyItem(value, i, "extract"), pipeline));
  return out;
}

/** What happened to one ingested record. */
export interface IngestOutcome {
  /** The record's id (or its `api-ingest:<n>` label when it could not be read). */
  id: string;
  status: "inserted" | "version" | "skipped" | "failed";
  article_id?: number;
  version?: number;
  events?: number;
  error?: ErrorInfo;
}

/** The result of one ingest request. */
export interface IngestReport {
  read: number;
  inserted: number;
  versions: number;
  skipped: number;
  failed: number;
  events: number;
  results: IngestOutcome[];
}

/**
 * Store every record the way `ingestSources` (src/app/ingest-run.ts) stores a
 * record read from a file: identical content already stored is skipped before
 * any processing, otherwise the pipeline runs and the article is stored in one
 * transaction; a bad record is reported and the batch goes on.
 */
export async function ingestRecords(
  values: readonly unknown[],
  pipeline: Pipeline,
  store: Store,
): Promise<IngestReport> {
  const report: IngestReport = {
    read: 0,
    inserted: 0,
    versions: 0,
    skipped: 0,
    failed: 0,
    events: 0,
    results: [],
  };
  for (const [i, value] of values.entries()) {
    report.read++;
    const item = bodyItem(value, i, "ingest");
    if (item.kind === "error") {
      report.failed++;
      report.results.push({
        id: item.error.item ?? `api-ingest:${i + 1}`,
        status: "failed",
        error: item.error.toInfo(),
      });
      continue;
    }
    const record = item.record;
    try {
      const put = await storeRecord(record, pipeline, store);
      if (put.status === "inserted") report.inserted++;
      else if (put.status === "version") report.versions++;
      else report.skipped++;
      report.events += put.events;
      report.results.push(
        put.articleId === undefined
          ? { id: record.id, status: "skipped" }
          : {
              id: record.id,
              status: put.status,
              article_id: put.articleId,
              version: put.version ?? 1,
              ...(put.status !== "skipped" ? { events: put.events } : {}),
            },
      );
    } catch (err) {
      report.failed++;
      const error = asChanceryError(err, "CH_STAGE_FAILED", record.source);
      report.results.push({ id: record.id, status: "failed", error: error.toInfo() });
    }
  }
  return report;
}
