import assert from "node:assert/strict";
import { test } from "node:test";
import { normalizeName, parseKbDate, queryDay, singularForms } from "../../src/kb/index.js";

test("normalizeName folds case, diacritics, punctuation and a leading 'the'", () => {
  const table: [string, string][] = [
    ["Sergei Lavrov", "sergei lavrov"],
    ["SERGEÏ  Lavrov", "sergei lavrov"],
    ["The Élysée", "elysee"],
    ["Élysée Palace", "elysee palace"],
    ["Côte d'Ivoire", "cote divoire"],
    ["Cote d’Ivoire", "cote divoire"],
    ["U.S.", "us"],
    ["al-Assad", "al assad"],
    ["Recep Tayyip Erdoğan", "recep tayyip erdogan"],
    ["Søren Kierkegaard", "soren kierkegaard"],
    ["Jarosław Kaczyński", "jaroslaw kaczynski"],
    ["Straße", "strasse"],
    ["R&AW", "r and aw"],
    ["OPEC+", "opec plus"],
    ["  the   Kremlin ", "kremlin"],
    ["Nukuʻalofa", "nukualofa"],
    ["Theresa May", "theresa may"],
  ];
  for (const [input, want] of table) assert.equal(normalizeName(input), want, input);
});

test("normalizeName keeps different names apart", () => {
  assert.notEqual(normalizeName("Niger"), normalizeName("Nigeria"));
  assert.notEqual(normalizeName("OPEC"), normalizeName("OPEC+"));
  assert.notEqual(normalizeName("Theresa"), normalizeName("the resa"));
});

test("singularForms yields candidate singulars in order", () => {
  assert.deepEqual(singularForms("militias"), ["militias", "militia"]);
  assert.deepEqual(singularForms("spokesmen"), ["spokesmen", "spokesman"]);
  assert.deepEqual(singularForms("authorities"), ["authorities", "authority", "authoriti", "authoritie"]);
  assert.deepEqual(singularForms("congress"), ["congress"]);
});

test("parseKbDate reads days, months and years and rejects impossible dates", () => {
  assert.deepEqual(parseKbDate("2023-07-25"), {
    text: "2023-07-25",
    precision: "day",
    lo: "2023-07-25",
    hi: "2023-07-25",
  });
  assert.deepEqual(parseKbDate("2022-12"), {
    text: "2022-12",
    precision: "month",
    lo: "2022-12-01",
    hi: "2022-12-31",
  });
  assert.deepEqual(parseKbDate("2024-02")?.hi, "2024-02-29");
  assert.deepEqual(parseKbDate("2023-02")?.hi, "2023-02-28");
  assert.deepEqual(parseKbDate("1900-02")?.hi, "1900-02-28");
  assert.deepEqual(parseKbDate("2000-02")?.hi, "2000-02-29");
  assert.deepEqual(parseKbDate("2015"), {
    text: "2015",
    precision: "year",
    lo: "2015-01-01",
    hi: "2015-12-31",
  });
  for (const bad of [
    "2023-02-29",
    "2023-13",
    "2023-00-10",
    "2023-04-31",
    "23-01-01",
    "2023/01/01",
    "2023-1-1",
    "",
    "-",
  ]) {
    assert.equal(parseKbDate(bad), null, bad);
  }
});

test("queryDay accepts dates, timestamps and Date objects", () => {
  assert.equal(queryDay("2023-06-18"), "2023-06-18");
  assert.equal(queryDay("2023-06-18T23:00:00Z"), "2023-06-18");
  assert.equal(queryDay(new Date(Date.UTC(2020, 0, 2))), "2020-01-02");
  assert.equal(queryDay("2023-06"), null);
  assert.equal(queryDay("2023-02-30"), null);
});
