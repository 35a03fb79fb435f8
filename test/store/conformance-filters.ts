/**
 * The filter part of the store conformance suite: every {@link EventFilter}
 * and {@link ArticleFilter} field over the three-document fixture corpus.
 * Events are named by their (unique) trigger.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import type { ArticleFilter, EventFilter, Store } from "../../src/store/store.js";
import { corpus } from "./corpus.js";
import { hashOf } from "./fixtures.js";

/** Every corpus event, in the order listEvents must return them: by date, then by id. */
export const ALL = [
  "did not sign", // 2020-10
  "may send", // 2020-11-10
  "condemned", // 2021
  "imposed sanctions", // 2021-02, stored before "demonstrated"
  "demonstrated", // 2021-02
  "threatened", // 2021-02-22
  "met", // 2021-03-22
  "pledged", // 2021-03-22, stored after "met"
  "visit", // 2021-W13 = 2021-03-29 … 2021-04-04
];

/** Filters and the events each must return, in order. */
export const EVENT_CASES: [string, EventFilter, string[]][] = [
  ["no filter", {}, ALL],
  ["actor country", { actor: "RUS" }, ["may send", "threatened", "met", "pledged", "visit"]],
  ["second of two actors", { actor: "CHN" }, ["pledged"]],
  ["either of two actors", { actor: "GBR" }, ["condemned", "demonstrated"]],
  ["recipient country", { recipient: "RUS" }, ["condemned", "imposed sanctions", "demonstrated"]],
  ["recipient is not actor", { recipient: "CHN" }, ["met"]],
  ["actor and recipient", { actor: "RUS", recipient: "KOR" }, ["visit"]],
  ["unknown country", { actor: "FRA" }, []],
  ["PLOVER type", { type: "CONSULT" }, ["met", "visit"]],
  ["CAMEO root prefix", { cameo: "04" }, ["met", "visit"]],
  ["CAMEO full code", { cameo: "042" }, ["visit"]],
  [
    "CAMEO one-digit prefix",
    { cameo: "1" },
    ["condemned", "imposed sanctions", "demonstrated", "threatened"],
  ],
  ["CAMEO prefix 14", { cameo: "14" }, ["demonstrated"]],
  ["CAMEO prefix just below a code", { cameo: "056" }, []],
  ["status planned", { status: "planned" }, ["visit"]],
  ["status negated", { status: "negated" }, ["did not sign"]],
  ["status hypothetical", { status: "hypothetical" }, ["may send"]],
  ["quad class 3", { quadClass: 3 }, ["condemned", "demonstrated", "threatened"]],
  ["quad class 4", { quadClass: 4 }, ["imposed sanctions"]],
  [
    "from a month: a year-dated event overlaps",
    { from: "2021-03" },
    ["condemned", "met", "pledged", "visit"],
  ],
  [
    "to a day: month-dated events overlap",
    { to: "2021-02-21" },
    ["did not sign", "may send", "condemned", "imposed sanctions", "demonstrated"],
  ],
  ["from/to days: a week overlaps", { from: "2021-03-23", to: "2021-03-31" }, ["condemned", "visit"]],
  ["from the last day of a week", { from: "2021-04-04" }, ["condemned", "visit"]],
  ["from the day after a week", { from: "2021-04-05" }, ["condemned"]],
  ["to an ISO week", { to: "2021-W12" }, ALL.filter((t) => t !== "visit")],
  ["from/to a year", { from: "2020", to: "2020" }, ["did not sign", "may send"]],
  ["from/to a quarter", { from: "2021-Q1", to: "2021-Q1" }, ALL.slice(2)],
  [
    "full-text query on the body",
    { query: "Navalny" },
    ["condemned", "imposed sanctions", "demonstrated", "threatened"],
  ],
  ["full-text query on the title", { query: "ranks" }, ["met", "pledged", "visit"]],
  ["full-text phrase", { query: '"send peacekeepers"' }, ["did not sign", "may send"]],
  ["actor and status", { actor: "RUS", status: "occurred" }, ["threatened", "met", "pledged"]],
  ["actor and quad class", { actor: "RUS", quadClass: 3 }, ["threatened"]],
  ["query and actor", { query: "Navalny", actor: "GBR" }, ["condemned", "demonstrated"]],
];

/** Article filters and the doc ids each must return, in ingest order. */
const ARTICLE_CASES: [string, ArticleFilter, string[]][] = [
  ["no filter", {}, ["talks-2021-03-23", "wire-eu-sanctions", "notes-ceasefire"]],
  ["source host", { source: "news.example.org" }, ["talks-2021-03-23"]],
  ["source file", { source: "examples/corpus/notes.txt" }, ["notes-ceasefire"]],
  ["source label", { source: "examples/corpus/wire.jsonl:2" }, ["wire-eu-sanctions"]],
  ["published from", { from: "2021-03" }, ["talks-2021-03-23"]],
  ["published to (timestamp)", { to: "2021-02" }, ["wire-eu-sanctions", "notes-ceasefire"]],
  ["published within a year", { from: "2021", to: "2021" }, ["talks-2021-03-23", "wire-eu-sanctions"]],
  ["full-text query", { query: "ceasefire" }, ["notes-ceasefire"]],
  ["full-text query in two", { query: "sanctions" }, ["talks-2021-03-23", "wire-eu-sanctions"]],
];

/**
 * Register the filter tests.
 *
 * @param store returns the store under test (fresh for each test, set up by the caller).
 */
export function registerFilterConformance(store: () => Store): void {
  describe("filters", () => {
    beforeEach(async () => {
      for (const doc of corpus()) await store().putArticle(doc, hashOf(doc));
    });

    it("lists events by date then id, each filter narrowing as specified", async () => {
      for (const [what, filter, expected] of EVENT_CASES) {
        const events = await store().listEvents(filter);
        assert.deepEqual(
          events.map((e) => e.evidence.trigger),
          expected,
          `${what}: ${JSON.stringify(filter)}`,
        );
      }
    });

    it("rebuilds every actor of multi-actor events", async () => {
      const [condemned] = await store().listEvents({ actor: "USA" });
      assert.deepEqual(
        condemned?.actor.map((a) => [a.text, a.country]),
        [
          ["the United States", "USA"],
          ["Britain", "GBR"],
        ],
      );
      assert.deepEqual(
        condemned?.recipient.map((a) => a.country),
        ["RUS"],
      );
    });

    it("refuses a date bound that is not a date", async () => {
      for (const filter of [{ from: "March" }, { to: "2021-13" }, { from: "2021-02-30" }]) {
        await assert.rejects(store().listEvents(filter), (err: unknown) => {
          assert.equal((err as { code?: unknown }).code, "CH_USAGE", JSON.stringify(filter));
          return true;
        });
      }
    });

    it("lists articles by source, publication date and full text, with event counts", async () => {
      for (const [what, filter, expected] of ARTICLE_CASES) {
        const articles = await store().listArticles(filter);
        assert.deepEqual(
          articles.map((a) => a.docId),
          expected,
          `${what}: ${JSON.stringify(filter)}`,
        );
      }
      const counts = (await store().listArticles()).map((a) => a.eventCount);
      assert.deepEqual(counts, [3, 4, 2]);
    });
  });
}
