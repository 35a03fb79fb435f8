import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  type ApiPage,
  type ErrorBody,
  fillLedger,
  request,
  startServer,
  type TestServer,
} from "./helpers.js";

interface Party {
  id: string;
  kind: string;
  type: string;
  name: string;
  as_actor: number;
  as_recipient: number;
  articles: number;
  link: string;
}

interface Directed {
  events: number;
  goldstein_sum: number;
  goldstein_mean: number | null;
}

interface Bucket extends Directed {
  period: string;
  start: string;
  by_quad_class: Record<string, number>;
}

let server: TestServer;
before(async () => {
  server = await startServer();
  await fillLedger(server.store, server.dir);
});
after(() => server.close());

describe("GET /api/entities", () => {
  it("lists countries and entities as parties, busiest first, with links to their profiles", async () => {
    const res = await request<ApiPage<Party>>(server.base, "/api/entities?kind=country&limit=3");
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.data.map((p) => [p.id, p.as_actor, p.as_recipient]),
      [
        ["RUS", 5, 3],
        ["FRA", 2, 2],
        ["CHN", 1, 1],
      ],
    );
    assert.equal(res.body.data[0]?.link, "/api/entities/RUS");
    const people = await request<ApiPage<Party>>(server.base, "/api/entities?type=PER&sort=name");
    assert.deepEqual(
      people.body.data.map((p) => [p.id, p.link]),
      [
        ["PER:Alexei Navalny", "/api/entities/PER%3AAlexei%20Navalny"],
        ["PER:Sergei Lavrov", "/api/entities/PER%3ASergei%20Lavrov"],
        ["PER:Wang Yi", "/api/entities/PER%3AWang%20Yi"],
      ],
    );
    const found = await request<ApiPage<Party>>(server.base, "/api/entities?q=lavr");
    assert.deepEqual(
      found.body.data.map((p) => p.id),
      ["PER:Sergei Lavrov"],
    );
    for (const [query, field] of [
      ["kind=person", "kind"],
      ["sort=size", "sort"],
      ["type=P%20R", "type"],
    ] as const) {
      const bad = await request<ErrorBody>(server.base, `/api/entities?${query}`);
      assert.equal(bad.status, 400, query);
      assert.equal(bad.body.error.field, field, query);
    }
  });
});

describe("GET /api/entities/{id}", () => {
  it("profiles a country: roles, counts over time, partners both ways", async () => {
    const res = await request<{
      id: string;
      as_actor: number;
      roles: Array<{ role: string; sector: string | null; actors: number }>;
      series: Array<{ period: string; as_actor: number; as_recipient: number }>;
      partners: Array<{ id: string; outgoing: Directed; incoming: Directed }>;
    }>(server.base, "/api/entities/rus?interval=year");
    assert.equal(res.status, 200);
    assert.equal(res.body.id, "RUS");
    assert.deepEqual(res.body.roles[0], { role: "actor", sector: "GOV", actors: 4 });
    assert.deepEqual(res.body.series, [
      { period: "2020", start: "2020-01-01", as_actor: 1, as_recipient: 0 },
      { period: "2021", start: "2021-01-01", as_actor: 4, as_recipient: 3 },
    ]);
    assert.deepEqual(res.body.partners[0], {
      id: "GBR",
      outgoing: { events: 0, goldstein_sum: 0, goldstein_mean: null },
      incoming: { events: 2, goldstein_sum: -8.5, goldstein_mean: -4.25 },
    });
  });

  it("profiles a named entity by its URL-encoded id, and answers 404 and 400", async () => {
    const res = await request<Party & { series: unknown[] }>(
      server.base,
      "/api/entities/PER%3ASergei%20Lavrov?interval=month&from=2021-01&to=2021-04",
    );
    assert.equal(res.status, 200);
    assert.deepEqual(
      [res.body.kind, res.body.type, res.body.name, res.body.as_actor],
      ["entity", "PER", "Sergei Lavrov", 2],
    );
    assert.equal(res.body.series.length, 4);
    const missing = await request<ErrorBody>(server.base, "/api/entities/DEU");
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, "CH_API_NOT_FOUND");
    for (const [path, field] of [
      ["/api/entities/X1", "id"],
      ["/api/entities/RUS?interval=hour", "interval"],
      ["/api/entities/RUS?partners=1000", "partners"],
      ["/api/entities/RUS?interval=day&from=1900&to=2100", "interval"],
    ] as const) {
      const bad = await request<ErrorBody>(server.base, path);
      assert.equal(bad.status, 400, path);
      assert.equal(bad.body.error.field, field, `${path}: ${bad.text}`);
    }
  });
});

