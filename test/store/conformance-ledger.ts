/**
 * The ledger-query part of the store conformance suite ({@link LedgerQueries}):
 * keyset pages of events with every filter, parties, profiles, dyad series,
 * the network, search and running totals, over the fixture corpus.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import type { Doc } from "../../src/doc/doc.js";
import type { EventKey, EventPageQuery, Store, StoredEvent } from "../../src/store/store.js";
import { ALL, EVENT_CASES } from "./conformance-filters.js";
import { corpus, talksSpec } from "./corpus.js";
import { actor, buildDoc, type DocSpec, hashOf } from "./fixtures.js";
import { putAll, rejectsWithCode } from "./helpers.js";

const triggers = (events: readonly StoredEvent[]): string[] => events.map((e) => e.evidence.trigger);

/** A note whose event has no calendar date: it must come last in both orders. */
function undatedSpec(): DocSpec {
  return {
    id: "undated-note",
    source: "examples/corpus/undated.txt",
    title: "Border dispute",
    published_at: null,
    sentences: ["Serbia accused Kosovo of provocations at some point."],
    events: [
      {
        sentence: 0,
        trigger: "accused",
        actors: [actor("Serbia", "SRB")],
        recipients: [actor("Kosovo", "XKX")],
        cameo: "112",
        type: "ACCUSE",
        goldstein: -2,
        quadClass: 3,
        status: "occurred",
        date: { value: "XXXX", precision: "unknown", stated: false },
      },
    ],
  };
}

/** The talks document re-published with one more event: the next version of its URL. */
function talksV2(): Doc {
  const spec = talksSpec();
  spec.sentences.push("China will host Lavrov again in June.");
  spec.events?.push({
    sentence: spec.sentences.length - 1,
    trigger: "host",
    actors: [actor("China", "CHN")],
    recipients: [{ text: "Lavrov", name: "Sergei Lavrov", entity_id: "e1", country: "RUS", sector: "GOV" }],
    cameo: "043",
    type: "CONSULT",
    goldstein: 2.8,
    quadClass: 1,
    status: "planned",
    date: { value: "2021-06", precision: "month", stated: true, text: "June" },
  });
  return buildDoc(spec);
}

/** Every page of a walk, following `next`. */
async function walk(store: Store, query: Omit<EventPageQuery, "after" | "maxId">): Promise<StoredEvent[][]> {
  const pages: StoredEvent[][] = [];
  let after: EventKey | undefined;
  let maxId: number | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await store.pageEvents({
      ...query,
      ...(after ? { after } : {}),
      ...(maxId ? { maxId } : {}),
    });
    pages.push(page.events);
    maxId = page.maxId;
    if (!page.next) return pages;
    after = page.next;
  }
  throw new Error("the walk did not end");
}

/**
 * Register the ledger-query tests.
 *
 * @param store returns the store under test (fresh for each test, set up by the caller).
 */
