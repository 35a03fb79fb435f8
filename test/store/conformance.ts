/**
 * The conformance suite every {@link Store} implementation runs: call
 * `runStoreConformance(name, makeStore)` from a test file, where `makeStore`
 * returns a fresh, empty, migrated store each time.
 */
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { Doc } from "../../src/doc/doc.js";
import type { Store, StoreStats } from "../../src/store/store.js";
import { mentionOf, putAll } from "./helpers.js";
import { registerFilterConformance } from "./conformance-filters.js";
import { registerIntegrityConformance } from "./conformance-integrity.js";
import { registerLedgerConformance } from "./conformance-ledger.js";
import { ceasefireSpec, corpus, sanctionsSpec, talksSpec } from "./corpus.js";
import { actor, buildDoc, hashOf } from "./fixtures.js";

/** A copy of the talks document with an added sentence and event: a later edit of the same URL. */
function talksUpdated(extra: string, trigger: string): Doc {
  const spec = talksSpec();
  spec.sentences.push(extra);
  spec.events?.push({
    sentence: spec.sentences.length - 1,
    trigger,
    actors: [actor("China", "CHN")],
    recipients: [actor("Lavrov", "RUS")],
    cameo: "043",
    type: "CONSULT",
    mode: "host",
    goldstein: 2.8,
    quadClass: 1,
    status: "planned",
    date: { value: "2021-06", precision: "month", stated: true, text: "June" },
  });
  return buildDoc(spec);
}

/**
 * Register the conformance tests for one {@link Store} implementation.
 *
 * @param name label for the suite, e.g. `sqlite (file)`.
 * @param makeStore returns a fresh, empty, migrated store; the suite closes it after each test.
 */
