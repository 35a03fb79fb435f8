import assert from "node:assert/strict";
import { test } from "node:test";
import { loadGazetteer } from "../../src/geo/index.js";
import { readPlaceCases } from "../../src/eval/time/section.js";
import { annotate } from "../time/helpers.js";

test("gazetteer: countries, regions and cities ≥ 15,000 people with coordinates", () => {
  const gaz = loadGazetteer();
  assert.ok(gaz.stats.countries >= 240);
  assert.ok(gaz.stats.regions >= 3000);
  assert.ok(gaz.stats.cities >= 20000);
  const kinds = gaz.lookup("Georgia").map((e) => `${e.kind}:${e.country}`);
  assert.ok(kinds.includes("country:GEO") && kinds.includes("region:USA"), kinds.join(","));
  const dc = gaz.lookup("Washington").find((e) => e.capital);
  assert.equal(dc?.country, "USA");
  assert.ok(gaz.lookup("U.S.").some((e) => e.kind === "country" && e.country === "USA"));
  assert.equal(gaz.lookup("Geneva")[0]?.country, "CHE");
  assert.ok(gaz.lookup("Smallville").length === 0);
  assert.equal(gaz.alpha3("GE"), "GEO");
});

// [label, text, expected "surface|country" list]
const ROWS: [string, string, string[]][] = [
  ["city", "The talks were held in Lusaka on Monday.", ["Lusaka|ZMB"]],
  [
    "Georgia the country, with Caucasus context",
    "Protests grew in Georgia as crowds filled the squares of Tbilisi and Batumi.",
    ["Georgia|GEO", "Tbilisi|GEO", "Batumi|GEO"],
  ],
  [
    "Georgia the state, with US context",
    "Storms hit Georgia after flooding in Macon and Augusta.",
    ["Georgia|USA", "Macon|USA", "Augusta|USA"],
  ],
  [
    "qualifier narrows a city",
    "The meeting in Paris, Texas, drew a small crowd.",
    ["Paris|USA", "Texas|USA"],
  ],
  ["capital in a locative phrase is a place", "The envoy held talks in Beijing.", ["Beijing|CHN"]],
  ["capital as subject of a speech verb is an actor", "Beijing warned against any interference.", []],
  ["possessor is an actor", "Tokyo's reaction was swift.", []],
  ["country adjective is not a place", "The Brazilian delegation arrived late.", []],
  ["name inside an organisation", "The Bank of Japan kept rates unchanged.", []],
];

for (const [label, text, want] of ROWS) {
  test(`places: ${label}`, async () => {
    const doc = await annotate(text, "2024-01-15");
    assert.deepEqual(doc.places.map((p) => `${p.text}|${p.country}`).sort(), [...want].sort());
    for (const p of doc.places) {
      assert.equal(doc.text.slice(p.start, p.end), p.text);
      assert.ok(p.lat !== null && p.lon !== null);
    }
  });
}

test("the place cases file has at least 100 cases, with negatives", () => {
  const cases = readPlaceCases();
  assert.ok(cases.length >= 100);
  assert.ok(cases.filter((c) => c.places.length === 0).length >= 20);
  assert.equal(new Set(cases.map((c) => c.id)).size, cases.length, "case ids are unique");
});
