import assert from "node:assert/strict";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, describe, test } from "node:test";
import { HostScheduler } from "../../src/ingest/fetch/scheduler.js";
import { chanceryVersion } from "../../src/ingest/fetch/user-agent.js";
import { assertCoded, collect, FAST_FETCH, page, respond, startServer, type TestServer } from "./helpers.js";

const redirect =
  (status: number, location: string): import("./helpers.js").Route =>
  (_req, res) => {
    res.writeHead(status, { location }).end();
  };

describe("fetching URLs", () => {
  let server: TestServer;
  before(async () => {
    const routes: Record<string, import("./helpers.js").Route> = {
      "/robots.txt": respond(
        200,
        "text/plain",
        "User-agent: *\nDisallow: /private\n\nUser-agent: OtherBot\nDisallow: /\n",
      ),
      "/r1": redirect(302, "/r2"),
      "/r2": redirect(301, "final"),
      "/final": respond(200, "text/html", page("Final", "Arrived after two redirects.")),
      "/private/report": respond(200, "text/html", page("Private", "Should not be fetched.")),
      "/public": respond(200, "text/html", page("Public", "Open to crawlers.")),
      "/declared-big": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html", "content-length": String(3 * 1024 * 1024) });
        res.end(Buffer.alloc(3 * 1024 * 1024, 0x61));
      },
      "/streamed-big": async (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        for (let i = 0; i < 40 && !res.destroyed; i++) {
          res.write(Buffer.alloc(64 * 1024, 0x62));
          await sleep(1);
        }
        res.end();
      },
      "/latin": respond(
        200,
        "text/plain; charset=ISO-8859-1",
        new Uint8Array([
          ...new TextEncoder().encode("Reuni"),
          0xf3,
          ...new TextEncoder().encode("n en Bogot"),
          0xe1,
        ]),
      ),
      "/report.pdf": respond(200, "application/pdf", "%PDF-1.4 binary"),
      "/data.jsonl": respond(
        200,
        "text/plain",
        '{"id":"j1","text":"From a JSONL URL."}\n{"id":"j2","text":"Second."}\n',
      ),
      "/slow": async (_req, res) => {
        await sleep(300);
        res.writeHead(200, { "content-type": "text/plain" }).end("slow answer");
      },
      "/fast": respond(200, "text/plain", "fast answer"),
    };
    for (let i = 0; i < 7; i++) routes[`/loop${i}`] = redirect(307, `/loop${i + 1}`);
    routes["/loop7"] = respond(200, "text/plain", "end of loop");
    server = await startServer(routes);
  });
  after(() => server.close());

  test("redirects are followed; the record keeps the requested URL as id and the final URL as url", async () => {
    const url = `${server.origin}/r1`;
    const { records, errors } = await collect([url], { fetch: FAST_FETCH });
    assert.deepEqual(errors, []);
    assert.deepEqual(records[0], {
      id: url,
      source: url,
      url: `${server.origin}/final`,
      html: page("Final", "Arrived after two redirects."),
    });
  });

  test("too many redirects is CH_FETCH_REDIRECTS", async () => {
    const url = `${server.origin}/loop0`;
    const limited = await collect([url], { fetch: FAST_FETCH });
    assertCoded(limited.errors[0], "CH_FETCH_REDIRECTS", url);
    const none = await collect([`${server.origin}/r2`], { fetch: { ...FAST_FETCH, maxRedirects: 0 } });
    assertCoded(none.errors[0], "CH_FETCH_REDIRECTS", `${server.origin}/r2`);
    const enough = await collect([url], { fetch: { ...FAST_FETCH, maxRedirects: 7 } });
    assert.equal(enough.records[0]?.text, "end of loop");
  });

  test("bodies over fetch.maxBytes are CH_FETCH_TOO_LARGE, declared or streamed", async () => {
    const declared = `${server.origin}/declared-big`;
    const streamed = `${server.origin}/streamed-big`;
    const { errors } = await collect([declared, streamed], {
      fetch: { ...FAST_FETCH, maxBytes: 1024 * 1024 },
    });
    assertCoded(errors[0], "CH_FETCH_TOO_LARGE", declared);
    assertCoded(errors[1], "CH_FETCH_TOO_LARGE", streamed);
  });

  test("robots.txt is honoured, fetched once per origin, and can be switched off", async () => {
    const before = server.log.filter((r) => r.path === "/robots.txt").length;
    const blocked = `${server.origin}/private/report`;
    const open = `${server.origin}/public`;
    const { items } = await collect([blocked, open, `${server.origin}/final`], { fetch: FAST_FETCH });
    assert.equal(items[0]!.kind, "error");
    if (items[0]!.kind === "error") assertCoded(items[0]!.error, "CH_FETCH_ROBOTS", blocked);
    assert.equal(items[1]!.kind, "record");
    assert.equal(items[2]!.kind, "record");
    assert.equal(server.log.filter((r) => r.path === "/robots.txt").length - before, 1);
    assert.ok(!server.log.some((r) => r.path === "/private/report"));
    const ignoring = await collect([blocked], { fetch: { ...FAST_FETCH, respectRobots: false } });
    assert.equal(ignoring.records.length, 1);
  });

  test("rules for another user agent do not apply; rules naming Chancery do", async () => {
    const mine = await startServer({
      "/robots.txt": respond(200, "text/plain", "User-agent: chancery\nDisallow: /\n"),
      "/x": respond(200, "text/plain", "x"),
    });
    try {
      const { errors } = await collect([`${mine.origin}/x`], { fetch: FAST_FETCH });
      assertCoded(errors[0], "CH_FETCH_ROBOTS", `${mine.origin}/x`);
    } finally {
      await mine.close();
    }
  });

  test("a robots.txt answering 5xx disallows the site; a missing one allows it", async () => {
    const down = await startServer({
      "/robots.txt": respond(503, "text/plain", "busy"),
      "/x": respond(200, "text/plain", "x"),
    });
    try {
      const { errors } = await collect([`${down.origin}/x`], { fetch: FAST_FETCH });
      assertCoded(errors[0], "CH_FETCH_ROBOTS", `${down.origin}/x`);
      assert.match(errors[0]!.message, /503/);
    } finally {
      await down.close();
    }
    const { records } = await collect([`${server.origin}/fast`], { fetch: FAST_FETCH });
    assert.equal(records[0]?.text, "fast answer");
  });

  test("requests carry the Chancery User-Agent", async () => {
    await collect([`${server.origin}/public`], { fetch: FAST_FETCH });
    const seen = server.log.filter((r) => r.path === "/public").pop();
    assert.equal(
      seen?.userAgent,
      `Chancery/${chanceryVersion()} (+https://github.com/chancery-events/chancery)`,
    );
    assert.match(chanceryVersion(), /^\d+\.\d+\.\d+/);
  });

  test("a refused connection is CH_FETCH_FAILED", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as import("node:net").AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const url = `http://127.0.0.1:${port}/gone`;
    const { errors } = await collect([url], { fetch: FAST_FETCH });
    assertCoded(errors[0], "CH_FETCH_FAILED", url);
    assert.match(errors[0]!.message, /ECONNREFUSED/);
  });

  test("the Content-Type charset decodes the page", async () => {
    const { records } = await collect([`${server.origin}/latin`], { fetch: FAST_FETCH });
    assert.equal(records[0]?.text, "Reunión en Bogotá");
  });

  test("unsupported content types are CH_INPUT_UNSUPPORTED; data files by URL extension are read", async () => {
    const pdf = `${server.origin}/report.pdf`;
    const { items } = await collect([pdf, `${server.origin}/data.jsonl`], { fetch: FAST_FETCH });
    if (items[0]!.kind === "error") assertCoded(items[0]!.error, "CH_INPUT_UNSUPPORTED", pdf);
    else assert.fail("expected CH_INPUT_UNSUPPORTED");
    assert.deepEqual(
      items.slice(1).map((i) => (i.kind === "record" ? [i.record.id, i.record.source] : null)),
      [
        ["j1", `${server.origin}/data.jsonl:1`],
        ["j2", `${server.origin}/data.jsonl:2`],
      ],
    );
  });

  test("output follows input order even when an earlier URL is slower", async () => {
    const { records } = await collect([`${server.origin}/slow`, `${server.origin}/fast`], {
      fetch: { ...FAST_FETCH, perHostConcurrency: 2 },
    });
    assert.deepEqual(
      records.map((r) => r.text),
      ["slow answer", "fast answer"],
    );
  });

  test("requests to one host never overlap and are spaced by perHostDelayMs", async () => {
    const polite = await startServer({
      "/a": async (_req, res) => {
        await sleep(50);
        res.writeHead(200, { "content-type": "text/plain" }).end("a");
      },
      "/b": respond(200, "text/plain", "b"),
      "/c": respond(200, "text/plain", "c"),
    });
    try {
      const urls = ["/a", "/b", "/c"].map((p) => `${polite.origin}${p}`);
      const { records } = await collect(urls, {
        fetch: { ...FAST_FETCH, perHostDelayMs: 150, concurrency: 4 },
      });
      assert.equal(records.length, 3);
      const log = [...polite.log].sort((x, y) => x.start - y.start);
      assert.deepEqual(
        log.map((r) => r.path),
        ["/robots.txt", "/a", "/b", "/c"],
      );
      for (let i = 1; i < log.length; i++) {
        const gap = log[i]!.start - log[i - 1]!.end;
        assert.ok(gap >= 140, `request ${log[i]!.path} started ${gap} ms after the previous one ended`);
      }
    } finally {
      await polite.close();
    }
  });
});

describe("HostScheduler", () => {
  test("caps concurrency overall and per host", async () => {
    const scheduler = new HostScheduler({ concurrency: 2, perHostConcurrency: 1, perHostDelayMs: 0 });
    let running = 0;
    let peak = 0;
    const perHost = new Map<string, number>();
    let hostPeak = 0;
    const task = (host: string) =>
      scheduler.run(host, async () => {
        running++;
        perHost.set(host, (perHost.get(host) ?? 0) + 1);
        peak = Math.max(peak, running);
        hostPeak = Math.max(hostPeak, perHost.get(host)!);
        await sleep(20);
        perHost.set(host, perHost.get(host)! - 1);
        running--;
        return host;
      });
    const results = await Promise.all(["a", "a", "b", "c", "a", "d", "b"].map(task));
    assert.deepEqual(results, ["a", "a", "b", "c", "a", "d", "b"]);
    assert.equal(peak, 2);
    assert.equal(hostPeak, 1);
  });
});
