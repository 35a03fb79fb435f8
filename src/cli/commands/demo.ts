import { join } from "node:path";
import type { Command } from "commander";
import { ingestSources } from "../../app/ingest-run.js";
import { openStore } from "../../store/open.js";
import { packageRoot } from "../../util/paths.js";
import { EXIT } from "../exit.js";
import { printSummary } from "./ingest.js";
import { collect, DEFAULT_DB, KB_OPTION_HELP, pipelineFromOption } from "./common.js";

/** `chancery demo` (what `npm start` runs): ingest the bundled sample corpus and print a summary. */
export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("Ingest the bundled sample corpus (examples/corpus) into the database and print a summary")
    .option("--db <path>", "SQLite database file", DEFAULT_DB)
    .option("--kb <file>", KB_OPTION_HELP, collect, [])
    .action(async (f: { db: string; kb: string[] }) => {
      const corpus = join(packageRoot(), "examples", "corpus");
      const pipeline = pipelineFromOption(undefined, f.kb);
      const store = await openStore(f.db);
      try {
        process.stdout.write(`Chancery: ingesting the sample corpus ${corpus}\ninto ${f.db}\n`);
        process.stdout.write(`pipeline: ${pipeline.stages.map((s) => s.name).join(" → ")}\n`);
        const summary = await ingestSources([corpus], pipeline, store, {});
        printSummary(summary);
        const s = await store.stats();
        process.stdout.write(
          `database now holds ${s.articles} articles from ${s.sources} sources, ${s.sentences} sentences, ${s.events} events\n` +
            `next: npx chancery articles --db ${f.db}   ·   npx chancery events --db ${f.db}   ·   npx chancery stats\n`,
        );
        process.exitCode = summary.failed > 0 ? EXIT.partial : EXIT.ok;
      } finally {
        await store.close();
      }
    });
}