export function runStoreConformance(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });
    const current = (): Store => store;

    describe("round trip", () => {
      it("stores a document with every layer and reads the article and its events back", async () => {
        const doc = buildDoc(talksSpec());
        const put = await store.putArticle(doc, hashOf(doc));
        assert.equal(put.status, "inserted");
        assert.equal(put.version, 1);
        assert.ok(Number.isInteger(put.articleId) && put.articleId > 0);

        const article = await store.getArticle(put.articleId);
        assert.ok(article);
        assert.deepEqual(
          { ...article, ingestedAt: "" },
          {
            id: put.articleId,
            docId: doc.id,
            source: doc.source,
            url: doc.url,
            title: doc.title,
            publishedAt: doc.published_at,
            language: "en",
            contentHash: hashOf(doc),
            version: 1,
            text: doc.text,
            ingestedAt: "",
            eventCount: 3,
          },
        );
        assert.ok(!Number.isNaN(Date.parse(article.ingestedAt)), `ingestedAt ${article.ingestedAt}`);

        const events = await store.listEvents();
        assert.deepEqual(events.map(mentionOf), doc.events);
        for (const e of events) {
          assert.equal(e.articleId, put.articleId);
          assert.equal(e.docId, doc.id);
        }
        assert.equal(new Set(events.map((e) => e.id)).size, 3);
        const stats = await store.stats();
        assert.deepEqual(
          [stats.articles, stats.versions, stats.sources, stats.sentences, stats.entities, stats.events],
          [1, 0, 1, 3, 3, 3],
        );
      });

      it("knows which content hashes it holds", async () => {
        const doc = buildDoc(ceasefireSpec());
        assert.equal(await store.hasContent(hashOf(doc)), false);
        await store.putArticle(doc, hashOf(doc));
        assert.equal(await store.hasContent(hashOf(doc)), true);
        assert.equal(await store.hasContent("0".repeat(64)), false);
      });

      it("returns null for an article id it does not hold", async () => {
        assert.equal(await store.getArticle(987654), null);
      });
    });

    describe("idempotency and versions", () => {
      it("skips a document whose content is already stored and writes nothing", async () => {
        const doc = buildDoc(talksSpec());
        const first = await store.putArticle(doc, hashOf(doc));
        const before = await store.stats();
        const again = buildDoc({ ...talksSpec(), id: "talks-again" });
        const second = await store.putArticle(again, hashOf(again));
        assert.deepEqual(second, { status: "skipped", articleId: first.articleId, version: 1 });
        assert.deepEqual(await store.stats(), before);
        assert.equal((await store.listArticles()).length, 1);
        assert.equal((await store.listEvents()).length, 3);
      });

      it("stores changed text at a known URL as the next version and lists only its events", async () => {
        const v1 = buildDoc(talksSpec());
        const v2 = talksUpdated("China will host Lavrov again in June.", "host");
        const v3 = talksUpdated("China will host Lavrov again in June, officials confirmed.", "host Lavrov");
        const p1 = await store.putArticle(v1, hashOf(v1));
        const p2 = await store.putArticle(v2, hashOf(v2));
        assert.equal(p2.status, "version");
        assert.equal(p2.version, 2);
        assert.notEqual(p2.articleId, p1.articleId);
        assert.equal((await store.getArticle(p1.articleId))?.eventCount, 3);
        const a2 = await store.getArticle(p2.articleId);
        assert.equal(a2?.version, 2);
        assert.equal(a2?.eventCount, 4);
        assert.equal(a2?.text, v2.text);

        const p3 = await store.putArticle(v3, hashOf(v3));
        assert.deepEqual([p3.status, p3.version], ["version", 3]);
        const listed = await store.listArticles();
        assert.deepEqual(
          listed.map((a) => [a.id, a.version]),
          [
            [p1.articleId, 1],
            [p2.articleId, 2],
            [p3.articleId, 3],
          ],
        );
        const events = await store.listEvents();
        assert.equal(events.length, 4);
        assert.ok(events.every((e) => e.articleId === p3.articleId));
        assert.ok(events.some((e) => e.evidence.trigger === "host Lavrov"));
        const stats = await store.stats();
        assert.deepEqual([stats.articles, stats.versions, stats.events], [3, 2, 4]);
        assert.deepEqual(stats.eventsByStatus, { occurred: 2, planned: 2 });
        assert.deepEqual(stats.eventsByType, { CONSULT: 3, COOPERATE: 1 });

        const replay = await store.putArticle(v1, hashOf(v1));
        assert.deepEqual(replay, { status: "skipped", articleId: p1.articleId, version: 1 });
      });

      it("never versions documents without a URL", async () => {
        const a = buildDoc(ceasefireSpec());
        const b = buildDoc({
          ...ceasefireSpec(),
          id: "notes-2",
          sentences: ["Talks resumed in Moscow."],
          times: [],
          events: [],
        });
        const pa = await store.putArticle(a, hashOf(a));
        const pb = await store.putArticle(b, hashOf(b));
        assert.deepEqual([pa.status, pa.version, pb.status, pb.version], ["inserted", 1, "inserted", 1]);
        assert.equal((await store.stats()).versions, 0);
      });
    });

    registerFilterConformance(current);

    describe("stats", () => {
      it("counts articles, sources, layers and events by status and type", async () => {
        await putAll(store, corpus());
        const stats: StoreStats = await store.stats();
        assert.deepEqual(stats, {
          articles: 3,
          versions: 0,
          sources: 3,
          sentences: 8,
          entities: 5,
          events: 9,
          eventsByStatus: { hypothetical: 1, negated: 1, occurred: 6, planned: 1 },
          eventsByType: {
            ACCUSE: 1,
            AGREE: 1,
            AID: 1,
            CONSULT: 2,
            COOPERATE: 1,
            PROTEST: 1,
            SANCTION: 1,
            THREATEN: 1,
          },
        });
      });

      it("files documents from one input file under one source", async () => {
        const a = buildDoc({ ...sanctionsSpec(), id: "w2", source: "examples/corpus/wire.jsonl:2" });
        const b = buildDoc({ ...ceasefireSpec(), id: "w7", source: "examples/corpus/wire.jsonl:7" });
        await putAll(store, [a, b]);
        assert.equal((await store.stats()).sources, 1);
        const listed = await store.listArticles({ source: "examples/corpus/wire.jsonl" });
        assert.deepEqual(
          listed.map((x) => x.source),
          ["examples/corpus/wire.jsonl:2", "examples/corpus/wire.jsonl:7"],
        );
      });
    });

    registerIntegrityConformance(current);
    registerLedgerConformance(current);
  });
}
