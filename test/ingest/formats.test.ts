import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  DEFAULT_INGEST_OPTIONS,
  type IngestOptionsInput,
  normaliseDate,
  resolveIngestOptions,
  sniffFormat,
} from "../../src/ingest/index.js";
import { charsetFromContentType, sniffHtmlCharset, sniffXmlEncoding } from "../../src/ingest/charset.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("sniffFormat", () => {
  test("extensions decide first, case-insensitively", () => {
    assert.equal(sniffFormat({ name: "a/b/News.JSONL" }), "jsonl");
    assert.equal(sniffFormat({ name: "crawl.warc.gz" }), "warc");
    assert.equal(sniffFormat({ name: "page.htm" }), "html");
    assert.equal(sniffFormat({ name: "feed.atom" }), "feed");
    assert.equal(sniffFormat({ name: "notes.md" }), null);
    assert.equal(
      sniffFormat({ name: "feed.xml", head: enc("<?xml version='1.0'?><!-- c --><rss>") }),
      "feed",
    );
    assert.equal(sniffFormat({ name: "pom.xml", head: enc("<project>") }), null);
  });

  test("content types, then content, decide otherwise", () => {
    assert.equal(sniffFormat({ contentType: "application/atom+xml; charset=utf-8" }), "feed");
    assert.equal(sniffFormat({ contentType: "text/html", head: enc("<html>") }), "html");
    assert.equal(sniffFormat({ contentType: "text/xml", head: enc("<rdf:RDF xmlns:rdf='x'>") }), "feed");
    assert.equal(sniffFormat({ contentType: "image/png" }), null);
    assert.equal(sniffFormat({ head: enc('  {"text":"a"}\n{"text":"b"}') }), "jsonl");
    assert.equal(sniffFormat({ head: enc('{\n  "text": "a"\n}') }), "json");
    assert.equal(sniffFormat({ head: enc("[1,2]") }), "json");
    assert.equal(sniffFormat({ head: enc("<!DOCTYPE html><html>") }), "html");
    assert.equal(sniffFormat({ head: enc('<feed xmlns="http://www.w3.org/2005/Atom">') }), "feed");
    assert.equal(sniffFormat({ head: enc("Plain words.") }), "text");
    assert.equal(sniffFormat({ head: new Uint8Array([1, 2, 0, 4]) }), null);
  });
});

describe("declared charsets", () => {
  test("are read from Content-Type, <meta> and the XML declaration", () => {
    assert.equal(charsetFromContentType('text/html; charset="ISO-8859-1"'), "ISO-8859-1");
    assert.equal(charsetFromContentType("text/html"), null);
    assert.equal(sniffHtmlCharset(enc('<html><head><meta charset="windows-1252">')), "windows-1252");
    assert.equal(
      sniffHtmlCharset(enc('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')),
      "koi8-r",
    );
    assert.equal(sniffHtmlCharset(enc("<!-- <meta charset='x-fake'> --><p>none</p>")), null);
    assert.equal(sniffXmlEncoding(enc('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>')), "ISO-8859-1");
  });
});

describe("normaliseDate", () => {
  const cases: [string, string | null][] = [
    ["Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"],
    ["Tue, 10 Jun 2003 09:30:00 +0530", "2003-06-10T09:30:00+05:30"],
    ["10 Jun 03 04:00 EST", "2003-06-10T04:00:00-05:00"],
    ["Sat, 1 March 2025 23:59:59 -0800", "2025-03-01T23:59:59-08:00"],
    ["2003-12-13T18:30:02Z", "2003-12-13T18:30:02Z"],
    ["2003-12-13T18:30:02.25+01:00", "2003-12-13T18:30:02+01:00"],
    ["2003-12-13 18:30", "2003-12-13T18:30:00"],
    ["2021-05-20", "2021-05-20"],
    ["2021-05", "2021-05"],
    ["Mon, 31 Feb 2021 10:00:00 GMT", null],
    ["2021-13-01", null],
    ["yesterday", null],
    ["", null],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      assert.equal(normaliseDate(input), expected);
    });
  }
});

describe("options", () => {
  test("defaults are documented values and callers' objects are copied, never mutated", () => {
    assert.equal(DEFAULT_INGEST_OPTIONS.maxBytes, 10 * 1024 * 1024);
    assert.equal(DEFAULT_INGEST_OPTIONS.encoding, "utf-8");
    assert.equal(DEFAULT_INGEST_OPTIONS.followFeedLinks, "auto");
    assert.deepEqual(
      { ...DEFAULT_INGEST_OPTIONS.fetch, userAgent: undefined },
      {
        timeoutMs: 15000,
        maxRedirects: 5,
        maxBytes: 10 * 1024 * 1024,
        userAgent: undefined,
        respectRobots: true,
        perHostConcurrency: 1,
        perHostDelayMs: 500,
        concurrency: 4,
      },
    );
    const mine: IngestOptionsInput = { encoding: "Latin1", fetch: { timeoutMs: 50 } };
    const frozen = JSON.stringify(mine);
    const resolved = resolveIngestOptions(mine);
    assert.equal(JSON.stringify(mine), frozen);
    assert.equal(resolved.encoding, "windows-1252");
    assert.equal(resolved.fetch.timeoutMs, 50);
    assert.equal(resolved.fetch.maxRedirects, 5);
    resolved.fetch.maxRedirects = 1;
    assert.equal(DEFAULT_INGEST_OPTIONS.fetch.maxRedirects, 5);
  });

  test("bad values are CH_USAGE", () => {
    assert.throws(() => resolveIngestOptions({ followFeedLinks: "sometimes" as "auto" }), /CH_USAGE/);
    assert.throws(() => resolveIngestOptions({ fetch: { concurrency: 0 } }), /CH_USAGE/);
    assert.throws(() => resolveIngestOptions({ encoding: "no-such-charset" }), /CH_USAGE/);
    assert.equal(resolveIngestOptions({ encoding: "AUTO" }).encoding, "auto");
  });
});
