import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ALL } from "../store/conformance-filters.js";
import {
  type ApiEvent,
  type ApiPage,
  type ErrorBody,
  fillLedger,
  request,
  startServer,
  type TestServer,
} from "./helpers.js";

/** Every event of the ledger fixture, oldest first (the corpus, then the two tricky ones of 2022-01-09). */
const OLDEST_FIRST = [...ALL, "painted", "chanted"];
const NEWEST_FIRST = [...OLDEST_FIRST].reverse();

let server: TestServer;
before(async () => {
  server = await startServer();
  await fillLedger(server.store, server.dir);
});
after(() => server.close());

const triggers = (page: ApiPage<ApiEvent>): string[] => page.data.map((e) => e.evidence.trigger);

describe("GET /api/events", () => {
  it("lists current events newest first as JSON", async () => {
    const res = await request<ApiPage<ApiEvent>>(server.base, "/api/events?limit=100");
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "application/json; charset=utf-8");
    assert.deepEqual(triggers(res.body), NEWEST_FIRST);
    assert.equal(res.body.next_cursor, null);
  });

  it("applies every filter", async () => {
    const cases: [string, string[]][] = [
      ["actor=RUS", ["visit", "pledged", "met", "threatened", "may send"]],
      ["actor=rus", ["visit", "pledged", "met", "threatened", "may send"]],
      ["actor=PER:Sergei%20Lavrov", ["visit", "met"]],
      ["recipient=RUS", ["demonstrated", "imposed sanctions", "condemned"]],
      ["recipient=PER%3AWang%20Yi", ["met"]],
      ["actor=GBR&recipient=RUS", ["demonstrated", "condemned"]],
      ["type=consult", ["visit", "met"]],
      ["cameo=04", ["visit", "met"]],
      ["cameo=042", ["visit"]],
      ["cameo_root=14", ["chanted", "painted", "demonstrated"]],
      ["quad_class=4", ["imposed sanctions"]],
      ["status=negated", ["did not sign"]],
      ["from=2021-03&to=2021-03-31", ["visit", "pledged", "met", "condemned"]],
      ["date_field=published&from=2021-03", ["chanted", "painted", "visit", "pledged", "met"]],
      ["date_field=published&from=2020-11-10&to=2020-11-10", ["may send", "did not sign"]],
      ["location=gbr", ["demonstrated"]],
      ["q=Navalny", ["threatened", "demonstrated", "imposed sanctions", "condemned"]],
      ["q=Navalny&actor=GBR", ["demonstrated", "condemned"]],
      ["actor=RUS&status=occurred&type=CONSULT", ["met"]],
      ["sort=date&limit=3", ["did not sign", "may send", "condemned"]],
      ["actor=DEU", []],
    ];
    for (const [query, expected] of cases) {
      const res = await request<ApiPage<ApiEvent>>(server.base, `/api/events?${query}`);
      assert.equal(res.status, 200, `${query}: ${res.text}`);
      assert.deepEqual(triggers(res.body), expected, query);
    }
  });

  it("answers 400 naming the field for every invalid parameter", async () => {
    const cases: [string, string][] = [
      ["limit=0", "limit"],
      ["limit=1001", "limit"],
      ["limit=ten", "limit"],
      ["sort=up", "sort"],
      ["status=rumoured", "status"],
      ["quad_class=7", "quad_class"],
      ["actor=U", "actor"],
      ["recipient=a%20b", "recipient"],
      ["type=con%20sult", "type"],
      ["cameo=4a", "cameo"],
      ["cameo_root=1", "cameo_root"],
      ["location=FR", "location"],
      ["date_field=ingested", "date_field"],
      ["from=March", "from"],
      ["from=2021-02-30", "from"],
      ["to=2021-13", "to"],
      ["from=2022&to=2021", "from"],
      ["format=xml", "format"],
      ["q=%22unbalanced", "q"],
      ["actr=RUS", "actr"],
      ["cursor=not*a*cursor", "cursor"],
      ["cursor=bm90IGEgY3Vyc29y", "cursor"],
    ];
    for (const [query, field] of cases) {
      const res = await request<ErrorBody>(server.base, `/api/events?${query}`);
      assert.equal(res.status, 400, `${query}: ${res.text}`);
      assert.equal(res.body.error.code, "CH_API_INVALID", query);
      assert.equal(res.body.error.field, field, `${query}: ${res.text}`);
      assert.ok(res.body.error.message.includes(field), res.body.error.message);
    }
  });
});

describe("GET /api/events/{id}", () => {
  it("returns the event with its evidence and a link to its article, whose text holds the evidence", async () => {
    const list = await request<ApiPage<ApiEvent>>(server.base, "/api/events?type=CONSULT&sort=date&limit=1");
    const met = list.body.data[0];
    assert.ok(met);
    const res = await request<
      ApiEvent & { article: { id: number; link: string; title: string; url: string; is_current: boolean } }
    >(server.base, `/api/events/${met.id}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.evidence.trigger, "met");
    assert.equal(
      res.body.evidence.sentence,
      "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Guilin on Monday.",
    );
    assert.equal(res.body.evidence.rule, "test.consult.040");
    assert.deepEqual(
      [res.body.article.title, res.body.article.url, res.body.article.is_current],
      ["Russia and China close ranks", "https://news.example.org/2021/03/lavrov-wang-guilin", true],
    );
    const article = await request<{ text: string }>(server.base, res.body.article.link);
    assert.equal(article.status, 200);
    const { start, end, sentence } = res.body.evidence;
    assert.equal(article.body.text.slice(start, end), sentence);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const missing = await request<ErrorBody>(server.base, "/api/events/987654");
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, "CH_API_NOT_FOUND");
    for (const id of ["abc", "0", "-3", "1.5"]) {
      const bad = await request<ErrorBody>(server.base, `/api/events/${id}`);
      assert.equal(bad.status, 400, id);
      assert.equal(bad.body.error.field, "id", id);
    }
  });
});
