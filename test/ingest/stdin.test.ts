import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { InputRecord } from "../../src/ingest/types.js";

const INGEST_MODULE = fileURLToPath(new URL("../../src/ingest/index.js", import.meta.url));

/** What the child prints per item: the record, or the error's code and item. */
type Printed = { record: InputRecord } | { code: string; item: string | undefined };

/** Run `readSources(["-"])` in a child process with `input` on its standard input. */
function readStdinInChild(input: string | Uint8Array): Promise<Printed[]> {
  const script = `
    const { readSources } = await import(${JSON.stringify(INGEST_MODULE)});
    for await (const item of readSources(["-"], { followFeedLinks: "never" })) {
      const line = item.kind === "record" ? { record: item.record } : { code: item.error.code, item: item.error.item };
      process.stdout.write(JSON.stringify(line) + "\\n");
    }`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`child exited with ${code}: ${err}`));
      else
        resolve(
          out.trim() === ""
            ? []
            : out
                .trim()
                .split("\n")
                .map((l) => JSON.parse(l) as Printed),
        );
    });
    child.stdin.end(input);
  });
}

describe("standard input", () => {
  test("JSON Lines are sniffed from a leading {", async () => {
    const printed = await readStdinInChild(
      '{"id":"s1","text":"From a pipe."}\n{"text":"Second"}\nnot json\n',
    );
    assert.deepEqual(printed, [
      { record: { id: "s1", source: "<stdin>:1", text: "From a pipe." } },
      { record: { id: "stdin:2", source: "<stdin>:2", text: "Second" } },
      { code: "CH_JSON_INVALID", item: "<stdin>:3" },
    ]);
  });

  test("a pretty-printed JSON object and a JSON array are read whole", async () => {
    const object = await readStdinInChild(`${JSON.stringify({ id: "p1", text: "Pretty." }, null, 2)}\n`);
    assert.deepEqual(object, [{ record: { id: "p1", source: "<stdin>", text: "Pretty." } }]);
    const array = await readStdinInChild(JSON.stringify([{ text: "A" }, { text: "B" }]));
    assert.deepEqual(
      array.map((p) => ("record" in p ? p.record.id : p.code)),
      ["stdin:0", "stdin:1"],
    );
  });

  test("HTML and feeds are sniffed from a leading <", async () => {
    const html = await readStdinInChild("<!doctype html><html><body><p>Piped page.</p></body></html>");
    assert.deepEqual(html, [
      {
        record: {
          id: "stdin",
          source: "<stdin>",
          html: "<!doctype html><html><body><p>Piped page.</p></body></html>",
        },
      },
    ]);
    const feed = await readStdinInChild(
      "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><guid>g1</guid><title>Piped item</title><description>Item text.</description></item></channel></rss>",
    );
    assert.deepEqual(feed, [
      {
        record: {
          id: "g1",
          source: "<stdin>#item1",
          url: null,
          title: "Piped item",
          published_at: null,
          html: "Item text.",
        },
      },
    ]);
  });

  test("anything else is plain text; empty input is CH_INPUT_EMPTY", async () => {
    const text = await readStdinInChild("  Plain words on a pipe.\n");
    assert.deepEqual(text, [
      { record: { id: "stdin", source: "<stdin>", text: "  Plain words on a pipe.\n" } },
    ]);
    assert.deepEqual(await readStdinInChild(""), [{ code: "CH_INPUT_EMPTY", item: "<stdin>" }]);
    assert.deepEqual(await readStdinInChild(new Uint8Array([0, 1, 2, 3, 0, 0])), [
      { code: "CH_INPUT_BINARY", item: "<stdin>" },
    ]);
  });
});
