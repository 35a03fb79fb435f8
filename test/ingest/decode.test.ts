import assert from "node:assert/strict";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { decodeDocument, looksBinary } from "../../src/ingest/decode.js";
import { findInvalidUtf8, Utf8Validator } from "../../src/ingest/utf8.js";
import { assertCoded, collect, tempDir, writeFiles } from "./helpers.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("bad inputs give coded errors and the batch goes on", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  after(() => cleanup());

  test("an empty file is CH_INPUT_EMPTY, then the next file is read", async () => {
    const [empty, good] = await writeFiles(dir, { "empty.txt": "", "good1.txt": "Talks resumed in Doha." });
    const { items } = await collect([empty!, good!]);
    assert.equal(items.length, 2);
    assert.equal(items[0]!.kind, "error");
    assertCoded(items[0]!.kind === "error" ? items[0]!.error : undefined, "CH_INPUT_EMPTY", empty!);
    assert.deepEqual(items[1], {
      kind: "record",
      record: { id: "good1", source: good!, text: "Talks resumed in Doha." },
    });
  });

  test("a whitespace-only file is CH_INPUT_EMPTY", async () => {
    const [blank, good] = await writeFiles(dir, {
      "blank.txt": " \n\t \r\n",
      "good2.txt": "Ceasefire holds.",
    });
    const { errors, records } = await collect([blank!, good!]);
    assertCoded(errors[0], "CH_INPUT_EMPTY", blank!);
    assert.equal(records[0]?.text, "Ceasefire holds.");
  });

  test("a binary file is CH_INPUT_BINARY, then the next file is read", async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const [binary, good] = await writeFiles(dir, { "image.txt": png, "good3.txt": "Envoys met." });
    const { errors, records } = await collect([binary!, good!]);
    assert.equal(errors.length, 1);
    assertCoded(errors[0], "CH_INPUT_BINARY", binary!);
    assert.equal(records[0]?.id, "good3");
  });

  test("a 20 MB text file is CH_INPUT_TOO_LARGE under the default limit, then the next file is read", async () => {
    const big = join(dir, "big.txt");
    const handle = await open(big, "w");
    const line = enc(`${"The delegation arrived and talks continued. ".repeat(20)}\n`);
    let written = 0;
    while (written < 20 * 1024 * 1024) {
      await handle.write(line);
      written += line.length;
    }
    await handle.close();
    const [good] = await writeFiles(dir, { "good4.txt": "Small news." });
    const { errors, records } = await collect([big, good!]);
    assertCoded(errors[0], "CH_INPUT_TOO_LARGE", big);
    assert.match(errors[0]!.message, /10485760 bytes/);
    assert.deepEqual(
      records.map((r) => r.id),
      ["good4"],
    );
    const raised = await collect([big], { maxBytes: 32 * 1024 * 1024 });
    assert.equal(raised.errors.length, 0);
    assert.equal(raised.records[0]?.text?.length, written);
  });

  test("invalid UTF-8 is CH_INPUT_NOT_UTF8 naming the byte offset, with a hint", async () => {
    const bytes = new Uint8Array([...enc("Minister said "), 0xff, 0xfe, ...enc(" today.")]);
    const [bad, good] = await writeFiles(dir, { "bad.txt": bytes, "good5.txt": "Fine." });
    const { errors, records } = await collect([bad!, good!]);
    assertCoded(errors[0], "CH_INPUT_NOT_UTF8", bad!);
    assert.match(errors[0]!.message, /byte 0xFF at offset 14/);
    assert.match(errors[0]!.message, /--encoding/);
    assert.equal(records[0]?.id, "good5");
  });

  test("a Latin-1 file fails by default, decodes with latin1, and with auto plus a warning", async () => {
    const latin1 = new Uint8Array([
      ...enc("Le pr"),
      0xe9,
      ...enc("sident a visit"),
      0xe9,
      ...enc(" Bogot"),
      0xe1,
      0x2e,
    ]);
    const [path] = await writeFiles(dir, { "latin1.txt": latin1 });
    const strict = await collect([path!]);
    assertCoded(strict.errors[0], "CH_INPUT_NOT_UTF8", path!);
    assert.match(strict.errors[0]!.message, /offset 5/);

    const named = await collect([path!], { encoding: "latin1" });
    assert.equal(named.records[0]?.text, "Le président a visité Bogotá.");
    assert.deepEqual(named.warnings, []);

    const auto = await collect([path!], { encoding: "auto" });
    assert.equal(auto.records[0]?.text, "Le président a visité Bogotá.");
    assert.equal(auto.warnings.length, 1);
    assert.equal(auto.warnings[0]!.code, "CH_INPUT_NOT_UTF8");
    assert.equal(auto.warnings[0]!.item, path);
    assert.match(auto.warnings[0]!.message, /windows-1252/);
  });

  test("auto decodes windows-1252 punctuation (0x80–0x9F) correctly", async () => {
    const bytes = new Uint8Array([0x93, ...enc("Peace"), 0x94, 0x20, 0x96, 0x20, 0x80, ...enc("5m")]);
    const [path] = await writeFiles(dir, { "cp1252.txt": bytes });
    const { records } = await collect([path!], { encoding: "auto" });
    assert.equal(records[0]?.text, "“Peace” – €5m");
  });

  test("a UTF-8 BOM is stripped", async () => {
    const [path] = await writeFiles(dir, { "bom.txt": new Uint8Array([0xef, 0xbb, 0xbf, ...enc("Kyiv")]) });
    const { records } = await collect([path!]);
    assert.equal(records[0]?.text, "Kyiv");
  });
});

