import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type ApiPage, type ErrorBody, postJson, request, startServer, type TestServer } from "./helpers.js";

const TOKEN = "s3cret-token-for-tests";

interface ExtractLine {
  id: string;
  text: string;
  title?: string;
  entities: unknown[];
  events: unknown[];
  error?: { code: string; message: string };
}

interface IngestReport {
  read: number;
  inserted: number;
  versions: number;
  skipped: number;
  failed: number;
  events: number;
  results: Array<{
    id: string;
    status: string;
    article_id?: number;
    version?: number;
    error?: { code: string };
  }>;
}

const record = {
  id: "r1",
  url: "https://example.org/news/1",
  title: "Talks in Geneva",
  published_at: "2024-03-04",
  text: "Delegations from both sides met in Geneva on Monday. The talks will continue next week.",
};

let open: TestServer;
let closed: TestServer;
before(async () => {
  open = await startServer({ token: TOKEN, maxRecords: 5, bodyLimitBytes: 4096 });
  closed = await startServer({ token: null });
});
after(async () => {
  await open.close();
  await closed.close();
});

describe("POST /api/extract", () => {
  it("follows the extract contract: one record in, one output out, nothing stored", async () => {
    const res = await postJson<ExtractLine>(closed.base, "/api/extract", record);
    assert.equal(res.status, 200);
    assert.equal(res.body.id, "r1");
    assert.equal(res.body.title, "Talks in Geneva");
    assert.equal(res.body.text, record.text);
    assert.deepEqual([res.body.entities, res.body.events], [[], []]);
    const articles = await request<ApiPage<unknown>>(closed.base, "/api/articles");
    assert.equal(articles.body.data.length, 0);
  });

  it("answers an array with an array in order, a bad record yielding an error line", async () => {
    const res = await postJson<ExtractLine[]>(open.base, "/api/extract", [
      { text: "First record." },
      { id: "no-text", title: "Nothing here" },
      { id: 7, html: "<p>Second <b>record</b>.</p><script>x()</script>" },
      { id: "typed", text: "x", title: 5 },
    ]);
    assert.equal(res.status, 200);
    assert.equal(res.body.length, 4);
    assert.equal(res.body[3]?.error?.code, "CH_RECORD_INVALID");
    assert.match(res.body[3]?.error?.message ?? "", /"title" must be a string/);
    assert.match(res.body[0]?.id ?? "", /^api-[0-9a-f]{16}$/);
    assert.equal(res.body[1]?.error?.code, "CH_RECORD_INVALID");
    assert.match(res.body[1]?.error?.message ?? "", /api-extract:2/);
    assert.equal(res.body[2]?.id, "7");
    assert.equal(res.body[2]?.text, "Second record.");
  });

  it("refuses bodies that are not records, too many records, invalid JSON, other media types and oversized bodies", async () => {
    const cases: [string, unknown, number, string, string | undefined][] = [
      ["a number", 42, 400, "CH_API_INVALID", "body"],
      ["an empty array", [], 400, "CH_API_INVALID", "body"],
      [
        "too many records",
        Array.from({ length: 6 }, (_, i) => ({ text: `r${i}` })),
        400,
        "CH_API_INVALID",
        "body",
      ],
      ["invalid JSON", '{"text": "unterminated', 400, "CH_JSON_INVALID", "body"],
      ["an oversized body", { text: "x".repeat(5000) }, 413, "CH_INPUT_TOO_LARGE", undefined],
    ];
    for (const [what, body, status, code, field] of cases) {
      const res = await postJson<ErrorBody>(open.base, "/api/extract", body);
      assert.equal(res.status, status, `${what}: ${res.text}`);
      assert.equal(res.body.error.code, code, what);
      assert.equal(res.body.error.field, field, `${what}: ${res.text}`);
    }
    const text = await request<ErrorBody>(open.base, "/api/extract", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "Plain text.",
    });
    assert.equal(text.status, 415);
    assert.equal(text.body.error.code, "CH_INPUT_UNSUPPORTED");
  });
});

describe("POST /api/ingest", () => {
  it("is disabled with a clear message when the server has no token", async () => {
    const res = await postJson<ErrorBody>(closed.base, "/api/ingest", record, {
      authorization: `Bearer ${TOKEN}`,
    });
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, "CH_API_DISABLED");
    assert.match(res.body.error.message, /CHANCERY_TOKEN/);
  });

  it("requires the bearer token, before reading the body", async () => {
    for (const authorization of [
      undefined,
      "Bearer wrong-token",
      `Basic ${TOKEN}`,
      `Bearer ${TOKEN}x`,
      "Bearer",
    ]) {
      const res = await postJson<ErrorBody>(
        open.base,
        "/api/ingest",
        record,
        authorization ? { authorization } : {},
      );
      assert.equal(res.status, 401, String(authorization));
      assert.equal(res.body.error.code, "CH_API_UNAUTHORIZED");
      assert.match(res.headers.get("www-authenticate") ?? "", /^Bearer/);
    }
    const big = await postJson<ErrorBody>(open.base, "/api/ingest", { text: "x".repeat(5000) });
    assert.equal(big.status, 401, "an unauthenticated oversized body is refused for its missing token");
    const stored = await request<ApiPage<unknown>>(open.base, "/api/articles?q=Geneva");
    assert.equal(stored.body.data.length, 0);
  });

  it("stores records as chancery ingest does: inserted, skipped when identical, versioned when changed", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const first = await postJson<IngestReport>(open.base, "/api/ingest", [record, { id: "bad" }], auth);
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(
      [first.body.read, first.body.inserted, first.body.failed, first.body.skipped],
      [2, 1, 1, 0],
    );
    assert.equal(first.body.results[0]?.status, "inserted");
    assert.equal(first.body.results[1]?.error?.code, "CH_RECORD_INVALID");
    const articleId = first.body.results[0]?.article_id;

    const article = await request<{ title: string; text: string; source: string; is_current: boolean }>(
      open.base,
      `/api/articles/${articleId}`,
    );
    assert.equal(article.status, 200);
    assert.equal(article.body.title, "Talks in Geneva");
    assert.equal(article.body.source, "api-ingest:1");
    const found = await request<ApiPage<{ article: { id: number } }>>(open.base, "/api/search?q=Geneva");
    assert.deepEqual(
      found.body.data.map((h) => h.article.id),
      [articleId],
    );

    const again = await postJson<IngestReport>(open.base, "/api/ingest", record, auth);
    assert.deepEqual([again.body.inserted, again.body.skipped], [0, 1]);
    const changed = await postJson<IngestReport>(
      open.base,
      "/api/ingest",
      { ...record, text: `${record.text} A statement followed.` },
      auth,
    );
    assert.deepEqual(
      [changed.body.versions, changed.body.results[0]?.status, changed.body.results[0]?.version],
      [1, "version", 2],
    );
    const versions = await request<ApiPage<{ is_current: boolean }>>(
      open.base,
      "/api/articles?all_versions=true&q=Geneva",
    );
    assert.deepEqual(
      versions.body.data.map((a) => a.is_current),
      [true, false],
    );
  });
});