describe("GET /api/dyads/{a}/{b}/series", () => {
  it("counts each direction per bucket by QuadClass with Goldstein sum and mean, empty buckets included", async () => {
    const res = await request<{
      a: string;
      b: string;
      from: string;
      to: string;
      a_to_b: { totals: Directed; buckets: Bucket[] };
      b_to_a: { totals: Directed; buckets: Bucket[] };
    }>(server.base, "/api/dyads/gbr/RUS/series?interval=month&from=2021-01&to=2021-03");
    assert.equal(res.status, 200);
    assert.deepEqual(
      [res.body.a, res.body.b, res.body.from, res.body.to],
      ["GBR", "RUS", "2021-01-01", "2021-03-31"],
    );
    assert.deepEqual(res.body.a_to_b.buckets, [
      {
        period: "2021-01",
        start: "2021-01-01",
        events: 1,
        by_quad_class: { "0": 0, "1": 0, "2": 0, "3": 1, "4": 0 },
        goldstein_sum: -2,
        goldstein_mean: -2,
      },
      {
        period: "2021-02",
        start: "2021-02-01",
        events: 1,
        by_quad_class: { "0": 0, "1": 0, "2": 0, "3": 1, "4": 0 },
        goldstein_sum: -6.5,
        goldstein_mean: -6.5,
      },
      {
        period: "2021-03",
        start: "2021-03-01",
        events: 0,
        by_quad_class: { "0": 0, "1": 0, "2": 0, "3": 0, "4": 0 },
        goldstein_sum: 0,
        goldstein_mean: null,
      },
    ]);
    assert.deepEqual(res.body.a_to_b.totals, { events: 2, goldstein_sum: -8.5, goldstein_mean: -4.25 });
    assert.deepEqual(res.body.b_to_a.totals, { events: 0, goldstein_sum: 0, goldstein_mean: null });
    const reverse = await request<{ b_to_a: { totals: Directed } }>(server.base, "/api/dyads/RUS/GBR/series");
    assert.deepEqual(reverse.body.b_to_a.totals, res.body.a_to_b.totals);
  });

  it("answers 400 naming the field", async () => {
    for (const [path, field] of [
      ["/api/dyads/GBR/RUS/series?interval=hour", "interval"],
      ["/api/dyads/GBR/R/series", "b"],
      ["/api/dyads/GBR/RUS/series?status=maybe", "status"],
      ["/api/dyads/GBR/RUS/series?from=2021-W60", "from"],
      ["/api/dyads/GBR/RUS/series?interval=day&from=1800&to=2100", "interval"],
    ] as const) {
      const bad = await request<ErrorBody>(server.base, path);
      assert.equal(bad.status, 400, path);
      assert.equal(bad.body.error.field, field, `${path}: ${bad.text}`);
    }
  });
});

describe("GET /api/network", () => {
  it("returns weighted, coloured edges of a period with their nodes", async () => {
    const res = await request<{
      from: string;
      to: string;
      total_edges: number;
      nodes: Array<{ id: string; events_out: number; events_in: number }>;
      edges: Array<{ source: string; target: string; events: number; goldstein_mean: number; color: string }>;
    }>(server.base, "/api/network?from=2021&to=2021&limit=2");
    assert.equal(res.status, 200);
    assert.equal(res.body.total_edges, 4);
    assert.deepEqual(res.body.edges, [
      { source: "GBR", target: "RUS", events: 2, goldstein_mean: -4.25, color: "#b36c69" },
      { source: "RUS", target: "CHN", events: 1, goldstein_mean: 1, color: "#8c9992" },
    ]);
    assert.deepEqual(
      res.body.nodes.map((n) => [n.id, n.events_out, n.events_in]),
      [
        ["GBR", 2, 0],
        ["RUS", 1, 2],
        ["CHN", 0, 1],
      ],
    );
    const conflict = await request<{ edges: Array<{ source: string; target: string; events: number }> }>(
      server.base,
      "/api/network?from=2022-01&to=2022-01&quad_class=3",
    );
    assert.deepEqual(
      conflict.body.edges.map((e) => [e.source, e.target, e.events]),
      [["FRA", "FRA", 2]],
      "domestic events are a self-loop",
    );
    const bad = await request<ErrorBody>(server.base, "/api/network?kind=people");
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, "kind");
  });
});

describe("GET /api/stats and /api/health", () => {
  it("counts the ledger from running totals", async () => {
    const res = await request<Record<string, unknown>>(server.base, "/api/stats");
    assert.equal(res.status, 200);
    assert.equal(res.body["articles"], 7);
    assert.equal(res.body["events"], 11);
    assert.deepEqual(res.body["events_by_quad_class"], { "1": 4, "2": 1, "3": 5, "4": 1 });
    assert.equal((res.body["events_by_type"] as Record<string, number>)["PROTEST"], 3);
    assert.deepEqual([res.body["first_event_day"], res.body["last_event_day"]], ["2020-10-01", "2022-01-09"]);
  });

  it("reports health", async () => {
    const res = await request<{ status: string; version: string }>(server.base, "/api/health");
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "ok");
    assert.equal(res.body.version, "0.1.0");
  });
});
