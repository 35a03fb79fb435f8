import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { DocSpec } from "../store/fixtures.js";
import { actor, buildDoc } from "../store/fixtures.js";
import { putAll } from "../store/helpers.js";
import {
  type ApiEvent,
  type ApiPage,
  type ErrorBody,
  fillLedger,
  request,
  startServer,
  type TestServer,
} from "./helpers.js";

let server: TestServer;
before(async () => {
  server = await startServer();
  await fillLedger(server.store, server.dir);
});
after(() => server.close());

/** A one-event document dated `date`, numbered `n` so each is distinct. */
function lateDoc(n: number, date: string): ReturnType<typeof buildDoc> {
  const spec: DocSpec = {
    id: `late-${n}`,
    source: "examples/corpus/late.txt",
    title: `Late report ${n}`,
    published_at: date.length === 10 ? date : null,
    sentences: [`Estonia summoned the Russian ambassador, report ${n} said.`],
    events: [
      {
        sentence: 0,
        trigger: "summoned",
        actors: [actor("Estonia", "EST")],
        recipients: [actor("the Russian ambassador", "RUS")],
        cameo: "111",
        type: "ACCUSE",
        goldstein: -2,
        quadClass: 3,
        status: "occurred",
        date: { value: date, precision: date.length === 10 ? "day" : "year", stated: true },
      },
    ],
  };
  return buildDoc(spec);
}

/** Walk `path` page by page (limit per page may vary), calling `between` after each page. */
async function walk(
  path: string,
  limits: number[],
  between: (page: number) => Promise<void> = async () => undefined,
): Promise<ApiEvent[][]> {
  const pages: ApiEvent[][] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 200; i++) {
    const limit = limits[i % limits.length] ?? 2;
    const sep = path.includes("?") ? "&" : "?";
    const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
    const res = await request<ApiPage<ApiEvent>>(server.base, url);
    assert.equal(res.status, 200, res.text);
    pages.push(res.body.data);
    await between(i);
    cursor = res.body.next_cursor;
    if (cursor === null) return pages;
  }
  throw new Error("the walk did not end");
}

const ids = (events: readonly ApiEvent[]): number[] => events.map((e) => e.id);

describe("cursor pagination", () => {
  it("walks every event exactly once, in order, in both sort orders and with filters", async () => {
    for (const path of [
      "/api/events",
      "/api/events?sort=date",
      "/api/events?actor=RUS",
      "/api/events?q=Navalny",
    ]) {
      const whole = await request<ApiPage<ApiEvent>>(
        server.base,
        `${path}${path.includes("?") ? "&" : "?"}limit=1000`,
      );
      const pages = await walk(path, [2, 3, 1]);
      assert.deepEqual(ids(pages.flat()), ids(whole.body.data), path);
      assert.ok(pages.length > 1, path);
    }
  });

  it("stays stable when events are inserted mid-walk, before, at and after the cursor", async () => {
    const before = (await request<ApiPage<ApiEvent>>(server.base, "/api/events?limit=1000")).body.data;
    let n = 0;
    const pages = await walk("/api/events", [2], async (page) => {
      if (page > 3) return;
      // Newer than everything, older than everything, on the cursor's own dates, and undated-ish coarse.
      await putAll(server.store, [
        lateDoc(++n, "2030-01-01"),
        lateDoc(++n, "2010-06-01"),
        lateDoc(++n, "2021-03-22"),
        lateDoc(++n, "2021"),
      ]);
    });
    const walked = pages.flat();
    assert.deepEqual(ids(walked), ids(before));
    assert.equal(new Set(ids(walked)).size, walked.length);
    const after = (await request<ApiPage<ApiEvent>>(server.base, "/api/events?limit=1000")).body.data;
    assert.equal(after.length, before.length + n, "a new walk sees the inserted events");
  });

  it("refuses a cursor used with other filters or on another listing", async () => {
    const first = await request<ApiPage<ApiEvent>>(server.base, "/api/events?actor=RUS&limit=1");
    const cursor = first.body.next_cursor;
    assert.ok(cursor);
    const other = await request<ErrorBody>(server.base, `/api/events?actor=GBR&limit=1&cursor=${cursor}`);
    assert.equal(other.status, 400);
    assert.equal(other.body.error.field, "cursor");
    const listing = await request<ErrorBody>(server.base, `/api/articles?cursor=${cursor}`);
    assert.equal(listing.status, 400);
    assert.equal(listing.body.error.field, "cursor");
    const same = await request<ApiPage<ApiEvent>>(
      server.base,
      `/api/events?actor=rus&limit=5&cursor=${cursor}`,
    );
    assert.equal(same.status, 200, "the same filters (normalised) and another limit are fine");
  });

  it("pages CSV through the Link header", async () => {
    const json = await request<ApiPage<ApiEvent>>(server.base, "/api/events?actor=RUS&limit=1000");
    let path: string | null = "/api/events?actor=RUS&limit=2&format=csv";
    const csvIds: number[] = [];
    while (path) {
      const res: Awaited<ReturnType<typeof request<string>>> = await request<string>(server.base, path);
      assert.equal(res.status, 200);
      const lines = res.text.trim().split("\r\n").slice(1);
      csvIds.push(...lines.map((l: string) => Number(l.split(",")[0])));
      const link = res.headers.get("link");
      path = link ? (/^<([^>]+)>; rel="next"$/.exec(link)?.[1] ?? null) : null;
      if (path)
        assert.equal(res.headers.get("x-next-cursor"), new URL(path, server.base).searchParams.get("cursor"));
    }
    assert.deepEqual(csvIds, ids(json.body.data));
  });

  it("pages articles, entities and search results", async () => {
    const listings: [string, (item: Record<string, unknown>) => unknown][] = [
      ["/api/articles", (a) => a["id"]],
      ["/api/articles?all_versions=true&sort=id", (a) => a["id"]],
      ["/api/entities", (p) => p["id"]],
      ["/api/search?q=sanctions%20OR%20strike%20OR%20Navalny", (h) => (h["article"] as { id: number }).id],
    ];
    for (const [path, key] of listings) {
      const sep = path.includes("?") ? "&" : "?";
      const whole = await request<ApiPage<Record<string, unknown>>>(server.base, `${path}${sep}limit=100`);
      const items: unknown[] = [];
      let cursor: string | null = null;
      do {
        const res: Awaited<ReturnType<typeof request<ApiPage<Record<string, unknown>>>>> = await request(
          server.base,
          `${path}${sep}limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        );
        assert.equal(res.status, 200, res.text);
        items.push(...res.body.data.map(key));
        cursor = res.body.next_cursor;
      } while (cursor);
      assert.ok(items.length > 2, path);
      assert.deepEqual(items, whole.body.data.map(key), path);
    }
  });
});
