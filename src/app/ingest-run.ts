import { statSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { asChanceryError, type ChanceryError } from "../errors.js";
import { readSources } from "../ingest/index.js";
import type { IngestOptionsInput } from "../ingest/options.js";
import type { InputRecord } from "../ingest/types.js";
import type { Pipeline } from "../pipeline/pipeline.js";
import type { Store } from "../store/store.js";
import { addWarning } from "../doc/doc.js";
import { recordToDoc } from "../extract/record.js";
import { contentHash } from "../util/hash.js";
import { ProgressLine } from "./progress.js";

/** Counts from one ingest run. */
export interface IngestSummary {
  /** Records read (good or bad). */
  read: number;
  inserted: number;
  versions: number;
  skipped: number;
  failed: number;
  /** Warnings raised while reading (e.g. an encoding guessed), by code. */
  warningsByCode: Record<string, number>;
  events: number;
  errorsByCode: Record<string, number>;
  /** The first errors, for the report (all are counted). */
  errors: ChanceryError[];
  seconds: number;
}

/** Options of {@link ingestSources}. */
export interface IngestRunOptions {
  ingest?: IngestOptionsInput;
  /** Show a progress line on a TTY (default true). */
  progress?: boolean;
  /** Called for each error as it happens. */
  onError?: (err: ChanceryError) => void;
  /** How many errors to keep in the summary (default 50). */
  keepErrors?: number;
}

/**
 * Read sources, run each record through the pipeline and store it, one
 * transaction per article. Identical content already stored is skipped before
 * any processing; bad items are counted and the batch goes on.
 */
export async function ingestSources(
  sources: string[],
  pipeline: Pipeline,
  store: Store,
  options: IngestRunOptions = {},
): Promise<IngestSummary> {
  const t0 = performance.now();
  const summary: IngestSummary = {
    read: 0,
    inserted: 0,
    versions: 0,
    skipped: 0,
    failed: 0,
    warningsByCode: {},
    events: 0,
    errorsByCode: {},
    errors: [],
    seconds: 0,
  };
  const keep = options.keepErrors ?? 50;
  const progress = new ProgressLine(
    process.stderr,
    options.progress !== false && process.stderr.isTTY === true,
  );
  const totalFiles = countLocalFiles(sources);
  const filesSeen = new Set<string>();
  const fail = (err: ChanceryError) => {
    summary.failed++;
    summary.errorsByCode[err.code] = (summary.errorsByCode[err.code] ?? 0) + 1;
    if (summary.errors.length < keep) summary.errors.push(err);
    options.onError?.(err);
  };

  // Readers report warnings just before yielding the record they concern; they travel with it into the Doc.
  let pending: { code: string; message: string }[] = [];
  const onWarning = (w: { code: string; message: string; item: string }) => {
    summary.warningsByCode[w.code] = (summary.warningsByCode[w.code] ?? 0) + 1;
    pending.push({ code: w.code, message: `${w.item}: ${w.message}` });
  };
  for await (const item of readSources(sources, { ...options.ingest, onWarning })) {
    summary.read++;
    if (item.kind === "error") {
      fail(item.error);
      filesSeen.add(fileOf(item.error.item ?? ""));
    } else {
      const record = item.record;
      filesSeen.add(fileOf(record.source));
      try {
        const res = await storeRecord(record, pipeline, store, pending);
        pending = [];
        if (res.status === "inserted") summary.inserted++;
        else if (res.status === "version") summary.versions++;
        else summary.skipped++;
        summary.events += res.events;
      } catch (err) {
        fail(asChanceryError(err, "CH_STAGE_FAILED", record.source));
      }
    }
    progress.update(summary.read, "records", filesSeen.size, totalFiles ?? undefined);
  }
  progress.end();
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/** What {@link storeRecord} did with one record. */
export interface StoredRecord {
  status: "inserted" | "version" | "skipped";
  /** Absent when the content was already stored and nothing was processed. */
  articleId?: number;
  version?: number;
  /** Events stored (0 when skipped). */
  events: number;
}

/**
 * Process and store one record: skip it before any processing when its raw
 * content is already stored, else run the pipeline and store the article in
 * one transaction. Shared by `chancery ingest` and `POST /api/ingest`; throws
 * on failure so the caller can count it and go on.
 */
export async function storeRecord(
  record: InputRecord,
  pipeline: Pipeline,
  store: Store,
  warnings: readonly { code: string; message: string }[] = [],
): Promise<StoredRecord> {
  const doc = recordToDoc(record);
  for (const w of warnings) addWarning(doc, w.code, w.message);
  const hash = contentHash(doc.rawKind, doc.raw);
  if (await store.hasContent(hash)) return { status: "skipped", events: 0 };
  await pipeline.run(doc);
  const put = await store.putArticle(doc, hash);
  const events = put.status === "skipped" ? 0 : doc.events.length;
  return { status: put.status, articleId: put.articleId, version: put.version, events };
}

/** `dir/a.jsonl:3` → `dir/a.jsonl`; `file#record2` → `file`. */
function fileOf(source: string): string {
  return source.replace(/(:\d+|#.*)$/, "");
}

/** Number of files under local path sources, or null when a source is a URL or stdin. */
function countLocalFiles(sources: string[]): number | null {
  let n = 0;
  const walk = (p: string): void => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (!name.startsWith(".")) walk(join(p, name));
    } else n++;
  };
  for (const s of sources) {
    if (s === "-" || /^https?:\/\//i.test(s)) return null;
    walk(s);
  }
  return n;
}
