import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { assertCoded, collect, tempDir, writeFiles } from "./helpers.js";

describe("JSON Lines and JSON", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  after(() => cleanup());

  test("reads one record per line with ids, metadata and blank lines skipped", async () => {
    const lines = [
      JSON.stringify({
        id: "r1",
        text: "Talks resumed.",
        title: "Talks",
        url: "https://example.org/1",
        language: "en",
      }),
      "",
      "   ",
      JSON.stringify({
        id: 42,
        html: "<p>Troops withdrew.</p>",
        published_at: "Tue, 10 Jun 2003 04:00:00 GMT",
      }),
      JSON.stringify({ text: "No id here." }),
    ];
    const [path] = await writeFiles(dir, { "news.jsonl": `${lines.join("\r\n")}\n` });
    const { records, errors } = await collect([path!]);
    assert.deepEqual(errors, []);
    assert.deepEqual(records, [
      {
        id: "r1",
        source: `${path}:1`,
        text: "Talks resumed.",
        title: "Talks",
        url: "https://example.org/1",
        language: "en",
      },
      {
        id: "42",
        source: `${path}:4`,
        html: "<p>Troops withdrew.</p>",
        published_at: "2003-06-10T04:00:00Z",
      },
      { id: "news:5", source: `${path}:5`, text: "No id here." },
    ]);
  });

  test("a truncated line is CH_JSON_INVALID naming file:line, and later lines and files are still read", async () => {
    const content = [
      JSON.stringify({ id: "a", text: "First." }),
      '{"id": "b", "text": "Cut off mid-',
      JSON.stringify({ id: "c", text: "Third." }),
    ].join("\n");
    const [path, next] = await writeFiles(dir, {
      "cut.jsonl": content,
      "next.jsonl": JSON.stringify({ id: "d", text: "Next file." }),
    });
    const { items } = await collect([path!, next!]);
    assert.deepEqual(
      items.map((i) => (i.kind === "record" ? i.record.id : i.error.code)),
      ["a", "CH_JSON_INVALID", "c", "d"],
    );
    const error = items[1]!.kind === "error" ? items[1]!.error : undefined;
    assertCoded(error, "CH_JSON_INVALID", `${path}:2`);
  });

  test("records without a string text or html, or with wrong field types, are CH_RECORD_INVALID", async () => {
    const content = [
      JSON.stringify({ id: "no-body", title: "Nothing" }),
      JSON.stringify({ id: "num-text", text: 12 }),
      JSON.stringify({ id: "bad-title", text: "Fine text", title: ["x"] }),
      JSON.stringify(["not", "an", "object"]),
      JSON.stringify({ id: "empty", text: "  " }),
      JSON.stringify({ id: "ok", text: "Good." }),
    ].join("\n");
    const [path] = await writeFiles(dir, { "invalid.jsonl": content });
    const { items } = await collect([path!]);
    assert.equal(items.length, 6);
    for (const [index, item] of items.slice(0, 5).entries()) {
      assert.equal(item.kind, "error");
      if (item.kind === "error") assertCoded(item.error, "CH_RECORD_INVALID", `${path}:${index + 1}`);
    }
    assert.deepEqual(items[5], { kind: "record", record: { id: "ok", source: `${path}:6`, text: "Good." } });
  });

  test("a record whose html has no visible text is CH_HTML_NO_BODY", async () => {
    const [path] = await writeFiles(dir, {
      "nobody.jsonl": JSON.stringify({ id: "x", html: "<html><script>var a=1;</script></html>" }),
    });
    const { errors } = await collect([path!]);
    assertCoded(errors[0], "CH_HTML_NO_BODY", `${path}:1`);
  });

  test("a line over maxBytes is CH_INPUT_TOO_LARGE and the next line is read", async () => {
    const content = [
      JSON.stringify({ id: "huge", text: "x".repeat(5000) }),
      JSON.stringify({ id: "small", text: "ok" }),
    ].join("\n");
    const [path] = await writeFiles(dir, { "long.jsonl": content });
    const { items } = await collect([path!], { maxBytes: 1000 });
    assert.equal(items[0]!.kind, "error");
    if (items[0]!.kind === "error") assertCoded(items[0]!.error, "CH_INPUT_TOO_LARGE", `${path}:1`);
    assert.equal(items[1]!.kind === "record" ? items[1]!.record.id : null, "small");
  });

  test("invalid UTF-8 on one line names that line; auto decodes it with a warning", async () => {
    const good = new TextEncoder().encode(`${JSON.stringify({ id: "g", text: "fine" })}\n`);
    const bad = new Uint8Array([
      ...new TextEncoder().encode('{"id":"l","text":"S'),
      0xe3,
      0x6f,
      ...new TextEncoder().encode(' Paulo"}\n'),
    ]);
    const [path] = await writeFiles(dir, { "mixed.jsonl": new Uint8Array([...good, ...bad]) });
    const strict = await collect([path!]);
    assertCoded(strict.errors[0], "CH_INPUT_NOT_UTF8", `${path}:2`);
    assert.match(strict.errors[0]!.message, new RegExp(`offset ${good.length + 19}`));
    assert.equal(strict.records[0]?.id, "g");
    const auto = await collect([path!], { encoding: "auto" });
    assert.equal(auto.records[1]?.text, "São Paulo");
    assert.equal(auto.warnings[0]?.item, `${path}:2`);
  });

  test("a JSONL file with only blank lines is CH_INPUT_EMPTY", async () => {
    const [path] = await writeFiles(dir, { "blank.jsonl": "\n\n  \n" });
    const { errors } = await collect([path!]);
    assertCoded(errors[0], "CH_INPUT_EMPTY", path!);
  });

  test("a .json file holds one record or an array of them", async () => {
    const [single, array, broken] = await writeFiles(dir, {
      "single.json": JSON.stringify({ text: "Alone." }, null, 2),
      "many.json": JSON.stringify([{ id: "m1", text: "One." }, { text: "Two." }, { title: "no body" }]),
      "broken.json": '{"text": "unterminated',
    });
    const { items } = await collect([single!, array!, broken!]);
    assert.deepEqual(items[0], { kind: "record", record: { id: "single", source: single!, text: "Alone." } });
    assert.deepEqual(items[1], { kind: "record", record: { id: "m1", source: `${array}[0]`, text: "One." } });
    assert.deepEqual(items[2], {
      kind: "record",
      record: { id: "many:1", source: `${array}[1]`, text: "Two." },
    });
    assert.equal(items[3]!.kind, "error");
    if (items[3]!.kind === "error") assertCoded(items[3]!.error, "CH_RECORD_INVALID", `${array}[2]`);
    assert.equal(items[4]!.kind, "error");
    if (items[4]!.kind === "error") assertCoded(items[4]!.error, "CH_JSON_INVALID", broken!);
    assert.equal(items.length, 5);
  });

  test("a record's own source label is kept", async () => {
    const [path] = await writeFiles(dir, {
      "src.jsonl": JSON.stringify({ text: "Hi.", source: "Example Wire" }),
    });
    const { records } = await collect([path!]);
    assert.equal(records[0]?.source, "Example Wire");
  });
});