export function registerLedgerConformance(store: () => Store): void {
  describe("ledger queries", () => {
    beforeEach(async () => {
      await putAll(store(), corpus());
    });

    it("pages events with every filter exactly as listEvents filters them, in both orders", async () => {
      for (const [what, filter, expected] of EVENT_CASES) {
        const asc = await store().pageEvents({ ...filter, order: "asc", limit: 100 });
        assert.deepEqual(triggers(asc.events), expected, `${what} (asc): ${JSON.stringify(filter)}`);
        assert.equal(asc.next, null);
        const desc = await store().pageEvents({ ...filter, limit: 100 });
        assert.deepEqual(triggers(desc.events), [...expected].reverse(), `${what} (desc)`);
      }
    });

    it("filters by entity parties, dyads, CAMEO root, location and publication date", async () => {
      const cases: [EventPageQuery, string[]][] = [
        [{ actor: "PER:Sergei Lavrov", limit: 10 }, ["met", "visit"]],
        [{ recipient: "PER:Wang Yi", limit: 10 }, ["met"]],
        [{ actor: "rus", recipient: "chn", limit: 10 }, ["met"]],
        [{ actor: "GBR", recipient: "RUS", limit: 10 }, ["condemned", "demonstrated"]],
        [{ actor: "PER:Sergei Lavrov", recipient: "KOR", limit: 10 }, ["visit"]],
        [{ actor: "PER:Nobody", limit: 10 }, []],
        [{ cameoRoot: "04", limit: 10 }, ["met", "visit"]],
        [{ locationCountry: "gbr", limit: 10 }, ["demonstrated"]],
        [{ dateField: "published", from: "2021-03", limit: 10 }, ["met", "pledged", "visit"]],
        [
          { dateField: "published", from: "2020-11-01", to: "2020-11-30", limit: 10 },
          ["did not sign", "may send"],
        ],
        [{ dateField: "published", to: "2021-02", type: "protest", limit: 10 }, ["demonstrated"]],
      ];
      for (const [query, expected] of cases) {
        const page = await store().pageEvents({ ...query, order: "asc" });
        assert.deepEqual(triggers(page.events), expected, JSON.stringify(query));
      }
    });

    it("walks every event once, in order, with keyset pages; undated events come last either way", async () => {
      await putAll(store(), [buildDoc(undatedSpec())]);
      for (const order of ["asc", "desc"] as const) {
        const pages = await walk(store(), { order, limit: 2 });
        const expected = order === "asc" ? [...ALL, "accused"] : [...[...ALL].reverse(), "accused"];
        assert.deepEqual(triggers(pages.flat()), expected, order);
        assert.ok(pages.slice(0, -1).every((p) => p.length === 2));
      }
      const dated = await store().pageEvents({ from: "2000", limit: 100 });
      assert.ok(!triggers(dated.events).includes("accused"), "a date bound leaves undated events out");
    });

    it("keeps a walk stable when events are inserted behind, at and ahead of the cursor", async () => {
      const first = await store().pageEvents({ order: "asc", limit: 3 });
      assert.deepEqual(triggers(first.events), ALL.slice(0, 3));
      await putAll(store(), [buildDoc(undatedSpec())]);
      const early = buildDoc({
        ...undatedSpec(),
        id: "early",
        sentences: ["Serbia accused Kosovo of provocations in 2019."],
        events: [
          {
            ...(undatedSpec().events?.[0] as NonNullable<DocSpec["events"]>[number]),
            date: { value: "2019", precision: "year", stated: true },
          },
        ],
      });
      await putAll(store(), [early]);
      let page = first;
      const seen = [...first.events];
      while (page.next) {
        page = await store().pageEvents({ order: "asc", limit: 3, after: page.next, maxId: first.maxId });
        seen.push(...page.events);
      }
      assert.deepEqual(triggers(seen), ALL);
      assert.equal(new Set(seen.map((e) => e.id)).size, ALL.length);
    });

    it("refuses a page size below one", async () => {
      for (const read of [
        () => store().pageEvents({ limit: 0 }),
        () => store().pageArticles({ limit: -1 }),
        () => store().searchArticles({ query: "Navalny", limit: 0 }),
        () => store().listParties({ limit: 1.5 }),
        () => store().network({ limit: 0 }),
      ]) {
        await rejectsWithCode(read(), "CH_USAGE");
      }
    });

    it("reads one event with its article, and the events of an article", async () => {
      const [met] = (await store().pageEvents({ type: "CONSULT", order: "asc", limit: 1 })).events;
      assert.ok(met);
      const detail = await store().getEvent(met.id);
      assert.equal(detail?.evidence.trigger, "met");
      assert.deepEqual(detail?.article, {
        id: met.articleId,
        docId: "talks-2021-03-23",
        source: "https://news.example.org/feed.xml",
        url: "https://news.example.org/2021/03/lavrov-wang-guilin",
        title: "Russia and China close ranks",
        publishedAt: "2021-03-23",
        version: 1,
        isCurrent: true,
      });
      assert.equal(await store().getEvent(987654), null);
      assert.deepEqual(triggers(await store().articleEvents(met.articleId)), ["met", "pledged", "visit"]);
    });

    it("pages article summaries, current versions only unless asked", async () => {
      await store().putArticle(talksV2(), hashOf(talksV2()));
      const current = await store().pageArticles({ limit: 10 });
      assert.deepEqual(
        current.articles.map((a) => [a.docId, a.version, a.isCurrent, a.eventCount]),
        [
          ["talks-2021-03-23", 2, true, 4],
          ["notes-ceasefire", 1, true, 2],
          ["wire-eu-sanctions", 1, true, 4],
        ],
      );
      assert.ok(current.articles[1]?.preview.startsWith("Armenia and Azerbaijan did not sign"));
      const all = await store().pageArticles({ allVersions: true, order: "asc", limit: 2 });
      assert.deepEqual(
        all.articles.map((a) => a.isCurrent),
        [false, true],
      );
      const rest = await store().pageArticles({
        allVersions: true,
        order: "asc",
        limit: 2,
        afterId: all.nextId ?? 0,
        maxId: all.maxId,
      });
      assert.deepEqual(
        rest.articles.map((a) => a.docId),
        ["notes-ceasefire", "talks-2021-03-23"],
      );
      assert.equal(rest.nextId, null);
      const filtered = await store().pageArticles({ query: "Navalny", from: "2021", limit: 10 });
      assert.deepEqual(
        filtered.articles.map((a) => a.docId),
        ["wire-eu-sanctions"],
      );
    });

    it("searches current articles with plain-text snippets and highlight offsets", async () => {
      const page = await store().searchArticles({ query: "Navalny", limit: 10 });
      assert.equal(page.hits.length, 1);
      const hit = page.hits[0];
      assert.ok(hit && hit.score > 0);
      assert.equal(hit.article.docId, "wire-eu-sanctions");
      assert.ok(hit.snippet.highlights.length >= 1);
      for (const [start, end] of hit.snippet.highlights)
        assert.equal(hit.snippet.text.slice(start, end), "Navalny");
      assert.ok(!/[\uE000\uE001]/.test(hit.snippet.text));
      const two = await store().searchArticles({ query: "sanctions", limit: 1 });
      assert.equal(two.hits.length, 1);
      assert.equal(two.nextOffset, 1);
      const next = await store().searchArticles({
        query: "sanctions",
        limit: 1,
        offset: 1,
        maxId: two.maxId,
      });
      assert.notEqual(next.hits[0]?.article.id, two.hits[0]?.article.id);
      assert.equal(next.nextOffset, null);
    });

    it("lists parties with their counts as actor and recipient", async () => {
      const page = await store().listParties({ kind: "country", limit: 3 });
      assert.deepEqual(
        page.parties.map((p) => [p.id, p.kind, p.asActor, p.asRecipient]),
        [
          ["RUS", "country", 5, 3],
          ["CHN", "country", 1, 1],
          ["GBR", "country", 2, 0],
        ],
      );
      assert.equal(page.nextOffset, 3);
      const entities = await store().listParties({ kind: "entity", limit: 10 });
      assert.deepEqual(
        entities.parties.map((p) => [p.id, p.type, p.name, p.asActor, p.asRecipient, p.articles]),
        [
          ["PER:Sergei Lavrov", "PER", "Sergei Lavrov", 2, 0, 1],
          ["PER:Wang Yi", "PER", "Wang Yi", 0, 1, 1],
          ["IGO:European Union", "IGO", "European Union", 0, 0, 1],
          ["LOC:Seoul", "LOC", "Seoul", 0, 0, 1],
          ["PER:Alexei Navalny", "PER", "Alexei Navalny", 0, 0, 1],
        ],
      );
      const named = await store().listParties({ query: "wang", sort: "name", limit: 10 });
      assert.deepEqual(
        named.parties.map((p) => p.id),
        ["PER:Wang Yi"],
      );
      const people = await store().listParties({ type: "per", sort: "name", limit: 10 });
      assert.deepEqual(
        people.parties.map((p) => p.name),
        ["Alexei Navalny", "Sergei Lavrov", "Wang Yi"],
      );
    });

    it("profiles a party: roles, series and partners in both directions", async () => {
      const rus = await store().partyProfile("rus", { interval: "month" });
      assert.ok(rus);
      assert.deepEqual([rus.id, rus.asActor, rus.asRecipient], ["RUS", 5, 3]);
      assert.deepEqual(rus.sectors, [
        { role: "actor", sector: "GOV", actors: 4 },
        { role: "actor", sector: "MIL", actors: 1 },
        { role: "recipient", sector: "GOV", actors: 3 },
      ]);
      assert.equal(rus.series[0]?.period, "2020-11");
      assert.equal(rus.series.at(-1)?.period, "2021-03");
      assert.equal(
        rus.series.reduce((n, b) => n + b.asActor, 0),
        5,
      );
      assert.equal(
        rus.series.reduce((n, b) => n + b.asRecipient, 0),
        3,
      );
      const gbr = rus.partners.find((p) => p.id === "GBR");
      assert.deepEqual(gbr, {
        id: "GBR",
        outgoing: { events: 0, goldsteinSum: 0, goldsteinMean: null },
        incoming: { events: 2, goldsteinSum: -8.5, goldsteinMean: -4.25 },
      });
      const lavrov = await store().partyProfile("PER:Sergei Lavrov", { interval: "year", partners: 1 });
      assert.deepEqual([lavrov?.asActor, lavrov?.articles, lavrov?.partners.length], [2, 1, 1]);
      assert.deepEqual(lavrov?.series, [{ period: "2021", start: "2021-01-01", asActor: 2, asRecipient: 0 }]);
      assert.equal(await store().partyProfile("FRA", { interval: "month" }), null);
    });

    it("counts a dyad by bucket in each direction, empty buckets included", async () => {
      const series = await store().dyadSeries({
        a: "GBR",
        b: "rus",
        interval: "month",
        from: "2021-01",
        to: "2021-03",
      });
      assert.deepEqual(
        [series.a, series.b, series.from, series.to],
        ["GBR", "RUS", "2021-01-01", "2021-03-31"],
      );
      assert.deepEqual(
        series.aToB.map((b) => [b.period, b.events, b.byQuadClass["3"], b.goldsteinSum, b.goldsteinMean]),
        [
          ["2021-01", 1, 1, -2, -2],
          ["2021-02", 1, 1, -6.5, -6.5],
          ["2021-03", 0, 0, 0, null],
        ],
      );
      assert.ok(series.bToA.every((b) => b.events === 0));
      assert.deepEqual(series.totals.aToB, { events: 2, goldsteinSum: -8.5, goldsteinMean: -4.25 });
      const weeks = await store().dyadSeries({ a: "RUS", b: "CHN", interval: "week" });
      assert.deepEqual(
        weeks.aToB.map((b) => [b.period, b.start, b.events]),
        [["2021-W12", "2021-03-22", 1]],
      );
      const none = await store().dyadSeries({ a: "FRA", b: "DEU", interval: "day" });
      assert.deepEqual([none.from, none.aToB.length, none.totals.bToA.events], [null, 0, 0]);
      const occurred = await store().dyadSeries({ a: "ARM", b: "AZE", interval: "year", status: "occurred" });
      assert.equal(occurred.totals.aToB.events, 0);
    });

    it("builds the actor network of a period", async () => {
      const net = await store().network({ from: "2021", to: "2021", limit: 10 });
      assert.deepEqual(
        net.edges.map((e) => [e.source, e.target, e.events, e.goldsteinMean]),
        [
          ["GBR", "RUS", 2, -4.25],
          ["RUS", "CHN", 1, 1],
          ["RUS", "KOR", 1, 1.9],
          ["USA", "RUS", 1, -2],
        ],
      );
      assert.equal(net.totalEdges, 4);
      assert.deepEqual(
        net.nodes.find((n) => n.id === "RUS"),
        { id: "RUS", kind: "country", type: "COUNTRY", name: "RUS", eventsOut: 2, eventsIn: 3 },
      );
      const heavy = await store().network({ from: "2021", to: "2021", limit: 1, minEvents: 2 });
      assert.deepEqual([heavy.totalEdges, heavy.edges.length], [1, 1]);
      const latest = await store().network({ limit: 10 });
      assert.equal(latest.to, "2021-03-29");
      const mixed = await store().network({ from: "2021", to: "2021", kind: "mixed", limit: 10 });
      assert.ok(mixed.edges.some((e) => e.source === "PER:Sergei Lavrov" && e.target === "CHN"));
    });

    it("keeps running totals equal to the listings, through new versions", async () => {
      const check = async (): Promise<void> => {
        const [ledger, stats] = [await store().ledgerStats(), await store().stats()];
        assert.equal(ledger.events, stats.events);
        assert.deepEqual(ledger.eventsByStatus, stats.eventsByStatus);
        assert.deepEqual(ledger.eventsByType, stats.eventsByType);
        assert.equal(ledger.articles, stats.articles);
        assert.equal(ledger.sources, stats.sources);
        const all = (await store().pageEvents({ limit: 1000 })).events;
        const rus = all.filter((e) => e.actor.some((a) => a.country === "RUS")).length;
        assert.equal((await store().partyProfile("RUS", { interval: "year" }))?.asActor, rus);
      };
      await check();
      await store().putArticle(talksV2(), hashOf(talksV2()));
      await check();
      const ledger = await store().ledgerStats();
      assert.deepEqual(ledger.eventsByQuadClass, { "1": 5, "2": 1, "3": 3, "4": 1 });
      assert.equal(ledger.eventsByMonth["2021-06"], 1);
      assert.deepEqual([ledger.firstEventDay, ledger.lastEventDay], ["2020-10-01", "2021-06-01"]);
      const lavrov = await store().partyProfile("PER:Sergei Lavrov", { interval: "year" });
      assert.deepEqual([lavrov?.asActor, lavrov?.asRecipient, lavrov?.articles], [2, 1, 1]);
    });
  });
}
