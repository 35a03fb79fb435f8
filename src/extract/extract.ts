import type { Doc } from "../doc/doc.js";
import { asChanceryError } from "../errors.js";
import type { IngestItem } from "../ingest/types.js";
import type { Pipeline } from "../pipeline/pipeline.js";
import { docToOutput, errorOutput, type ExtractOutput } from "./output.js";
import { recordToDoc } from "./record.js";

/**
 * Process one ingest item statelessly: run the pipeline and shape the output
 * line. Never throws: a bad record yields a line with `error`. `onDoc` sees
 * each processed document (e.g. to explain what the cleaner removed).
 */
export async function extractItem(
  item: IngestItem,
  pipeline: Pipeline,
  onDoc?: (doc: Doc) => void,
): Promise<ExtractOutput> {
  if (item.kind === "error") {
    return errorOutput(item.error.item ?? "", item.error.toInfo());
  }
  try {
    const doc = await pipeline.run(recordToDoc(item.record));
    onDoc?.(doc);
    return docToOutput(doc);
  } catch (err) {
    return errorOutput(item.record.id, asChanceryError(err, "CH_STAGE_FAILED", item.record.id).toInfo());
  }
}
