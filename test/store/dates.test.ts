import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dayRange } from "../../src/store/sqlite/dates.js";
import { sourceOrigin } from "../../src/store/sqlite/source.js";

describe("dayRange", () => {
  const cases: [string, [string, string] | null][] = [
    ["2021-03-22", ["2021-03-22", "2021-03-22"]],
    ["2021-03-22T23:59:00+05:00", ["2021-03-22", "2021-03-22"]],
    ["2021-03", ["2021-03-01", "2021-03-31"]],
    ["2024-02", ["2024-02-01", "2024-02-29"]],
    ["2023-02", ["2023-02-01", "2023-02-28"]],
    ["2021", ["2021-01-01", "2021-12-31"]],
    ["2021-W12", ["2021-03-22", "2021-03-28"]],
    ["2021-W01", ["2021-01-04", "2021-01-10"]],
    ["2020-W53", ["2020-12-28", "2021-01-03"]],
    ["2019-W01", ["2018-12-31", "2019-01-06"]],
    ["2021-W12-3", ["2021-03-24", "2021-03-24"]],
    ["2021-Q2", ["2021-04-01", "2021-06-30"]],
    ["2021-H2", ["2021-07-01", "2021-12-31"]],
    ["2021-SU", ["2021-06-01", "2021-08-31"]],
    ["2023-WI", ["2023-12-01", "2024-02-29"]],
    ["202", ["2020-01-01", "2029-12-31"]],
    ["199X", ["1990-01-01", "1999-12-31"]],
    ["19XX", ["1900-01-01", "1999-12-31"]],
    ["2021-W53", null],
    ["2021-02-29", null],
    ["2021-13", null],
    ["P2D", null],
    ["XXXX-03", null],
    ["PRESENT_REF", null],
    ["", null],
  ];
  for (const [value, expected] of cases) {
    it(`maps "${value}"`, () => {
      const range = dayRange(value);
      assert.deepEqual(range === null ? null : [range.start, range.end], expected);
    });
  }
});

describe("sourceOrigin", () => {
  const cases: [string, string][] = [
    ["https://www.BBC.co.uk/news/world-123", "www.bbc.co.uk"],
    ["http://feeds.example.org:8080/rss.xml", "feeds.example.org:8080"],
    ["examples/corpus/a.jsonl:3", "examples/corpus/a.jsonl"],
    ["crawl/2021.warc.gz:120:4", "crawl/2021.warc.gz"],
    ["C:\\news\\a.txt", "C:\\news\\a.txt"],
    ["examples/corpus/notes.txt", "examples/corpus/notes.txt"],
    ["ftp://mirror.example.net:21", "ftp://mirror.example.net:21"],
    ["  ", "(unknown)"],
  ];
  for (const [label, origin] of cases) {
    it(`files "${label}" under "${origin}"`, () => {
      assert.equal(sourceOrigin(label), origin);
    });
  }
});
