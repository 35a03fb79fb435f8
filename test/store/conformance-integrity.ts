/**
 * The integrity part of the store conformance suite: a rejected document
 * leaves no trace, and pagination neither skips nor repeats.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventMention, EventStatus } from "../../src/doc/types.js";
import type { Store, StoredEvent } from "../../src/store/store.js";
import { putAll, rejectsWithCode } from "./helpers.js";
import { corpus, sanctionsSpec, talksSpec } from "./corpus.js";
import { actor, buildDoc, hashOf } from "./fixtures.js";

/**
 * Register the atomicity and pagination tests.
 *
 * @param store returns the store under test (fresh for each test, set up by the caller).
 */
export function registerIntegrityConformance(store: () => Store): void {
  describe("atomicity", () => {
    const invalidEvents: [string, (e: EventMention) => void][] = [
      [
        "a status outside the allowed values",
        (e) => {
          e.status = "rumoured" as EventStatus;
        },
      ],
      [
        "a missing CAMEO code",
        (e) => {
          (e as { cameo: string | null }).cameo = null;
        },
      ],
    ];
    for (const [what, spoil] of invalidEvents) {
      it(`rejects a document whose last event has ${what}, leaving no trace of it`, async () => {
        await putAll(store(), [buildDoc(talksSpec())]);
        const before = await store().stats();
        const spec = sanctionsSpec();
        spec.source = "https://unseen-source.example.net/rss";
        spec.sentences[2] = "Protesters demonstrated outside the Russian embassy in Zanzibarville.";
        spec.places = [];
        const doc = buildDoc(spec);
        const last = doc.events.at(-1);
        assert.ok(last);
        spoil(last);
        await rejectsWithCode(store().putArticle(doc, hashOf(doc)), "CH_STORE_WRITE", doc.id);

        assert.equal(await store().hasContent(hashOf(doc)), false);
        assert.deepEqual(await store().stats(), before);
        assert.ok((await store().listArticles()).every((a) => a.docId !== doc.id));
        assert.deepEqual(await store().listArticles({ query: "Zanzibarville" }), []);
        assert.deepEqual(await store().listEvents({ query: "Zanzibarville" }), []);

        const fixed = buildDoc(spec);
        const put = await store().putArticle(fixed, hashOf(fixed));
        assert.equal(put.status, "inserted");
        assert.equal((await store().listArticles({ query: "Zanzibarville" })).length, 1);
        assert.equal((await store().stats()).sources, before.sources + 1);
      });
    }
  });

  describe("pagination", () => {
    it("pages through events without gaps or repeats, ties broken by id", async () => {
      const sentences = Array.from({ length: 30 }, (_, i) => `Delegation ${i + 1} met officials in Vienna.`);
      const tied = buildDoc({
        id: "vienna-round",
        source: "examples/corpus/vienna.txt",
        url: "https://news.example.org/vienna",
        published_at: "2021-06-01",
        sentences,
        events: sentences.map((_, i) => ({
          sentence: i,
          trigger: "met",
          actors: [actor(`Delegation ${i + 1}`, i % 2 === 0 ? "IRN" : "USA")],
          recipients: [actor("officials", "AUT")],
          cameo: "040",
          type: "CONSULT",
          goldstein: 1,
          quadClass: 1,
          status: "occurred" as const,
          date: { value: "2021-06-01", precision: "day" as const, stated: false },
        })),
      });
      await putAll(store(), [...corpus(), tied]);
      const all = await store().listEvents();
      assert.equal(all.length, 39);
      const viennaIds = all.filter((e) => e.docId === "vienna-round").map((e) => e.id);
      assert.deepEqual(
        viennaIds,
        [...viennaIds].sort((a, b) => a - b),
      );
      for (const size of [1, 7, 10]) {
        const pages: StoredEvent[] = [];
        for (let offset = 0; offset < all.length + size; offset += size) {
          pages.push(...(await store().listEvents({ limit: size, offset })));
        }
        assert.deepEqual(
          pages.map((e) => e.id),
          all.map((e) => e.id),
          `page size ${size}`,
        );
      }
      assert.deepEqual(await store().listEvents({ offset: 39 }), []);
      const filtered = await store().listEvents({ actor: "IRN", limit: 5, offset: 10 });
      assert.deepEqual(
        filtered.map((e) => e.id),
        (await store().listEvents({ actor: "IRN" })).slice(10, 15).map((e) => e.id),
      );
      assert.deepEqual(await store().listEvents({ limit: 5 }), all.slice(0, 5));
    });

    it("pages through articles in ingest order", async () => {
      await putAll(store(), corpus());
      const all = await store().listArticles();
      const first = await store().listArticles({ limit: 2 });
      const rest = await store().listArticles({ limit: 2, offset: 2 });
      assert.deepEqual([...first, ...rest], all);
      assert.deepEqual(
        all.map((a) => a.docId),
        ["talks-2021-03-23", "wire-eu-sanctions", "notes-ceasefire"],
      );
    });

    it("refuses a negative or fractional limit", async () => {
      await rejectsWithCode(store().listEvents({ limit: -1 }), "CH_USAGE");
      await rejectsWithCode(store().listArticles({ offset: 1.5 }), "CH_USAGE");
    });
  });
}
