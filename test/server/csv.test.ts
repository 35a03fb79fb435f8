import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { EVENT_CSV_COLUMNS } from "../../src/server/csv.js";
import { type ApiPage, fillLedger, request, startServer, type TestServer } from "./helpers.js";

let server: TestServer;
before(async () => {
  server = await startServer();
  await fillLedger(server.store, server.dir);
});
after(() => server.close());

/** A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      assert.equal(field, "", `a quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      assert.ok(ch !== "\n" && ch !== "\r", `a bare line break outside quotes at ${i}`);
      field += ch;
    }
    i++;
  }
  assert.equal(quoted, false, "unterminated quoted field");
  assert.equal(field, "", "the last line must end with CRLF");
  return rows;
}

describe("CSV export", () => {
  it("quotes fields per RFC 4180 and guards formula-like text", async () => {
    const res = await request<string>(server.base, "/api/events?actor=FRA&format=csv");
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "text/csv; charset=utf-8");
    assert.match(res.headers.get("content-disposition") ?? "", /^attachment; filename="events\.csv"$/);
    const rows = parseCsv(res.text);
    assert.deepEqual(rows[0], [...EVENT_CSV_COLUMNS]);
    const records = rows.slice(1).map((r) => Object.fromEntries(r.map((v, i) => [EVENT_CSV_COLUMNS[i], v])));
    assert.equal(records.length, 2);
    const [chanted, painted] = records;
    assert.equal(chanted?.["evidence"], 'Protesters chanted "no more, never again"\nas police watched.');
    assert.equal(chanted?.["trigger"], "chanted");
    assert.equal(
      painted?.["evidence"],
      `'=HYPERLINK("http://evil.example") was painted on the wall, officials said.`,
    );
    assert.equal(painted?.["actors"], "vandals, unknown");
    assert.equal(painted?.["goldstein"], "-6.5", "numbers are not guarded");
    assert.equal(painted?.["date"], "2022-01-09");
    assert.ok(
      res.text.includes(`"'=HYPERLINK(""http://evil.example"") was painted on the wall, officials said."`),
    );
  });

  it("has one row per JSON event with the same values", async () => {
    const json = await request<ApiPage<{ id: number; cameo: string; status: string }>>(
      server.base,
      "/api/events?limit=100",
    );
    const csv = parseCsv((await request<string>(server.base, "/api/events?limit=100&format=csv")).text).slice(
      1,
    );
    assert.deepEqual(
      csv.map((r) => [Number(r[0]), r[8], r[13]]),
      json.body.data.map((e) => [e.id, e.cameo, e.status]),
    );
  });

  it("negotiates CSV through the Accept header, JSON otherwise", async () => {
    const csv = await request(server.base, "/api/events?limit=1", { headers: { accept: "text/csv" } });
    assert.equal(csv.headers.get("content-type"), "text/csv; charset=utf-8");
    const json = await request(server.base, "/api/events?limit=1", {
      headers: { accept: "application/json, text/csv;q=0.5" },
    });
    assert.equal(json.headers.get("content-type"), "application/json; charset=utf-8");
    const forced = await request(server.base, "/api/events?limit=1&format=json", {
      headers: { accept: "text/csv" },
    });
    assert.equal(forced.headers.get("content-type"), "application/json; charset=utf-8");
  });
});
