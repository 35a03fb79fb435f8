import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { assertCoded, collect, tempDir, writeFiles } from "./helpers.js";

describe("CSV", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  after(() => cleanup());

  test("reads rows by header name, with quoted fields spanning lines and fallback ids", async () => {
    const csv = [
      "ID,Title,Text,Published_At,URL",
      'c1,Summit,"Leaders met in Jakarta, then ""talked""",2023-09-05,https://example.org/a',
      ',Floods,"Aid arrived.',
      'Relief continued.",,',
    ].join("\r\n");
    const [path] = await writeFiles(dir, { "news.csv": csv });
    const { records, errors } = await collect([path!]);
    assert.deepEqual(errors, []);
    assert.deepEqual(records, [
      {
        id: "c1",
        source: `${path}:1`,
        text: 'Leaders met in Jakarta, then "talked"',
        title: "Summit",
        published_at: "2023-09-05",
        url: "https://example.org/a",
      },
      { id: "news:2", source: `${path}:2`, text: "Aid arrived.\r\nRelief continued.", title: "Floods" },
    ]);
  });

  test("a CSV without a text or html column is one CH_CSV_INVALID, then the next file is read", async () => {
    const [noText, good] = await writeFiles(dir, {
      "notext.csv": "id,title,body\n1,A,Some body\n2,B,Other body\n",
      "good.csv": "text\nNext file row.\n",
    });
    const { items } = await collect([noText!, good!]);
    assert.equal(items.length, 2);
    assert.equal(items[0]!.kind, "error");
    if (items[0]!.kind === "error") {
      assertCoded(items[0]!.error, "CH_CSV_INVALID", noText!);
      assert.match(items[0]!.error.message, /"body"/);
    }
    assert.equal(items[1]!.kind === "record" ? items[1]!.record.text : null, "Next file row.");
  });

  test("a row with an empty text is CH_RECORD_INVALID naming file:row, and later rows are read", async () => {
    const [path] = await writeFiles(dir, { "gaps.csv": 'id,text\na,First row\nb,\nc,"   "\nd,Fourth row\n' });
    const { items } = await collect([path!]);
    assert.deepEqual(
      items.map((i) => (i.kind === "record" ? i.record.id : i.error.code)),
      ["a", "CH_RECORD_INVALID", "CH_RECORD_INVALID", "d"],
    );
    if (items[1]!.kind === "error") assertCoded(items[1]!.error, "CH_RECORD_INVALID", `${path}:2`);
    if (items[2]!.kind === "error") assertCoded(items[2]!.error, "CH_RECORD_INVALID", `${path}:3`);
  });

  test("an html column is used when text is absent", async () => {
    const [path] = await writeFiles(dir, { "html.csv": 'id,html\nh1,"<p>Strike reported.</p>"\n' });
    const { records } = await collect([path!]);
    assert.deepEqual(records, [{ id: "h1", source: `${path}:1`, html: "<p>Strike reported.</p>" }]);
  });

  test("a row with more fields than the header is CH_CSV_INVALID naming the row", async () => {
    const [path] = await writeFiles(dir, { "extra.csv": "id,text\n1,ok\n2,too,many\n3,fine\n" });
    const { items } = await collect([path!]);
    assert.deepEqual(
      items.map((i) => (i.kind === "record" ? i.record.id : i.error.code)),
      ["1", "CH_CSV_INVALID", "3"],
    );
    if (items[1]!.kind === "error") assertCoded(items[1]!.error, "CH_CSV_INVALID", `${path}:2`);
  });

  test("an unclosed quote is CH_CSV_INVALID and earlier rows are kept", async () => {
    const [path, next] = await writeFiles(dir, {
      "unclosed.csv": 'id,text\n1,fine\n2,"never closed\n3,lost\n',
      "after.csv": "text\nstill read\n",
    });
    const { items } = await collect([path!, next!]);
    assert.deepEqual(
      items.map((i) => (i.kind === "record" ? i.record.text : i.error.code)),
      ["fine", "CH_CSV_INVALID", "still read"],
    );
    if (items[1]!.kind === "error") assertCoded(items[1]!.error, "CH_CSV_INVALID", `${path}:2`);
  });

  test("semicolon- and tab-separated files are recognised from the header", async () => {
    const [semi, tab] = await writeFiles(dir, {
      "semi.csv": "id;text\ns1;Bonn, Germany – talks\n",
      "tab.csv": "id\ttext\nt1\tLima talks\n",
    });
    const { records } = await collect([semi!, tab!]);
    assert.deepEqual(
      records.map((r) => [r.id, r.text]),
      [
        ["s1", "Bonn, Germany – talks"],
        ["t1", "Lima talks"],
      ],
    );
  });

  test("a Latin-1 CSV is one CH_INPUT_NOT_UTF8 by default and decodes with auto", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("text\nMeeting in Bogot"), 0xe1, 0x0a]);
    const [path] = await writeFiles(dir, { "latin.csv": bytes });
    const strict = await collect([path!]);
    assert.equal(strict.items.length, 1);
    assertCoded(strict.errors[0], "CH_INPUT_NOT_UTF8", path!);
    const auto = await collect([path!], { encoding: "auto" });
    assert.equal(auto.records[0]?.text, "Meeting in Bogotá");
    assert.equal(auto.warnings.length, 1);
  });

  test("an empty CSV is CH_INPUT_EMPTY", async () => {
    const [path] = await writeFiles(dir, { "empty.csv": "" });
    const { errors } = await collect([path!]);
    assertCoded(errors[0], "CH_INPUT_EMPTY", path!);
  });
});
