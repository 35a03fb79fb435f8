/**
 * The `kb` pipeline option: extra knowledge-base files (`--kb FILE`,
 * repeatable) that add to or override the shipped records. The knowledge
 * base is loaded once per process for each distinct list of files.
 */
import { ChanceryError } from "../errors.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../kb/index.js";

/** The extra KB files named by pipeline options (`options.kb`: a path or a list of paths). */
export function kbFilesOption(options: Readonly<Record<string, unknown>>): string[] {
  const v = options.kb;
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((f) => {
    if (typeof f !== "string" || f.trim() === "")
      throw new ChanceryError(
        "CH_USAGE",
        `the kb option must be a file path or a list of paths, got ${JSON.stringify(f)}`,
      );
    return f;
  });
}

/**
 * The knowledge base for a run's options: the shipped files plus any
 * `options.kb` files. Throws `CH_DATA_INVALID` naming `file:line` and the
 * reason when a file is malformed.
 */
export function kbFromOptions(options: Readonly<Record<string, unknown>>): KnowledgeBase {
  return loadKnowledgeBase(kbFilesOption(options));
}
