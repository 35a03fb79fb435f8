import type { Command } from "commander";
import { ingestSources, type IngestSummary } from "../../app/ingest-run.js";
import { openStore } from "../../store/open.js";
import { EXIT } from "../exit.js";
import { choice, collect, DEFAULT_DB, intOption, KB_OPTION_HELP, pipelineFromOption } from "./common.js";

interface IngestFlags {
  db: string;
  stages?: string;
  encoding: string;
  maxBytes?: string;
  follow?: string;
  robots: boolean;
  timeout?: string;
  progress: boolean;
  json?: boolean;
  verbose?: boolean;
  kb: string[];
}

/** Print an ingest summary as plain text (or JSON). */
export function printSummary(
  s: IngestSummary,
  json = false,
  out: NodeJS.WritableStream = process.stdout,
): void {
  if (json) {
    out.write(
      `${JSON.stringify({ ...s, errors: s.errors.map((e) => ({ code: e.code, item: e.item ?? null, message: e.message })) })}\n`,
    );
    return;
  }
  const rate = s.seconds > 0 ? (s.read / s.seconds).toFixed(1) : "-";
  out.write(
    `ingest: ${s.read} records read in ${s.seconds.toFixed(2)}s (${rate}/s): ` +
      `${s.inserted} new, ${s.versions} new versions, ${s.skipped} skipped (already stored), ${s.failed} failed; ${s.events} events\n`,
  );
  for (const [code, n] of Object.entries(s.errorsByCode).sort()) out.write(`  ${code}: ${n}\n`);
  for (const [code, n] of Object.entries(s.warningsByCode).sort()) out.write(`  warning ${code}: ${n}\n`);
  for (const e of s.errors.slice(0, 20)) out.write(`  ! ${e.message}\n`);
  if (s.errors.length > 20 || s.failed > s.errors.length)
    out.write(`  … ${s.failed - Math.min(20, s.errors.length)} more errors\n`);
}

/** `chancery ingest PATH|URL|- …` */
export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description(
      "Read files, directories, feeds, WARCs, URLs or stdin (-), run the pipeline and store articles and events",
    )
    .argument(
      "<sources...>",
      "paths (.txt .html .json .jsonl .csv .warc .warc.gz .rss .atom .xml, directories), URLs, or -",
    )
    .option("--db <path>", "SQLite database file", DEFAULT_DB)
    .option(
      "--stages <list>",
      "comma-separated stage names (default: every shipped stage; see `chancery pipeline`)",
    )
    .option(
      "--encoding <label>",
      'input encoding: "utf-8" (strict), "auto" (fall back to windows-1252), or a label',
      "utf-8",
    )
    .option("--max-bytes <n>", "largest single document in bytes (default 10485760)")
    .option("--follow <mode>", "follow feed items to their pages: auto|always|never (default auto)")
    .option("--no-robots", "do not honour robots.txt (only for hosts you control)")
    .option("--timeout <ms>", "HTTP timeout in milliseconds (default 15000)")
    .option("--no-progress", "no progress line even on a terminal")
    .option("--json", "print the summary as JSON")
    .option("--verbose", "print every error as it happens")
    .option("--kb <file>", KB_OPTION_HELP, collect, [])
    .action(async (sources: string[], flags: IngestFlags) => {
      const pipeline = pipelineFromOption(flags.stages, flags.kb);
      const maxBytes = intOption("max-bytes", flags.maxBytes, 10 * 1024 * 1024);
      const follow = choice("follow", flags.follow, ["auto", "always", "never"] as const, "auto");
      const timeoutMs = intOption("timeout", flags.timeout, 15000);
      const store = await openStore(flags.db);
      try {
        const summary = await ingestSources(sources, pipeline, store, {
          progress: flags.progress,
          ingest: {
            maxBytes,
            encoding: flags.encoding,
            followFeedLinks: follow,
            fetch: { respectRobots: flags.robots, timeoutMs },
          },
          ...(flags.verbose ? { onError: (e) => process.stderr.write(`! ${e.message}\n`) } : {}),
        });
        printSummary(summary, flags.json === true);
        process.exitCode = summary.failed > 0 ? EXIT.partial : EXIT.ok;
      } finally {
        await store.close();
      }
    });
}
