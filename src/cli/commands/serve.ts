import type { Command } from "commander";
import { ChanceryError } from "../../errors.js";
import { buildServer } from "../../server/app.js";
import { SERVER_DEFAULTS } from "../../server/options.js";
import { defaultWebRoot, isWebAppBuilt } from "../../server/web.js";
import { openStore } from "../../store/open.js";
import { collect, DEFAULT_DB, intOption, KB_OPTION_HELP, pipelineFromOption } from "./common.js";

interface ServeFlags {
  port?: string;
  host: string;
  db: string;
  stages?: string;
  rateLimit?: string;
  rateWindow?: string;
  bodyLimit?: string;
  maxRecords?: string;
  log: boolean;
  kb: string[];
}

/** `chancery serve` — the HTTP API over a ledger database. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description(
      "Serve the ledger over HTTP: the web app at /, REST API under /api, OpenAPI 3.1 at /api/openapi.json, " +
        "docs at /api/docs. " +
        "POST /api/ingest is enabled only when CHANCERY_TOKEN is set (clients send it as a bearer token).",
    )
    .option("--port <n>", "TCP port (0 picks a free one)", "8080")
    .option(
      "--host <address>",
      "address to bind; anything but loopback exposes the API to the network",
      "127.0.0.1",
    )
    .option("--db <path>", "SQLite database file", DEFAULT_DB)
    .option(
      "--stages <list>",
      "pipeline stages for /api/extract and /api/ingest (default: every shipped stage)",
    )
    .option(
      "--rate-limit <n>",
      `requests per client per window, 0 for none (default ${SERVER_DEFAULTS.rateLimit.max})`,
    )
    .option(
      "--rate-window <ms>",
      `rate-limit window in milliseconds (default ${SERVER_DEFAULTS.rateLimit.windowMs})`,
    )
    .option(
      "--body-limit <bytes>",
      `largest /api/extract or /api/ingest body (default ${SERVER_DEFAULTS.bodyLimitBytes})`,
    )
    .option(
      "--max-records <n>",
      `most records per extract/ingest request (default ${SERVER_DEFAULTS.maxRecords})`,
    )
    .option("--no-log", "no request log on stdout")
    .option("--kb <file>", KB_OPTION_HELP, collect, [])
    .action(async (flags: ServeFlags) => {
      const port = intOption("port", flags.port, 8080);
      if (port > 65535) throw new ChanceryError("CH_USAGE", `--port must be at most 65535, got ${port}`);
      const max = intOption("rate-limit", flags.rateLimit, SERVER_DEFAULTS.rateLimit.max);
      const windowMs = intOption("rate-window", flags.rateWindow, SERVER_DEFAULTS.rateLimit.windowMs);
      const bodyLimitBytes = intOption("body-limit", flags.bodyLimit, SERVER_DEFAULTS.bodyLimitBytes);
      const maxRecords = intOption("max-records", flags.maxRecords, SERVER_DEFAULTS.maxRecords);
      const pipeline =
        flags.stages || flags.kb.length > 0 ? pipelineFromOption(flags.stages, flags.kb) : undefined;
      const token = process.env["CHANCERY_TOKEN"]?.trim() || null;
      const store = await openStore(flags.db);
      const app = await buildServer({
        store,
        ...(pipeline ? { pipeline } : {}),
        token,
        rateLimit: max === 0 ? false : { max, windowMs: Math.max(windowMs, 1) },
        bodyLimitBytes,
        maxRecords: Math.max(maxRecords, 1),
        logger: flags.log,
      });
      const stop = async (): Promise<void> => {
        await app.close();
        await store.close();
      };
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => {
          void stop().then(() => process.exit(0));
        });
      }
      try {
        const address = await app.listen({ host: flags.host, port });
        const web = isWebAppBuilt(defaultWebRoot())
          ? `web app ${address}/`
          : "web app not built (run node scripts/build-web.mjs)";
        process.stderr.write(
          `chancery serve: ${address}/api (docs ${address}/api/docs); ${web}; ingest ${token ? "enabled (bearer token)" : "disabled (CHANCERY_TOKEN not set)"}\n`,
        );
      } catch (err) {
        await stop();
        throw new ChanceryError(
          "CH_USAGE",
          `cannot listen on ${flags.host}:${port}: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
    });
}
