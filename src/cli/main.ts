#!/usr/bin/env node
import { Command } from "commander";
import { ChanceryError } from "../errors.js";
import { registerIngest } from "./commands/ingest.js";
import { registerExtract } from "./commands/extract.js";
import { registerQueries } from "./commands/query.js";
import { registerPipeline } from "./commands/pipeline.js";
import { registerDemo } from "./commands/demo.js";
import { registerShow } from "./commands/show.js";
import { registerParse } from "./commands/parse.js";
import { registerExplain } from "./commands/explain.js";
import { registerServe } from "./commands/serve.js";
import { registerEntities } from "./commands/entities.js";
import { registerStart } from "./commands/start.js";
import { EXIT } from "./exit.js";

const program = new Command();
program
  .name("chancery")
  .description(
    "Chancery turns news text into an evidence-linked ledger of political events.\n" +
      "Exit codes: 0 ok · 1 failure · 2 usage error · 3 finished, but some items had errors.",
  )
  .version("0.1.0")
  .showHelpAfterError()
  .exitOverride((err) => {
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version") process.exit(EXIT.ok);
    process.exit(EXIT.usage);
  });

registerDemo(program);
registerIngest(program);
registerExtract(program);
registerQueries(program);
registerShow(program);
registerParse(program);
registerExplain(program);
registerServe(program);
registerEntities(program);
registerStart(program);
registerPipeline(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ChanceryError) {
    process.stderr.write(`chancery: ${err.message}\n`);
    process.exit(err.code === "CH_USAGE" ? EXIT.usage : EXIT.failure);
  }
  process.stderr.write(`chancery: CH_INTERNAL: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(EXIT.failure);
}
