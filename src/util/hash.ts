import { createHash } from "node:crypto";

/** SHA-256 (hex) of a document's raw input, used to make re-ingest a no-op. */
export function contentHash(rawKind: string, raw: string): string {
  return createHash("sha256").update(rawKind).update("\n").update(raw).digest("hex");
}
