import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { hasVisibleText, visibleText } from "../../src/ingest/html-text.js";
import { assertCoded, collect, tempDir, writeFiles } from "./helpers.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("HTML files", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  after(() => cleanup());

  test("an HTML file is one record with id = file stem", async () => {
    const html = "<html><head><title>T</title></head><body><p>Talks in Cairo.</p></body></html>";
    const [path] = await writeFiles(dir, { "cairo-talks.html": html });
    const { records } = await collect([path!]);
    assert.deepEqual(records, [{ id: "cairo-talks", source: path!, html }]);
  });

  test("HTML with no visible body text is CH_HTML_NO_BODY, then the next file is read", async () => {
    const empty = `<html><head><title>Only a title</title><style>p{}</style></head>
      <body><script>document.write("x")</script><noscript></noscript>  </body></html>`;
    const [bad, good] = await writeFiles(dir, { "empty.htm": empty, "good.htm": "<p>Real text.</p>" });
    const { items } = await collect([bad!, good!]);
    if (items[0]!.kind === "error") assertCoded(items[0]!.error, "CH_HTML_NO_BODY", bad!);
    else assert.fail("expected CH_HTML_NO_BODY");
    assert.equal(items[1]!.kind === "record" ? items[1]!.record.id : null, "good");
  });

  test("<meta charset> decides the decoding", async () => {
    const bytes = new Uint8Array([
      ...enc('<html><head><meta charset="windows-1252"></head><body><p>'),
      0x93,
      ...enc("Paix"),
      0x94,
      ...enc(" sign"),
      0xe9,
      ...enc("e</p></body></html>"),
    ]);
    const [path] = await writeFiles(dir, { "cp1252.html": bytes });
    const { records, errors } = await collect([path!]);
    assert.deepEqual(errors, []);
    assert.match(records[0]!.html ?? "", /<p>“Paix” signée<\/p>/);
  });
});

describe("visibleText", () => {
  test("ignores head, script, style and template and collapses whitespace", () => {
    const html = `<html><head><title>Hidden</title><script>var a;</script></head>
      <body><template><p>no</p></template><h1>Talks&nbsp;resume</h1>\n\n<p>in <b>Doha</b></p><style>.x{}</style></body></html>`;
    assert.equal(visibleText(html), "Talks resume in Doha");
  });
});

describe("hasVisibleText", () => {
  test("body content in an unclosed head still counts; a title alone does not", () => {
    assert.equal(hasVisibleText("<html><head><meta charset=utf-8><p>Body text without a body tag"), true);
    assert.equal(hasVisibleText("<head><title>Only a title</title></head>"), false);
    assert.equal(hasVisibleText(`<body>${"<div> </div>".repeat(2000)}<p>late text</p></body>`), true);
  });
});
