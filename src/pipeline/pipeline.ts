import { addWarning, type Doc, type Layer } from "../doc/doc.js";
import { asChanceryError, ChanceryError } from "../errors.js";
import type { Stage, StageContext } from "./stage.js";

/** A stage of a built pipeline and the layers available when it starts. */
export interface PlannedStage {
  stage: Stage;
  available: readonly Layer[];
}

/**
 * Runs an explicit, ordered list of stages over documents.
 *
 * The order is validated at construction: a stage whose `requires` are not
 * assigned by an earlier stage (or present on every input, i.e. `raw`) makes
 * the constructor throw `CH_PIPELINE_ORDER` naming the stage and the layer.
 */
export class Pipeline {
  readonly stages: readonly Stage[];
  readonly plan: readonly PlannedStage[];
  /** Options every run gets unless the caller passes its own value (e.g. `kb` from `--kb`). */
  readonly defaults: Readonly<Record<string, unknown>>;

  constructor(
    stages: readonly Stage[],
    initial: readonly Layer[] = ["raw"],
    defaults: Readonly<Record<string, unknown>> = {},
  ) {
    const names = new Set<string>();
    const available = new Set<Layer>(initial);
    const plan: PlannedStage[] = [];
    for (const stage of stages) {
      if (names.has(stage.name))
        throw new ChanceryError("CH_PIPELINE_DUPLICATE", `stage "${stage.name}" appears twice`);
      names.add(stage.name);
      for (const need of stage.requires) {
        if (!available.has(need)) {
          throw new ChanceryError(
            "CH_PIPELINE_ORDER",
            `stage "${stage.name}" requires "${need}", which no earlier stage assigns (available: ${[...available].join(", ")})`,
          );
        }
      }
      plan.push({ stage, available: [...available] });
      for (const out of stage.assigns) available.add(out);
    }
    this.stages = [...stages];
    this.plan = plan;
    this.defaults = Object.freeze({ ...defaults });
  }

  /** The layers a document has after the whole pipeline ran. */
  get produces(): Set<Layer> {
    const out = new Set<Layer>(["raw"]);
    for (const s of this.stages) for (const l of s.assigns) out.add(l);
    return out;
  }

  /** Whether some stage assigns `layer`. */
  assigns(layer: Layer): boolean {
    return this.stages.some((s) => s.assigns.includes(layer));
  }

  /**
   * Run every stage over `doc`, timing each. Errors are wrapped with the
   * stage's name and code `CH_STAGE_FAILED` (coded errors keep their code).
   */
  async run(doc: Doc, options: Record<string, unknown> = {}): Promise<Doc> {
    const ctx: StageContext = { options: Object.freeze({ ...this.defaults, ...options }) };
    const current = doc;
    for (const stage of this.stages) {
      if (stage.languages && current.language && !stage.languages.includes(current.language)) {
        addWarning(
          current,
          "CH_W_STAGE_SKIPPED",
          `stage "${stage.name}" skipped: it handles ${stage.languages.join(", ")}, the text is "${current.language}"`,
        );
        continue;
      }
      if (stage.requires.some((l) => !current.layers.has(l))) {
        // An earlier stage was skipped for this document; what needs its output is skipped too.
        addWarning(current, "CH_W_STAGE_SKIPPED", `stage "${stage.name}" skipped: an input layer is missing`);
        continue;
      }
      const t0 = performance.now();
      let result: Doc;
      try {
        result = await stage.run(current, ctx);
      } catch (err) {
        const wrapped = asChanceryError(err, "CH_STAGE_FAILED");
        throw new ChanceryError(wrapped.code, `stage "${stage.name}": ${wrapped.message}`, {
          item: doc.id,
          cause: err,
        });
      }
      if (result !== current) {
        throw new ChanceryError("CH_STAGE_BAD_RETURN", `stage "${stage.name}" returned a different object`, {
          item: doc.id,
        });
      }
      for (const l of stage.assigns) current.layers.add(l);
      current.timings[stage.name] = (current.timings[stage.name] ?? 0) + (performance.now() - t0);
    }
    return current;
  }
}
