import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseSnippet } from "../../src/store/sqlite/ledger/articles.js";
import { csvField } from "../../src/server/csv.js";
import { decodeCursor, encodeCursor, fingerprint } from "../../src/server/cursor.js";
import { ApiError } from "../../src/server/errors.js";
import { goldsteinColor } from "../../src/server/present.js";

const rejects = (f: () => unknown): void =>
  assert.throws(f, (err: unknown) => err instanceof ApiError && err.status === 400 && err.field === "cursor");

describe("cursors", () => {
  it("round-trip their state and are bound to the listing and its filters", () => {
    const fp = fingerprint({ actor: "USA", type: "CONSULT", q: undefined });
    assert.equal(fp, fingerprint({ type: "CONSULT", actor: "USA" }), "order and undefined do not matter");
    assert.notEqual(fp, fingerprint({ actor: "USA", type: "ACCUSE" }));
    const cursor = encodeCursor("events", fp, { maxId: 99, day: "2021-03-22", id: 42 });
    assert.match(cursor, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeCursor(cursor, "events", fp), { maxId: 99, day: "2021-03-22", id: 42 });
    const undated = encodeCursor("events", fp, { maxId: 99, day: null, id: 7 });
    assert.deepEqual(decodeCursor(undated, "events", fp), { maxId: 99, day: null, id: 7 });
    rejects(() => decodeCursor(cursor, "articles", fp));
    rejects(() => decodeCursor(cursor, "events", fingerprint({})));
  });

  it("refuses tampered or foreign cursors", () => {
    const fp = fingerprint({});
    const forge = (wire: unknown): string => Buffer.from(JSON.stringify(wire)).toString("base64url");
    for (const bad of [
      "",
      "not-json",
      forge(null),
      forge([1]),
      forge({ v: 2, l: "events", f: fp, m: 1 }),
      forge({ v: 1, l: "events", f: fp, m: -1 }),
      forge({ v: 1, l: "events", f: fp, m: 1, i: "1; DROP TABLE events" }),
      forge({ v: 1, l: "events", f: fp, m: 1, d: "2021-03-22' OR 1=1", i: 3 }),
      forge({ v: 1, l: "events", f: fp, m: 1, o: 1.5 }),
    ]) {
      rejects(() => decodeCursor(bad, "events", fp));
    }
  });
});

describe("CSV fields", () => {
  it("quote what needs quoting and guard text that looks like a formula", () => {
    assert.equal(csvField("plain"), "plain");
    assert.equal(csvField('say "hi", twice'), '"say ""hi"", twice"');
    assert.equal(csvField("two\r\nlines"), '"two\r\nlines"');
    assert.equal(csvField(null), "");
    assert.equal(csvField(-6.5), "-6.5");
    assert.equal(csvField(true), "true");
    for (const lead of ["=", "+", "-", "@", "\t", "\r"]) {
      assert.ok(
        csvField(`${lead}SUM(A1)`, true).replace(/^"/, "").startsWith(`'${lead}`),
        JSON.stringify(lead),
      );
    }
    assert.equal(csvField("-not guarded unless text"), "-not guarded unless text");
  });
});

describe("presentation helpers", () => {
  it("colours mean Goldstein scores from red through grey to green", () => {
    assert.equal(goldsteinColor(-10), "#d73027");
    assert.equal(goldsteinColor(0), "#999999");
    assert.equal(goldsteinColor(10), "#1a9850");
    assert.equal(goldsteinColor(-50), "#d73027", "clamped");
  });

  it("turns FTS5 snippet markers into offsets and drops stray markers", () => {
    assert.deepEqual(parseSnippet("…the \uE000Navalny\uE001 case and \uE000Navalny\uE001."), {
      text: "…the Navalny case and Navalny.",
      highlights: [
        [5, 12],
        [22, 29],
      ],
    });
    assert.deepEqual(parseSnippet("a \uE001b\uE000"), { text: "a b", highlights: [] });
  });
});
