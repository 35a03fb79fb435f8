import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  type ApiEvent,
  type ApiPage,
  type ErrorBody,
  fillLedger,
  request,
  startServer,
  type TestServer,
} from "./helpers.js";

interface Summary {
  id: number;
  doc_id: string;
  title: string | null;
  is_current: boolean;
  event_count: number;
  preview: string;
  link: string;
}

interface Detail extends Summary {
  text: string;
  sentences: Array<{ start: number; end: number }>;
  entities: Array<{
    id: string;
    ledger_id: string;
    mentions: Array<{ start: number; end: number; text: string }>;
  }>;
  times: Array<{ start: number; end: number; text: string; value: string }>;
  places: Array<{ start: number; end: number; text: string; country: string | null }>;
  events: ApiEvent[];
  removed: Array<{ text: string; reason: string; input_start?: number }>;
  layers: string[];
  content_hash: string;
}

interface Hit {
  article: Summary;
  score: number;
  snippet: { text: string; highlights: Array<[number, number]> };
}

let server: TestServer;
before(async () => {
  server = await startServer();
  await fillLedger(server.store, server.dir);
});
after(() => server.close());

const docIds = (page: ApiPage<Summary>): string[] => page.data.map((a) => a.doc_id);

describe("GET /api/articles", () => {
  it("lists summaries of current articles, most recently stored first, without their text", async () => {
    const res = await request<ApiPage<Summary>>(server.base, "/api/articles");
    assert.equal(res.status, 200);
    assert.deepEqual(docIds(res.body), [
      "tricky",
      "notes-ceasefire",
      "wire-eu-sanctions",
      "talks-2021-03-23",
      "wire-3",
      "wire-2",
      "wire-1",
    ]);
    const talks = res.body.data.find((a) => a.doc_id === "talks-2021-03-23");
    assert.equal(talks?.event_count, 3);
    assert.ok(talks?.preview.startsWith("Russian Foreign Minister Sergei Lavrov met"));
    assert.ok(!("text" in (talks ?? {})));
  });

  it("filters by full text, source, publication date and language", async () => {
    const cases: [string, string[]][] = [
      ["q=Rotterdam", ["wire-1"]],
      ["q=title:summit", ["wire-2"]],
      [`source=${encodeURIComponent(join(server.dir, "records.jsonl"))}`, ["wire-3", "wire-2", "wire-1"]],
      ["source=news.example.org", ["talks-2021-03-23"]],
      ["from=2024-05-03", ["wire-3", "wire-2"]],
      ["from=2021&to=2021", ["wire-eu-sanctions", "talks-2021-03-23"]],
      ["language=en&sort=id", ["talks-2021-03-23", "wire-eu-sanctions", "notes-ceasefire", "tricky"]],
    ];
    for (const [query, expected] of cases) {
      const res = await request<ApiPage<Summary>>(server.base, `/api/articles?${query}`);
      assert.equal(res.status, 200, `${query}: ${res.text}`);
      assert.deepEqual(docIds(res.body), expected, query);
    }
    for (const [query, field] of [
      ["language=English", "language"],
      ["all_versions=maybe", "all_versions"],
      ["sort=title", "sort"],
      ["q=AND%20OR", "q"],
      ["limit=501", "limit"],
    ]) {
      const res = await request<ErrorBody>(server.base, `/api/articles?${query}`);
      assert.equal(res.status, 400, query);
      assert.equal(res.body.error.field, field, query);
    }
  });
});

describe("GET /api/articles/{id}", () => {
  it("returns the clean text with every annotation as offsets into it, and what the cleaner removed", async () => {
    const list = await request<ApiPage<Summary>>(server.base, "/api/articles?source=news.example.org");
    const id = list.body.data[0]?.id;
    const res = await request<Detail>(server.base, `/api/articles/${id}`);
    assert.equal(res.status, 200);
    const a = res.body;
    for (const s of a.sentences) assert.ok(s.end <= a.text.length && s.start < s.end);
    for (const e of a.entities)
      for (const m of e.mentions) assert.equal(a.text.slice(m.start, m.end), m.text);
    for (const t of a.times) assert.equal(a.text.slice(t.start, t.end), t.text);
    for (const p of a.places) assert.equal(a.text.slice(p.start, p.end), p.text);
    for (const e of a.events)
      assert.equal(a.text.slice(e.evidence.start, e.evidence.end), e.evidence.sentence);
    assert.deepEqual(
      a.entities.map((e) => e.ledger_id),
      ["PER:Sergei Lavrov", "PER:Wang Yi", "LOC:Seoul"],
    );
    assert.deepEqual(
      a.events.map((e) => e.evidence.trigger),
      ["met", "pledged", "visit"],
    );
    const listed = await request<ApiPage<ApiEvent>>(server.base, "/api/events?q=ranks&sort=date");
    assert.deepEqual(
      a.events.map((e) => e.id),
      listed.body.data.map((e) => e.id),
      "the article's events carry their ledger ids",
    );
    assert.deepEqual(a.removed, [
      { text: "window.track('pageview');", reason: "script-block", input_start: 308 },
    ]);
    assert.equal(a.content_hash.length, 64);
    assert.ok(a.layers.includes("events"));
  });

  it("returns an ingested HTML record with the script the cleaner dropped, and its title as inert data", async () => {
    const list = await request<ApiPage<Summary>>(server.base, "/api/articles?q=Nordic");
    const id = list.body.data[0]?.id;
    const res = await request<Detail>(server.base, `/api/articles/${id}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "application/json; charset=utf-8");
    assert.equal(res.body.title, "Leaders gather for <script>alert(1)</script> summit");
    assert.ok(!res.body.text.includes("track()"));
    assert.ok(res.body.removed.some((r) => r.text.includes("track()")));
  });

  it("answers 404 for an unknown article and 400 for a malformed id", async () => {
    const missing = await request<ErrorBody>(server.base, "/api/articles/4242");
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, "CH_API_NOT_FOUND");
    const bad = await request<ErrorBody>(server.base, "/api/articles/x");
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, "id");
  });
});

describe("GET /api/search", () => {
  it("finds current articles with plain-text snippets and highlight offsets", async () => {
    const res = await request<ApiPage<Hit>>(server.base, "/api/search?q=Navalny");
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.data.map((h) => h.article.doc_id),
      ["wire-eu-sanctions"],
    );
    const hit = res.body.data[0];
    assert.ok(hit && hit.score > 0);
    assert.ok(hit.snippet.highlights.length > 0);
    for (const [s, e] of hit.snippet.highlights) assert.equal(hit.snippet.text.slice(s, e), "Navalny");
    const prefix = await request<ApiPage<Hit>>(server.base, "/api/search?q=ship*");
    assert.deepEqual(prefix.body.data.map((h) => h.article.doc_id).sort(), ["wire-1", "wire-2"]);
  });

  it("answers 400 naming q for a missing or malformed query", async () => {
    for (const [query, field] of [
      ["", "q"],
      ["q=", "q"],
      ["q=%22open", "q"],
      ["q=x&limit=101", "limit"],
    ]) {
      const res = await request<ErrorBody>(server.base, `/api/search?${query}`);
      assert.equal(res.status, 400, query);
      assert.equal(res.body.error.field, field, `${query}: ${res.text}`);
    }
  });
});
