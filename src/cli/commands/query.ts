import type { Command } from "commander";
import type { EventStatus } from "../../doc/types.js";
import { openStore } from "../../store/open.js";
import type { StoredArticle, StoredEvent } from "../../store/store.js";
import { type Column, type OutputFormat, renderRows } from "../format.js";
import { choice, DEFAULT_DB, dateOption, intOption } from "./common.js";

const FORMATS = ["table", "jsonl", "csv"] as const;
const STATUSES = ["occurred", "planned", "canceled", "negated", "hypothetical"] as const;

interface ListFlags {
  db: string;
  format?: string;
  limit?: string;
  offset?: string;
  from?: string;
  to?: string;
  query?: string;
}

interface EventFlags extends ListFlags {
  actor?: string;
  recipient?: string;
  type?: string;
  cameo?: string;
  status?: string;
  quadClass?: string;
}

const actorList = (actors: StoredEvent["actor"]) =>
  actors.map((a) => [a.country ?? "?", a.sector].filter(Boolean).join(":")).join("+");

const EVENT_COLUMNS: Column<StoredEvent>[] = [
  { header: "id", get: (e) => e.id },
  { header: "date", get: (e) => `${e.date.value}${e.date.stated ? "" : "*"}` },
  { header: "status", get: (e) => e.status },
  { header: "actor", get: (e) => actorList(e.actor), width: 20 },
  { header: "plover", get: (e) => e.plover.type },
  { header: "cameo", get: (e) => e.cameo },
  { header: "recipient", get: (e) => actorList(e.recipient), width: 20 },
  { header: "goldstein", get: (e) => e.goldstein },
  { header: "doc", get: (e) => e.docId, width: 24 },
  { header: "evidence", get: (e) => e.evidence.sentence, width: 60 },
];

const ARTICLE_COLUMNS: Column<StoredArticle>[] = [
  { header: "id", get: (a) => a.id },
  { header: "published", get: (a) => a.publishedAt?.slice(0, 10) ?? "" },
  { header: "doc", get: (a) => a.docId, width: 28 },
  { header: "v", get: (a) => a.version },
  { header: "events", get: (a) => a.eventCount },
  { header: "title", get: (a) => a.title ?? a.text.slice(0, 80), width: 60 },
];

function listOptions(cmd: Command): Command {
  return cmd
    .option("--db <path>", "SQLite database file", DEFAULT_DB)
    .option("--from <date>", "earliest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "latest date (inclusive)")
    .option("-q, --query <fts>", "full-text query over article text (SQLite FTS5 syntax)")
    .option("--limit <n>", "how many rows (default 50)")
    .option("--offset <n>", "skip this many rows")
    .option("--format <fmt>", "table|jsonl|csv (default table)");
}

/** `chancery articles`, `chancery events`, `chancery stats`. */
export function registerQueries(program: Command): void {
  listOptions(program.command("events").description("List stored events, filtered"))
    .option("--actor <code>", "actor country code (ISO alpha-3), e.g. USA")
    .option("--recipient <code>", "recipient country code")
    .option("--type <plover>", "PLOVER event type, e.g. CONSULT")
    .option("--cameo <code>", "CAMEO code or prefix, e.g. 04 or 042")
    .option("--status <status>", `one of ${STATUSES.join(", ")}`)
    .option("--quad-class <n>", "QuadClass 1-4")
    .action(async (f: EventFlags) => {
      const format: OutputFormat = choice("format", f.format, FORMATS, "table");
      const status: EventStatus | undefined = f.status
        ? choice("status", f.status, STATUSES, "occurred")
        : undefined;
      const from = dateOption("from", f.from);
      const to = dateOption("to", f.to);
      const store = await openStore(f.db);
      try {
        const rows = await store.listEvents({
          ...(f.actor ? { actor: f.actor.toUpperCase() } : {}),
          ...(f.recipient ? { recipient: f.recipient.toUpperCase() } : {}),
          ...(f.type ? { type: f.type.toUpperCase() } : {}),
          ...(f.cameo ? { cameo: f.cameo } : {}),
          ...(status ? { status } : {}),
          ...(f.quadClass ? { quadClass: intOption("quad-class", f.quadClass, 0) } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(f.query ? { query: f.query } : {}),
          limit: intOption("limit", f.limit, 50),
          offset: intOption("offset", f.offset, 0),
        });
        process.stdout.write(renderRows(rows, EVENT_COLUMNS, format, (e) => e));
        if (format === "table")
          process.stdout.write(`${rows.length} events (* = date implied, not stated)\n`);
      } finally {
        await store.close();
      }
    });

  listOptions(program.command("articles").description("List stored articles, filtered"))
    .option("--source <name>", "only articles from this source")
    .action(async (f: ListFlags & { source?: string }) => {
      const format: OutputFormat = choice("format", f.format, FORMATS, "table");
      const from = dateOption("from", f.from);
      const to = dateOption("to", f.to);
      const store = await openStore(f.db);
      try {
        const rows = await store.listArticles({
          ...(f.query ? { query: f.query } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(f.source ? { source: f.source } : {}),
          limit: intOption("limit", f.limit, 50),
          offset: intOption("offset", f.offset, 0),
        });
        process.stdout.write(renderRows(rows, ARTICLE_COLUMNS, format, (a) => a));
        if (format === "table") process.stdout.write(`${rows.length} articles\n`);
      } finally {
        await store.close();
      }
    });

  program
    .command("stats")
    .description("Counts of what the database holds")
    .option("--db <path>", "SQLite database file", DEFAULT_DB)
    .option("--json", "as JSON")
    .action(async (f: { db: string; json?: boolean }) => {
      const store = await openStore(f.db);
      try {
        const s = await store.stats();
        if (f.json) {
          process.stdout.write(`${JSON.stringify(s)}\n`);
          return;
        }
        process.stdout.write(
          `articles: ${s.articles} (${s.versions} newer versions) from ${s.sources} sources\n` +
            `sentences: ${s.sentences}  entities: ${s.entities}  events: ${s.events}\n`,
        );
        const fmt = (r: Record<string, number>) =>
          Object.entries(r)
            .map(([k, v]) => `${k} ${v}`)
            .join(", ") || "none";
        process.stdout.write(
          `events by status: ${fmt(s.eventsByStatus)}\nevents by type: ${fmt(s.eventsByType)}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
