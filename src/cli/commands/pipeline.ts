import type { Command } from "commander";
import { DEFAULT_STAGES } from "../../pipeline/registry.js";
import { Pipeline } from "../../pipeline/pipeline.js";

/** `chancery pipeline` — list the stages a run executes, with what each requires and assigns. */
export function registerPipeline(program: Command): void {
  program
    .command("pipeline")
    .description("List the pipeline's stages in order, with the layers each requires and assigns")
    .option("--json", "as JSON")
    .action((flags: { json?: boolean }) => {
      const p = new Pipeline(DEFAULT_STAGES);
      if (flags.json) {
        const rows = p.stages.map((s) => ({
          name: s.name,
          requires: s.requires,
          assigns: s.assigns,
          description: s.description,
        }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      p.stages.forEach((s, i) => {
        process.stdout.write(
          `${i + 1}. ${s.name} — ${s.description}\n   requires: ${s.requires.join(", ")}  assigns: ${s.assigns.join(", ")}\n`,
        );
      });
      const absent = (
        ["sentences", "tokens", "pos", "deps", "entities", "times", "places", "events"] as const
      ).filter((l) => !p.assigns(l));
      if (absent.length) process.stdout.write(`not yet produced by any stage: ${absent.join(", ")}\n`);
    });
}
