import { join } from "node:path";
import type { Command } from "commander";
import { ingestSources } from "../../app/ingest-run.js";
import { ChanceryError } from "../../errors.js";
import { buildPipeline } from "../../pipeline/registry.js";
import { buildServer } from "../../server/app.js";
import { defaultWebRoot, isWebAppBuilt } from "../../server/web.js";
import { openStore } from "../../store/open.js";
import type { Store } from "../../store/store.js";
import { packageRoot } from "../../util/paths.js";
import { EXIT } from "../exit.js";
import { DEFAULT_DB, intOption } from "./common.js";
import { printSummary } from "./ingest.js";

interface StartFlags {
  db: string;
  port?: string;
  host: string;
  ingestOnly: boolean;
  reingest: boolean;
}

/**
 * Ingest the sample corpus unless the database already holds articles (or
 * `force`). Returns the exit code the ingest deserves.
 */
async function ingestSampleOnce(store: Store, db: string, force: boolean): Promise<number> {
  const held = (await store.ledgerStats()).articles;
  if (held > 0 && !force) {
    process.stdout.write(`${db} already holds ${held} articles; the sample corpus is not ingested again\n`);
    return EXIT.ok;
  }
  const corpus = join(packageRoot(), "examples", "corpus");
  const pipeline = buildPipeline();
  process.stdout.write(`Chancery: ingesting the sample corpus ${corpus}\ninto ${db}\n`);
  process.stdout.write(`pipeline: ${pipeline.stages.map((s) => s.name).join(" → ")}\n`);
  const summary = await ingestSources([corpus], pipeline, store, {});
  printSummary(summary);
  return summary.failed > 0 ? EXIT.partial : EXIT.ok;
}

/** `chancery start` (what `npm start` runs): ingest the sample corpus on first run, then serve the web app. */
export function registerStart(program: Command): void {
  program
    .command("start")
    .description(
      "Ingest the bundled sample corpus on first run (when the database holds no articles), then serve the web app " +
        "and API and print the URL; --ingest-only stops after the ingest",
    )
    .option("--db <path>", "SQLite database file", DEFAULT_DB)
    .option("--port <n>", "TCP port (0 picks a free one)", "8080")
    .option(
      "--host <address>",
      "address to bind; anything but loopback exposes the app to the network",
      "127.0.0.1",
    )
    .option("--ingest-only", "ingest (when needed) and exit without serving", false)
    .option("--reingest", "ingest the sample corpus even when the database already holds articles", false)
    .action(async (flags: StartFlags) => {
      const port = intOption("port", flags.port, 8080);
      if (port > 65535) throw new ChanceryError("CH_USAGE", `--port must be at most 65535, got ${port}`);
      const store = await openStore(flags.db);
      let code: number;
      try {
        code = await ingestSampleOnce(store, flags.db, flags.reingest);
      } catch (err) {
        await store.close();
        throw err;
      }
      if (flags.ingestOnly) {
        await store.close();
        process.exitCode = code;
        return;
      }
      const token = process.env["CHANCERY_TOKEN"]?.trim() || null;
      const app = await buildServer({ store, token });
      const stop = async (): Promise<void> => {
        await app.close();
        await store.close();
      };
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => {
          void stop().then(() => process.exit(code));
        });
      }
      let address: string;
      try {
        address = await app.listen({ host: flags.host, port });
      } catch (err) {
        await stop();
        throw new ChanceryError(
          "CH_USAGE",
          `cannot listen on ${flags.host}:${port}: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      const web = isWebAppBuilt(defaultWebRoot())
        ? `Chancery is running at ${address}/`
        : `Chancery API is running at ${address}/api (the web app is not built: run node scripts/build-web.mjs)`;
      process.stdout.write(`${web}\nAPI ${address}/api · docs ${address}/api/docs · stop with Ctrl-C\n`);
    });
}
