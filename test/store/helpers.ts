/** Assertions and small helpers shared by the store tests. */
import assert from "node:assert/strict";
import type { Doc } from "../../src/doc/doc.js";
import type { EventMention } from "../../src/doc/types.js";
import type { ErrorCode } from "../../src/errors.js";
import type { Store, StoredEvent } from "../../src/store/store.js";
import { hashOf } from "./fixtures.js";

/** Assert that `promise` rejects with a ChanceryError carrying `code`. */
export async function rejectsWithCode(
  promise: Promise<unknown>,
  code: ErrorCode,
  item?: string,
): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof Error, "expected an Error");
    assert.equal((err as { code?: unknown }).code, code, err.message);
    if (item !== undefined) {
      assert.equal((err as { item?: unknown }).item, item);
      assert.ok(err.message.includes(item), `the message should name ${item}: ${err.message}`);
    }
    return true;
  });
}

/** The event mention without its store ids. */
export function mentionOf(event: StoredEvent): EventMention {
  const { id: _id, articleId: _articleId, docId: _docId, ...mention } = event;
  return mention;
}

/** Store every document in order. */
export async function putAll(store: Store, docs: readonly Doc[]): Promise<void> {
  for (const doc of docs) await store.putArticle(doc, hashOf(doc));
}
