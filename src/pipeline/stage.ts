import type { Doc, Layer } from "../doc/doc.js";

/** Shared, read-only run context handed to every stage. */
export interface StageContext {
  /** Options for this run (already copied from the caller's). */
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * One step of the pipeline: a function from a document to the same document
 * with more annotations. A stage declares the layers it needs and adds, and
 * the runner checks the order once, when the pipeline is built.
 *
 * @example
 * const upper: Stage = {
 *   name: "shout", requires: ["text"], assigns: [],
 *   run: (doc) => doc,
 * };
 */
export interface Stage {
  /** Unique, stable name (also the folder name under `src/stages/`). */
  readonly name: string;
  /** One line on what the stage does, shown by `chancery pipeline`. */
  readonly description: string;
  /** Layers that must be present before this stage runs. */
  readonly requires: readonly Layer[];
  /** Layers this stage adds. */
  readonly assigns: readonly Layer[];
  /**
   * ISO 639-1 languages the stage handles (e.g. `["en"]` for models trained on
   * English). The runner skips the stage, with a `CH_W_STAGE_SKIPPED` warning,
   * for a document whose detected language is another one. Omitted: any language.
   */
  readonly languages?: readonly string[];
  /** Annotate `doc` in place and return it. */
  run(doc: Doc, ctx: StageContext): Doc | Promise<Doc>;
}
