import assert from "node:assert/strict";
import { mkdir, symlink } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { assertCoded, collect, tempDir, writeFiles } from "./helpers.js";

describe("sources: paths and directories", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    await mkdir(join(dir, "corpus", "b-sub", "deeper"), { recursive: true });
    await mkdir(join(dir, "corpus", ".hidden-dir"));
    await writeFiles(join(dir, "corpus"), {
      "c.txt": "Third by name.",
      "a.txt": "First by name.",
      "B.html": "<html><body><p>Upper-case names sort first.</p></body></html>",
      ".hidden.txt": "Never read.",
      "notes.md": "Unknown extension, skipped in a directory.",
      "data.xml": "<config><x/></config>",
      "feed.xml":
        "<rss version='2.0'><channel><title>t</title><item><title>T</title><description>Feed item inside a directory.</description></item></channel></rss>",
    });
    await writeFiles(join(dir, "corpus", "b-sub"), {
      "inner.jsonl": '{"id":"in1","text":"Inside a subfolder."}\n',
    });
    await writeFiles(join(dir, "corpus", "b-sub", "deeper"), { "deep.txt": "Two levels down." });
    await writeFiles(join(dir, "corpus", ".hidden-dir"), { "secret.txt": "Never read either." });
    await symlink(join(dir, "corpus"), join(dir, "corpus", "b-sub", "loop"));
  });
  after(() => cleanup());

  test("directories are walked recursively in sorted order, skipping hidden and unknown files", async () => {
    const { records, errors } = await collect([join(dir, "corpus")], { followFeedLinks: "never" });
    assert.deepEqual(errors, []);
    assert.deepEqual(
      records.map((r) => r.id),
      ["B", "a", "deep", "in1", "c", "feed#item1"],
    );
    assert.equal(records[1]!.source, join(dir, "corpus", "a.txt"));
  });

  test("a file named explicitly with an unknown extension is CH_INPUT_UNSUPPORTED; the next source is read", async () => {
    const notes = join(dir, "corpus", "notes.md");
    const { items } = await collect([notes, join(dir, "corpus", "a.txt")]);
    if (items[0]!.kind === "error") assertCoded(items[0]!.error, "CH_INPUT_UNSUPPORTED", notes);
    else assert.fail("expected CH_INPUT_UNSUPPORTED");
    assert.equal(items[1]!.kind === "record" ? items[1]!.record.id : null, "a");
  });

  test("an explicit .xml file that is not a feed is CH_INPUT_UNSUPPORTED", async () => {
    const xml = join(dir, "corpus", "data.xml");
    const { errors } = await collect([xml]);
    assertCoded(errors[0], "CH_INPUT_UNSUPPORTED", xml);
    assert.match(errors[0]!.message, /<config>/);
  });

  test("a missing path is CH_INPUT_UNREADABLE; the next source is read", async () => {
    const missing = join(dir, "no-such-file.txt");
    const { items } = await collect([missing, join(dir, "corpus", "c.txt")]);
    if (items[0]!.kind === "error") {
      assertCoded(items[0]!.error, "CH_INPUT_UNREADABLE", missing);
      assert.match(items[0]!.error.message, /no such file/);
    } else assert.fail("expected CH_INPUT_UNREADABLE");
    assert.equal(items[1]!.kind, "record");
  });

  test("file:// URLs are read as paths; other schemes are unsupported", async () => {
    const { items } = await collect([`file://${join(dir, "corpus", "a.txt")}`, "ftp://example.org/x.txt"]);
    assert.equal(items[0]!.kind === "record" ? items[0]!.record.text : null, "First by name.");
    if (items[1]!.kind === "error")
      assertCoded(items[1]!.error, "CH_INPUT_UNSUPPORTED", "ftp://example.org/x.txt");
    else assert.fail("expected CH_INPUT_UNSUPPORTED");
  });

  test("invalid options throw CH_USAGE when iteration starts", async () => {
    await assert.rejects(collect([join(dir, "corpus")], { encoding: "klingon" }), /CH_USAGE/);
    await assert.rejects(collect([join(dir, "corpus")], { maxBytes: 0 }), /CH_USAGE/);
  });
});
