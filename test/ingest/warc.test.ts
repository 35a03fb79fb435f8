import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { WARCRecord, type WARCRecordOpts, WARCSerializer } from "warcio";
import { assertCoded, collect, page, tempDir, writeFiles } from "./helpers.js";

const enc = (s: string) => new TextEncoder().encode(s);

/** One serialised WARC record built with warcio. */
async function warcRecord(
  opts: WARCRecordOpts,
  body: string | Uint8Array,
  gzip = false,
): Promise<Uint8Array> {
  const bytes = typeof body === "string" ? enc(body) : body;
  async function* content() {
    yield bytes;
  }
  const record = WARCRecord.create(
    { warcVersion: "WARC/1.1", date: "2024-03-01T10:00:00Z", ...opts },
    content(),
  );
  return WARCSerializer.serialize(record, { gzip });
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const UUID_A = "3f6c2a9e-8b41-4d7a-9c15-2e7b5d0a1f43";
const UUID_B = "a71d4e02-5c9b-4f36-8e2a-91c0b7d3e6f5";
const UUID_C = "5b9e0c17-d2a4-4b8e-a6f1-7c3d2e9b0a84";

/** A small archive: warcinfo, an HTML response, its request, an image, a 404, a text resource, a revisit. */
async function sampleArchive(gzip: boolean): Promise<Uint8Array> {
  const html = page("Summit", "Leaders met in Geneva on Monday.");
  return concat([
    await WARCSerializer.serialize(
      await WARCRecord.createWARCInfo(
        { filename: "sample.warc", warcVersion: "WARC/1.1" },
        { software: "test" },
      ),
      { gzip },
    ),
    await warcRecord(
      {
        type: "response",
        url: "https://news.example.org/geneva",
        warcHeaders: { "WARC-Record-ID": `<urn:uuid:${UUID_A}>` },
        httpHeaders: { "Content-Type": "text/html; charset=utf-8" },
      },
      html,
      gzip,
    ),
    await warcRecord(
      { type: "request", url: "https://news.example.org/geneva", statusline: "GET /geneva HTTP/1.1" },
      "",
      gzip,
    ),
    await warcRecord(
      {
        type: "response",
        url: "https://news.example.org/logo.png",
        httpHeaders: { "Content-Type": "image/png" },
      },
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      gzip,
    ),
    await warcRecord(
      {
        type: "response",
        url: "https://news.example.org/missing",
        statusline: "HTTP/1.1 404 Not Found",
        httpHeaders: { "Content-Type": "text/html" },
      },
      page("Not found", "No such page."),
      gzip,
    ),
    await warcRecord(
      {
        type: "resource",
        url: "https://news.example.org/notes.txt",
        warcHeaders: {
          "WARC-Record-ID": `<urn:uuid:${UUID_B}>`,
          "Content-Type": "text/plain; charset=windows-1252",
        },
      },
      new Uint8Array([...enc("Talks in Bogot"), 0xe1, ...enc(" ended.")]),
      gzip,
    ),
  ]);
}

describe("WARC", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  after(() => cleanup());

  for (const gzip of [false, true]) {
    test(`reads HTML responses and text resources from a ${gzip ? ".warc.gz" : ".warc"}`, async () => {
      const name = gzip ? "sample.warc.gz" : "sample.warc";
      const [path] = await writeFiles(dir, { [name]: await sampleArchive(gzip) });
      const { records, errors } = await collect([path!]);
      assert.deepEqual(errors, []);
      assert.equal(records.length, 2);
      assert.equal(records[0]!.id, UUID_A);
      assert.equal(records[0]!.url, "https://news.example.org/geneva");
      assert.equal(records[0]!.source, `${path}#record2`);
      assert.match(records[0]!.html ?? "", /Leaders met in Geneva/);
      assert.equal(records[0]!.published_at, undefined);
      assert.deepEqual(records[1], {
        id: UUID_B,
        source: `${path}#record6`,
        url: "https://news.example.org/notes.txt",
        text: "Talks in Bogotá ended.",
      });
    });
  }

  test("a corrupt record is CH_WARC_INVALID naming file#recordN; the records after it are still read", async () => {
    const first = await warcRecord(
      {
        type: "response",
        url: "https://a.example/1",
        warcHeaders: { "WARC-Record-ID": `<urn:uuid:${UUID_A}>` },
        httpHeaders: { "Content-Type": "text/html" },
      },
      page("One", "First story text."),
    );
    const second = await warcRecord(
      { type: "response", url: "https://a.example/2", httpHeaders: { "Content-Type": "text/html" } },
      page("Two", "Second story text, which will be damaged."),
    );
    const third = await warcRecord(
      {
        type: "response",
        url: "https://a.example/3",
        warcHeaders: { "WARC-Record-ID": `<urn:uuid:${UUID_C}>` },
        httpHeaders: { "Content-Type": "text/html" },
      },
      page("Three", "Third story text."),
    );
    // Damage the second record: claim a Content-Length 40 bytes longer than its block.
    const text = new TextDecoder().decode(second);
    const length = Number(/Content-Length: (\d+)/.exec(text)![1]);
    const damaged = enc(text.replace(`Content-Length: ${length}`, `Content-Length: ${length + 40}`));
    const garbage = enc("this line is not a WARC record\r\n\r\n");
    const [path, after] = await writeFiles(dir, {
      "damaged.warc": concat([first, damaged, third, garbage]),
      "after.txt": "The next file.",
    });
    const { items } = await collect([path!, after!]);
    const summary = items.map((i) => (i.kind === "record" ? (i.record.url ?? i.record.id) : i.error.item));
    assert.deepEqual(summary, [
      "https://a.example/1",
      `${path}#record2`,
      "https://a.example/3",
      `${path}#record4`,
      "after",
    ]);
    const errors = items.flatMap((i) => (i.kind === "error" ? [i.error] : []));
    assertCoded(errors[0], "CH_WARC_INVALID", `${path}#record2`);
    assert.match(errors[0]!.message, /Content-Length/);
    assertCoded(errors[1], "CH_WARC_INVALID", `${path}#record4`);
  });

  test("a truncated archive keeps the complete records and names the cut one", async () => {
    const first = await warcRecord(
      { type: "response", url: "https://b.example/1", httpHeaders: { "Content-Type": "text/html" } },
      page("One", "Complete story."),
    );
    const second = await warcRecord(
      { type: "response", url: "https://b.example/2", httpHeaders: { "Content-Type": "text/html" } },
      page("Two", "This story is cut in the middle of its body."),
    );
    const [path] = await writeFiles(dir, {
      "cut.warc": concat([first, second.subarray(0, second.length - 60)]),
    });
    const { items } = await collect([path!]);
    assert.equal(items.length, 2);
    assert.equal(items[0]!.kind === "record" ? items[0]!.record.url : null, "https://b.example/1");
    if (items[1]!.kind === "error") {
      assertCoded(items[1]!.error, "CH_WARC_INVALID", `${path}#record2`);
      assert.match(items[1]!.error.message, /ends inside the record/);
    } else {
      assert.fail("expected an error for the truncated record");
    }
  });

  test("a corrupt gzip stream is CH_WARC_INVALID after the records that could be read", async () => {
    const first = await warcRecord(
      { type: "response", url: "https://c.example/1", httpHeaders: { "Content-Type": "text/html" } },
      page("One", "Compressed story."),
      true,
    );
    const second = await warcRecord(
      { type: "response", url: "https://c.example/2", httpHeaders: { "Content-Type": "text/html" } },
      page("Two", "Another compressed story."),
      true,
    );
    const broken = second.slice();
    broken.fill(0x55, 20, broken.length - 8);
    const [path] = await writeFiles(dir, { "broken.warc.gz": concat([first, broken]) });
    const { items } = await collect([path!]);
    assert.equal(items[0]!.kind === "record" ? items[0]!.record.url : null, "https://c.example/1");
    assert.equal(items.length, 2);
    if (items[1]!.kind === "error") assertCoded(items[1]!.error, "CH_WARC_INVALID", `${path}#record2`);
    else assert.fail("expected an error for the corrupt member");
  });

  test("chunked and gzip-encoded HTTP payloads are decoded", async () => {
    const body = page("Chunked", "Delegates signed the accord in Oslo.");
    const chunked = `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
    const record = await warcRecord(
      {
        type: "response",
        url: "https://d.example/chunked",
        httpHeaders: { "Content-Type": "text/html", "Transfer-Encoding": "chunked" },
      },
      chunked,
    );
    const [path] = await writeFiles(dir, { "chunked.warc": record });
    const { records, errors } = await collect([path!]);
    assert.deepEqual(errors, []);
    assert.equal(records[0]?.html, body);
  });

  test("a response whose HTML is over maxBytes is CH_INPUT_TOO_LARGE naming the record", async () => {
    const big = page("Big", "word ".repeat(3000));
    const record = await warcRecord(
      { type: "response", url: "https://e.example/big", httpHeaders: { "Content-Type": "text/html" } },
      big,
    );
    const small = await warcRecord(
      { type: "response", url: "https://e.example/small", httpHeaders: { "Content-Type": "text/html" } },
      page("Small", "Short."),
    );
    const [path] = await writeFiles(dir, { "big.warc": concat([record, small]) });
    const { items } = await collect([path!], { maxBytes: 4096 });
    if (items[0]!.kind === "error") assertCoded(items[0]!.error, "CH_INPUT_TOO_LARGE", `${path}#record1`);
    else assert.fail("expected CH_INPUT_TOO_LARGE");
    assert.equal(items[1]!.kind === "record" ? items[1]!.record.url : null, "https://e.example/small");
  });
});
