import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { API_CSP, DOCS_CSP } from "../../src/server/app.js";
import { type ErrorBody, fillLedger, postJson, request, startServer, type TestServer } from "./helpers.js";

/** Every route of the API, as OpenAPI paths. */
const ROUTES: Array<[method: "get" | "post", path: string]> = [
  ["get", "/api/events"],
  ["get", "/api/events/{id}"],
  ["get", "/api/articles"],
  ["get", "/api/articles/{id}"],
  ["get", "/api/entities"],
  ["get", "/api/entities/{id}"],
  ["get", "/api/dyads/{a}/{b}/series"],
  ["get", "/api/network"],
  ["get", "/api/overview"],
  ["get", "/api/search"],
  ["post", "/api/extract"],
  ["post", "/api/ingest"],
  ["get", "/api/health"],
  ["get", "/api/stats"],
];

/** A response of each kind the server sends. */
const SAMPLES: Array<[string, RequestInit | undefined, number]> = [
  ["/api/events?limit=2", undefined, 200],
  ["/api/events?limit=2&format=csv", undefined, 200],
  ["/api/events?limit=-1", undefined, 400],
  ["/api/events/999999", undefined, 404],
  ["/api/nowhere", undefined, 404],
  ["/api/articles/1", undefined, 200],
  ["/api/openapi.json", undefined, 200],
  ["/api/extract", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }, 400],
  ["/api/ingest", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }, 403],
];

let server: TestServer;
before(async () => {
  server = await startServer();
  await fillLedger(server.store, server.dir);
});
after(() => server.close());

describe("security headers and content types", () => {
  it("sends a strict Content-Security-Policy, nosniff and JSON or CSV on every response", async () => {
    for (const [path, init, status] of SAMPLES) {
      const res = await request(server.base, path, init);
      assert.equal(res.status, status, `${path}: ${res.text}`);
      assert.equal(res.headers.get("content-security-policy"), API_CSP.replaceAll("; ", ";"), path);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff", path);
      assert.equal(res.headers.get("x-frame-options"), "DENY", path);
      assert.match(
        res.headers.get("content-type") ?? "",
        /^(application\/json|text\/csv); charset=utf-8$/,
        path,
      );
    }
  });

  it("serves the documentation page with its own strict policy (no inline script or style)", async () => {
    const page = await request<string>(server.base, "/api/docs/");
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type") ?? "", /^text\/html/);
    assert.equal(page.headers.get("content-security-policy"), DOCS_CSP);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(DOCS_CSP));
    assert.ok(!/<script>[^<]/.test(page.text), "no inline script");
    const script = await request<string>(server.base, "/api/docs/static/swagger-initializer.js");
    assert.equal(script.status, 200);
  });

  it("keeps article text as data: a title with markup comes back as a JSON string", async () => {
    const res = await request<{ data: Array<{ title: string | null }> }>(
      server.base,
      "/api/articles?q=Nordic",
    );
    assert.equal(res.body.data[0]?.title, "Leaders gather for <script>alert(1)</script> summit");
    assert.equal(res.headers.get("content-type"), "application/json; charset=utf-8");
  });
});

describe("OpenAPI document", () => {
  it("is an OpenAPI 3.1 document listing every route with parameters, responses and schemas", async () => {
    const res = await request<{
      openapi: string;
      info: { title: string; version: string };
      paths: Record<
        string,
        Record<
          string,
          {
            summary?: string;
            operationId?: string;
            responses?: Record<string, unknown>;
            parameters?: Array<{ name: string; in: string; schema: unknown }>;
          }
        >
      >;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    }>(server.base, "/api/openapi.json");
    assert.equal(res.status, 200);
    const doc = res.body;
    assert.equal(doc.openapi, "3.1.0");
    assert.equal(doc.info.title, "Chancery API");
    const listed = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path}`),
    );
    assert.deepEqual(listed.sort(), ROUTES.map(([m, p]) => `${m} ${p}`).sort());
    for (const [method, path] of ROUTES) {
      const op = doc.paths[path]?.[method];
      assert.ok(op?.summary, `${method} ${path} has a summary`);
      assert.ok(op?.operationId, `${method} ${path} has an operationId`);
      assert.ok(op?.responses?.["200"] && op.responses["4XX"], `${method} ${path} documents 200 and 4XX`);
      for (const p of op?.parameters ?? []) assert.ok(p.schema, `${path} parameter ${p.name} has a schema`);
    }
    const events = doc.paths["/api/events"]?.["get"];
    assert.deepEqual(events?.parameters?.map((p) => p.name).sort(), [
      "actor",
      "cameo",
      "cameo_root",
      "cursor",
      "date_field",
      "format",
      "from",
      "limit",
      "location",
      "q",
      "quad_class",
      "recipient",
      "sort",
      "status",
      "to",
      "type",
    ]);
    for (const name of [
      "Event",
      "EventDetail",
      "ArticleDetail",
      "Party",
      "DyadSeries",
      "Network",
      "Stats",
      "Error",
    ]) {
      assert.ok(doc.components.schemas[name], `components.schemas.${name}`);
    }
    assert.ok(doc.components.securitySchemes["bearer"]);
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const name = /#\/components\/schemas\/([^"]+)"/.exec(ref)?.[1];
      assert.ok(name && doc.components.schemas[name], `${ref} resolves`);
    }
    const ui = await request<{ openapi: string }>(server.base, "/api/docs/json");
    assert.equal(ui.body.openapi, "3.1.0");
  });
});

describe("limits and failures", () => {
  it("answers 429 with a JSON error once a client exceeds the rate limit", async () => {
    const limited = await startServer({ rateLimit: { max: 3, windowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await request(limited.base, "/api/health")).status);
      assert.deepEqual(statuses, [200, 200, 200]);
      const res = await request<ErrorBody>(limited.base, "/api/events");
      assert.equal(res.status, 429);
      assert.equal(res.body.error.code, "CH_API_RATE_LIMITED");
      assert.ok(Number(res.headers.get("retry-after")) > 0);
      assert.ok(res.headers.get("content-security-policy"));
      const missing = await request<ErrorBody>(limited.base, "/api/nowhere");
      assert.equal(missing.status, 429, "unknown routes count too");
    } finally {
      await limited.close();
    }
  });

  it("answers 500 with a generic JSON error and no stack trace or path when the database fails", async () => {
    const broken = await startServer();
    try {
      await broken.store.close();
      for (const path of ["/api/events", "/api/stats", "/api/entities/RUS", "/api/health"]) {
        const res = await request<ErrorBody>(broken.base, path);
        assert.equal(res.status, 500, path);
        assert.deepEqual(res.body, {
          error: { code: "CH_INTERNAL", message: "An unexpected internal error occurred." },
        });
        assert.ok(!/\bat\s|\.js|\/tmp|chancery-server|store is closed/.test(res.text), res.text);
      }
      const post = await postJson<ErrorBody>(broken.base, "/api/extract", { text: "still stateless" });
      assert.equal(post.status, 200, "extract needs no database");
    } finally {
      await broken.close();
    }
  });
});
