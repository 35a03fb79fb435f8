/**
 * `GET /api/overview` against a real server, checked against the other
 * endpoints (stats, dyad series, entities) rather than against numbers
 * copied from the fixture; and the web app's static serving with its
 * Content-Security-Policy and SPA fallback.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { APP_CSP } from "../../src/server/web.js";
import { actor, buildDoc, type EventSpec, hashOf } from "../store/fixtures.js";
import { type ErrorBody, fillLedger, request, startServer, type TestServer } from "./helpers.js";

interface Bucket {
  period: string;
  start: string;
  events: number;
  by_quad_class: Record<string, number>;
  goldstein_sum: number;
  goldstein_mean: number | null;
}

interface Overview {
  interval: string;
  from: string | null;
  to: string | null;
  series: Bucket[];
  undated: number;
  top_dyads: Array<{
    a: string;
    b: string;
    events: number;
    goldstein_mean: number;
    color: string;
    link: string;
  }>;
  countries: Array<{ id: string; name: string; as_actor: number; as_recipient: number; events: number }>;
}

let server: TestServer;
before(async () => {
  server = await startServer({ webRoot: false });
  await fillLedger(server.store, server.dir);
});
after(() => server.close());

describe("GET /api/overview", () => {
  it("counts every current event once: dated ones in contiguous buckets, the rest as undated", async () => {
    const stats = await request<{ events: number; events_by_month: Record<string, number> }>(
      server.base,
      "/api/stats",
    );
    for (const interval of ["day", "week", "month", "year"]) {
      const res = await request<Overview>(server.base, `/api/overview?interval=${interval}`);
      assert.equal(res.status, 200);
      const o = res.body;
      assert.equal(o.interval, interval);
      const dated = o.series.reduce((n, b) => n + b.events, 0);
      assert.ok(dated > 0, "the fixture has dated events");
      assert.equal(dated + o.undated, stats.body.events, interval);
      assert.equal(o.undated, stats.body.events_by_month["undated"] ?? 0);
      for (const b of o.series) {
        const quads = Object.values(b.by_quad_class).reduce((n, q) => n + q, 0);
        assert.equal(quads, b.events, `${b.period}: QuadClasses add up`);
        assert.equal(b.goldstein_mean === null, b.events === 0);
      }
      const starts = o.series.map((b) => b.start);
      assert.deepEqual([...starts].sort(), starts, "buckets in order");
      assert.equal(new Set(starts).size, starts.length, "no duplicate bucket");
      assert.equal(o.from, starts[0]);
    }
    const months = (await request<Overview>(server.base, "/api/overview?interval=month")).body;
    for (const b of months.series)
      assert.equal(b.events, stats.body.events_by_month[b.period] ?? 0, b.period);
  });

  it("keeps the day totals in step when a new version retires an article's events", async () => {
    const version = (n: number) =>
      buildDoc({
        id: `versioned-${n}`,
        source: "test/versioned.txt",
        url: "https://wire.example.com/versioned",
        published_at: "2023-07-0" + String(n),
        sentences: [
          "Kenya and Uganda agreed to share grid power.",
          "Uganda later rebuked Kenya over tariffs.",
        ].slice(0, 3 - n),
        events: (
          [
            {
              sentence: 0,
              trigger: "agreed",
              actors: [actor("Kenya", "KEN")],
              recipients: [actor("Uganda", "UGA")],
              cameo: "057",
              type: "AGREE",
              goldstein: 8,
              quadClass: 1,
              status: "occurred",
              date: { value: `2023-07-0${n}`, precision: "day", stated: true },
            },
            {
              sentence: 1,
              trigger: "rebuked",
              actors: [actor("Uganda", "UGA")],
              recipients: [actor("Kenya", "KEN")],
              cameo: "111",
              type: "ACCUSE",
              goldstein: -2,
              quadClass: 3,
              status: "occurred",
              date: { value: `2023-07-0${n}`, precision: "day", stated: true },
            },
          ] satisfies EventSpec[]
        ).slice(0, 3 - n),
      });
    const monthOf = async (): Promise<Bucket | undefined> =>
      (await request<Overview>(server.base, "/api/overview?interval=month")).body.series.find(
        (b) => b.period === "2023-07",
      );
    const before = (await monthOf())?.events ?? 0;
    const first = version(1);
    await server.store.putArticle(first, hashOf(first));
    assert.equal((await monthOf())?.events, before + 2);
    const second = version(2);
    assert.equal((await server.store.putArticle(second, hashOf(second))).status, "version");
    const july = await monthOf();
    assert.equal(july?.events, before + 1, "the first version's events no longer count");
    assert.equal(july?.by_quad_class["3"], 0);
    const stats = await request<{ events: number }>(server.base, "/api/stats");
    const all = (await request<Overview>(server.base, "/api/overview?interval=year")).body;
    assert.equal(all.series.reduce((n, b) => n + b.events, 0) + all.undated, stats.body.events);
  });

  it("lists top dyads with both directions together, agreeing with the dyad series", async () => {
    const o = (await request<Overview>(server.base, "/api/overview?top_dyads=3")).body;
    assert.ok(o.top_dyads.length > 0 && o.top_dyads.length <= 3);
    const counts = o.top_dyads.map((d) => d.events);
    assert.deepEqual(
      counts,
      [...counts].sort((x, y) => y - x),
    );
    for (const d of o.top_dyads) {
      assert.ok(d.a <= d.b, "a pair is listed once, in code order");
      assert.match(d.color, /^#[0-9a-f]{6}$/);
      const series = await request<{
        a_to_b: { totals: { events: number } };
        b_to_a: { totals: { events: number } };
      }>(server.base, `${d.link}?interval=year`);
      assert.equal(series.status, 200);
      // The series leaves out undated events; the dyad total counts them.
      const both =
        d.a === d.b
          ? series.body.a_to_b.totals.events
          : series.body.a_to_b.totals.events + series.body.b_to_a.totals.events;
      assert.ok(both <= d.events && both > 0, `${d.a}–${d.b}: ${both} dated of ${d.events}`);
    }
  });

  it("gives each country's events as actor and recipient, as its profile does", async () => {
    const o = (await request<Overview>(server.base, "/api/overview")).body;
    assert.ok(o.countries.length > 0);
    for (const c of o.countries) {
      assert.match(c.id, /^[A-Z]{3}$/);
      assert.equal(c.events, c.as_actor + c.as_recipient);
      const profile = await request<{ as_actor: number; as_recipient: number }>(
        server.base,
        `/api/entities/${c.id}`,
      );
      assert.deepEqual([profile.body.as_actor, profile.body.as_recipient], [c.as_actor, c.as_recipient]);
    }
  });

  it("answers invalid parameters with a 400 naming the field", async () => {
    for (const [query, field] of [
      ["interval=fortnight", "interval"],
      ["top_dyads=0", "top_dyads"],
      ["top_dyads=101", "top_dyads"],
      ["top_dyads=many", "top_dyads"],
      ["limit=5", "limit"],
    ] as const) {
      const res = await request<ErrorBody>(server.base, `/api/overview?${query}`);
      assert.equal(res.status, 400, query);
      assert.equal(res.body.error.code, "CH_API_INVALID");
      assert.equal(res.body.error.field, field, query);
      assert.ok(res.body.error.message.includes(field), res.body.error.message);
    }
  });

  it("is documented in the OpenAPI document", async () => {
    const doc = await request<{ paths: Record<string, { get?: { operationId?: string } }> }>(
      server.base,
      "/api/openapi.json",
    );
    assert.equal(doc.body.paths["/api/overview"]?.get?.operationId, "overview");
  });

  it("serves no app when built without one: / is a JSON 404", async () => {
    const res = await request<ErrorBody>(server.base, "/");
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, "CH_API_NOT_FOUND");
  });
});

describe("the web app's static files", () => {
  const dir = mkdtempSync(join(tmpdir(), "chancery-webroot-"));
  let web: TestServer;
  before(async () => {
    writeFileSync(
      join(dir, "index.html"),
      "<!doctype html><title>app</title><script type=module src=app.js></script>",
    );
    writeFileSync(join(dir, "app.js"), "export {};\n");
    web = await startServer({ webRoot: dir });
  });
  after(async () => {
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves files and the SPA fallback with the app's policy, and keeps /api errors as JSON", async () => {
    for (const path of ["/", "/app.js", "/events/deep/link"]) {
      const res = await request(web.base, path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get("content-security-policy"), APP_CSP, path);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff", path);
    }
    assert.match((await request(web.base, "/app.js")).headers.get("content-type") ?? "", /javascript/);
    const api = await request<ErrorBody>(web.base, "/api/nowhere");
    assert.equal(api.status, 404);
    assert.equal(api.body.error.code, "CH_API_NOT_FOUND");
    const post = await request<ErrorBody>(web.base, "/events", { method: "POST" });
    assert.equal(post.status, 404, "only GET falls back to the app");
    const api2 = await request(web.base, "/api/health");
    assert.match(api2.headers.get("content-security-policy") ?? "", /default-src 'none';\s*base-uri/);
  });

  it("refuses path traversal and dotfiles", async () => {
    writeFileSync(join(dir, ".secret"), "hidden");
    for (const path of ["/..%2f..%2fetc%2fpasswd", "/.secret", "/%2e%2e/%2e%2e/etc/passwd"]) {
      const res = await request(web.base, path);
      assert.ok(!res.text.includes("root:") && !res.text.includes("hidden"), path);
    }
  });

  it("has a policy without inline code, eval or remote origins", () => {
    assert.doesNotMatch(APP_CSP, /unsafe-|https?:|\*/);
    assert.match(APP_CSP, /default-src 'none'/);
    assert.match(APP_CSP, /frame-ancestors 'none'/);
  });
});
