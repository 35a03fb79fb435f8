import { createWriteStream } from "node:fs";
import type { Command } from "commander";
import { formatCleanExplanation } from "../../clean/explain.js";
import { extractItem } from "../../extract/extract.js";
import { readSources } from "../../ingest/index.js";
import { EXIT } from "../exit.js";
import { collect, KB_OPTION_HELP, pipelineFromOption } from "./common.js";

interface ExtractFlags {
  input?: string;
  output?: string;
  stages?: string;
  encoding: string;
  explainClean?: boolean;
  kb: string[];
}

/** `chancery extract --input FILE --output FILE` — stateless, one JSON line per record. */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description(
      "Stateless extraction: read records (JSONL by default, or any ingest format) and write one JSON line per record, in order, without touching a database",
    )
    .option("--input <path>", "input file (any format `ingest` reads); stdin when omitted")
    .option("--output <path>", "output JSONL file; stdout when omitted")
    .option("--stages <list>", "comma-separated stage names (default: every shipped stage)")
    .option("--encoding <label>", "input encoding (see ingest)", "utf-8")
    .option("--explain-clean", "print to stderr, per record, what the cleaner removed and why")
    .option("--kb <file>", KB_OPTION_HELP, collect, [])
    .action(async (flags: ExtractFlags) => {
      const pipeline = pipelineFromOption(flags.stages, flags.kb);
      const missing = (["entities", "times", "places", "events"] as const).filter(
        (l) => !pipeline.assigns(l),
      );
      if (missing.length > 0) {
        process.stderr.write(
          `chancery extract: note: no stage of this pipeline assigns ${missing.join(", ")} yet; those arrays are empty (see \`chancery pipeline\`)\n`,
        );
      }
      const out: NodeJS.WritableStream = flags.output ? createWriteStream(flags.output) : process.stdout;
      let failed = 0;
      for await (const item of readSources([flags.input ?? "-"], { encoding: flags.encoding })) {
        const line = await extractItem(
          item,
          pipeline,
          flags.explainClean ? (doc) => process.stderr.write(formatCleanExplanation(doc)) : undefined,
        );
        if (line.error) failed++;
        if (!out.write(`${JSON.stringify(line)}\n`))
          await new Promise<void>((r) => out.once("drain", () => r()));
      }
      if (out !== process.stdout) await new Promise<void>((r) => out.end(() => r()));
      process.exitCode = failed > 0 ? EXIT.partial : EXIT.ok;
    });
}