describe("decodeDocument", () => {
  test("honours a declared charset over the default", () => {
    const bytes = new Uint8Array([...enc("<p>Caf"), 0xe9, ...enc("</p>")]);
    assert.throws(() => decodeDocument(bytes, { item: "x", encoding: "utf-8" }), /CH_INPUT_NOT_UTF8/);
    const decoded = decodeDocument(bytes, { item: "x", encoding: "utf-8", declared: "ISO-8859-1" });
    assert.equal(decoded.text, "<p>Café</p>");
    assert.equal(decoded.encoding, "windows-1252");
  });

  test("decodes UTF-16 with a BOM", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    assert.equal(decodeDocument(utf16, { item: "x", encoding: "utf-8" }).text, "Hi");
  });

  test("reports a truncated multi-byte sequence at its start", () => {
    const bytes = new Uint8Array([...enc("ab"), 0xe2, 0x82]);
    assert.throws(() => decodeDocument(bytes, { item: "x", encoding: "utf-8" }), /byte 0xE2 at offset 2/);
  });
});

describe("binary detection", () => {
  test("NUL bytes or many control characters count as binary; text with tabs and newlines does not", () => {
    assert.equal(looksBinary(enc("plain\ttext\r\nwith lines\f")), false);
    assert.equal(looksBinary(new Uint8Array([65, 0, 66])), true);
    const controls = new Uint8Array(100).fill(65);
    controls.fill(0x01, 0, 11);
    assert.equal(looksBinary(controls), true);
    controls.fill(65, 0, 2);
    assert.equal(looksBinary(controls), false);
  });
});

describe("Utf8Validator", () => {
  test("accepts valid text, including sequences split across chunks", () => {
    const bytes = enc("Zürich – 北京 – 🙂");
    const validator = new Utf8Validator();
    for (const byte of bytes) assert.equal(validator.push(new Uint8Array([byte])), -1);
    assert.equal(validator.end(), -1);
  });

  test("rejects overlong forms, surrogates, out-of-range code points and stray continuation bytes", () => {
    assert.equal(findInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf])), 1);
    assert.equal(findInvalidUtf8(new Uint8Array([0xe0, 0x80, 0xaf])), 0);
    assert.equal(findInvalidUtf8(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80])), 2);
    assert.equal(findInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80])), 0);
    assert.equal(findInvalidUtf8(new Uint8Array([0x41, 0x80])), 1);
  });

  test("agrees with the WHATWG decoder on random bytes", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const fatal = new TextDecoder("utf-8", { fatal: true });
    for (let round = 0; round < 2000; round++) {
      const bytes = new Uint8Array(1 + (random() % 6)).map(() => random() % 256);
      let valid = true;
      try {
        fatal.decode(bytes);
      } catch {
        valid = false;
      }
      assert.equal(findInvalidUtf8(bytes) < 0, valid, `bytes ${[...bytes].join(",")}`);
    }
  });
});

describe("Utf8Validator on chunked input", () => {
  test("finds the same offset whatever the chunk size", () => {
    const valid = new TextEncoder().encode("Zürich, 北京 and 🙂 ".repeat(50));
    const bytes = new Uint8Array([...valid, 0xe2, 0x28, 0xa1, ...valid]);
    for (const size of [1, 2, 3, 5, 7, 64, 4096]) {
      const validator = new Utf8Validator();
      let bad = -1;
      for (let at = 0; at < bytes.length && bad < 0; at += size)
        bad = validator.push(bytes.subarray(at, at + size));
      assert.equal(bad, valid.length, `chunk size ${size}`);
      const clean = new Utf8Validator();
      for (let at = 0; at < valid.length; at += size)
        assert.equal(clean.push(valid.subarray(at, at + size)), -1);
      assert.equal(clean.end(), -1, `chunk size ${size}`);
    }
  });
});
