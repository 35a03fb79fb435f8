import assert from "node:assert/strict";
import { test } from "node:test";
import { loadKnowledgeBase, readKnowledgeBase } from "../../src/kb/index.js";

const kb = loadKnowledgeBase();

test("the shipped knowledge base validates with no errors and no warnings", () => {
  const { issues } = readKnowledgeBase();
  assert.deepEqual(
    issues.map((i) => `${i.file}:${i.line}: ${i.severity}: ${i.message}`),
    [],
  );
});

test("the shipped knowledge base meets the minimum counts", () => {
  const c = kb.counts();
  assert.ok(c.countries + c.territories >= 240, `countries and territories: ${c.countries + c.territories}`);
  assert.ok(c.countries >= 195, `countries: ${c.countries}`);
  assert.ok(c.igos >= 150, `IGOs: ${c.igos}`);
  assert.ok(c.people >= 300, `people: ${c.people}`);
  const countriesWithPeople = new Set<string>();
  for (const p of kb.people.values())
    for (const r of p.roles) if (kb.countries.has(r.where)) countriesWithPeople.add(r.where);
  assert.ok(countriesWithPeople.size >= 50, `countries with people: ${countriesWithPeople.size}`);
  assert.ok(c.terms >= 200, `terms: ${c.terms}`);
  assert.ok(c.nonActors >= 50, `non-actors: ${c.nonActors}`);
  assert.ok(c.ambiguities >= 30, `ambiguities: ${c.ambiguities}`);
});

test("every ISO 3166-1 code of the G20 and the gold-standard IGO codes are present", () => {
  for (const code of [
    "ARG",
    "AUS",
    "BRA",
    "CAN",
    "CHN",
    "FRA",
    "DEU",
    "IND",
    "IDN",
    "ITA",
    "JPN",
    "KOR",
    "MEX",
    "RUS",
    "SAU",
    "ZAF",
    "TUR",
    "GBR",
    "USA",
  ]) {
    assert.ok(kb.countries.has(code), code);
    assert.ok(kb.holderOf(code, "head_of_state", "2020-01-01"), `${code} head of state in 2020`);
  }
  for (const code of [
    "UNO",
    "NATO",
    "EU",
    "ASEAN",
    "AU",
    "ECOWAS",
    "IAEA",
    "OPEC",
    "WHO",
    "IMF",
    "WB",
    "ICC",
    "GCC",
    "ARL",
    "G7",
    "G20",
    "BRICS",
    "SCO",
    "WTO",
    "APEC",
    "QUAD",
    "AUKUS",
  ]) {
    assert.ok(kb.igos.has(code), code);
  }
  assert.equal(kb.igos.get("G20")?.members.length, 19);
  assert.equal(kb.igos.get("NATO")?.members.length, 32);
  assert.equal(kb.igos.get("EU")?.members.length, 27);
});

test("the knowledge base is loaded once per process", () => {
  assert.equal(loadKnowledgeBase(), kb);
  assert.equal(loadKnowledgeBase([]), kb);
});

test("aliases resolve case- and diacritic-insensitively", () => {
  const ids = (name: string): string[] => kb.lookup(name).map((r) => r.id);
  assert.deepEqual(ids("Sergei Lavrov"), ["sergey-lavrov"]);
  assert.deepEqual(ids("sergey LAVROV"), ["sergey-lavrov"]);
  assert.deepEqual(ids("Recep Tayyip Erdogan"), ["recep-tayyip-erdogan"]);
  assert.deepEqual(ids("Recep Tayyip Erdoğan"), ["recep-tayyip-erdogan"]);
  assert.deepEqual(ids("U.S."), ["USA"]);
  assert.deepEqual(ids("the United States"), ["USA"]);
  assert.deepEqual(ids("Ivory Coast"), ["CIV"]);
  assert.deepEqual(ids("Cote d'Ivoire"), ["CIV"]);
  assert.deepEqual(ids("Burma"), ["MMR"]);
  assert.deepEqual(ids("Hizbollah"), ["hezbollah"]);
  assert.deepEqual(ids("U.N."), ["UNO"]);
  assert.deepEqual(ids("Arab League"), ["ARL"]);
  assert.deepEqual(ids("OPEC+"), ["OPECPLUS"]);
  assert.deepEqual(ids("OPEC"), ["OPEC"]);
  assert.deepEqual(ids("Xinhua"), ["xinhua"]);
  assert.deepEqual(ids("Congo").sort(), ["COD", "COG"]);
  assert.deepEqual(ids("Nobody Inparticular"), []);
  const keys = new Set(kb.aliasKeys());
  assert.ok(keys.has("sergei lavrov") && keys.has("united states") && keys.has("hezbollah"));
  assert.ok(!keys.has("anthony blinken"), "misspellings are not alias keys");
});

test("misspellings are kept apart from true aliases", () => {
  assert.deepEqual(kb.lookup("Anthony Blinken"), []);
  assert.deepEqual(
    kb.lookupMisspelling("Anthony Blinken").map((r) => r.id),
    ["antony-blinken"],
  );
  assert.deepEqual(
    kb.lookup("Tony Blinken").map((r) => r.id),
    ["antony-blinken"],
  );
  assert.deepEqual(kb.lookupMisspelling("Antony Blinken"), []);
});

test("countries index by code, demonym and adjective", () => {
  assert.equal(kb.countries.get("FRA")?.name, "France");
  assert.equal(kb.countries.get("HKG")?.sovereign, "CHN");
  assert.equal(kb.countries.get("HKG")?.kind, "territory");
  const codes = (w: string): string[] =>
    kb
      .countriesByDemonym(w)
      .map((c) => c.code)
      .sort();
  assert.deepEqual(codes("Chinese"), ["CHN"]);
  assert.deepEqual(codes("Frenchmen"), ["FRA"]);
  assert.deepEqual(codes("Afghans"), ["AFG"]);
  assert.deepEqual(codes("Britons"), ["GBR"]);
  assert.deepEqual(codes("Korean"), ["KOR", "PRK"]);
  assert.deepEqual(codes("Nigerien"), ["NER"]);
  assert.deepEqual(codes("Nigerian"), ["NGA"]);
  assert.deepEqual(
    kb.countriesByAdjective("Russian").map((c) => c.code),
    ["RUS"],
  );
  assert.deepEqual(kb.countriesByAdjective("Frenchman"), []);
});

test("seats of power are metonyms for a country or IGO and sector", () => {
  const seat = (name: string): string[] =>
    kb
      .seats(name)
      .map((s) => `${s.owner} ${s.sector}`)
      .sort();
  assert.deepEqual(seat("the Kremlin"), ["RUS GOV"]);
  assert.deepEqual(seat("Kremlin"), ["RUS GOV"]);
  assert.deepEqual(seat("Downing Street"), ["GBR GOV"]);
  assert.deepEqual(seat("the Elysée"), ["FRA GOV"]);
  assert.deepEqual(seat("Elysee"), ["FRA GOV"]);
  assert.deepEqual(seat("Zhongnanhai"), ["CHN GOV"]);
  assert.deepEqual(seat("Beijing"), ["CHN GOV"]);
  assert.deepEqual(seat("the White House"), ["USA GOV"]);
  assert.deepEqual(seat("the Pentagon"), ["USA MIL"]);
  assert.deepEqual(seat("Brussels"), ["BEL GOV", "EU IGO"]);
  assert.equal(kb.seats("Beijing")[0]?.capital, true);
  assert.equal(kb.seats("Zhongnanhai")[0]?.capital, false);
  assert.ok(kb.seatsOf("USA").some((s) => s.name === "Washington" && s.capital));
});

test("the lexicon maps role and sector words, with singular fallbacks", () => {
  const first = (t: string) => kb.termsFor(t)[0];
  assert.equal(first("foreign minister")?.office, "foreign_minister");
  assert.equal(first("Foreign Minister")?.sector, "GOV");
  assert.equal(first("foreign ministry")?.kind, "body");
  assert.equal(first("troops")?.sector, "MIL");
  assert.equal(first("troops")?.kind, "group");
  assert.equal(first("tanks")?.sector, "MIL");
  assert.equal(first("coast guard")?.sector, "COP");
  assert.equal(first("militias")?.sector, "UAF");
  assert.equal(first("rebels")?.sector, "REB");
  assert.equal(first("protesters")?.sector, "CVL");
  assert.equal(first("lawmakers")?.sector, "LEG");
  assert.equal(first("court")?.sector, "JUD");
  assert.equal(first("state media")?.sector, "MED");
  assert.equal(first("spokesmen")?.inherit, true);
  const sos = kb.termsFor("secretary of state");
  assert.ok(sos.some((t) => t.country === "USA" && t.office === "foreign_minister"));
  assert.ok(sos.some((t) => t.country === null && t.office === null));
  assert.deepEqual(kb.termsFor("seafood"), []);
});

test("non-actor heads and phrases are listed", () => {
  assert.ok(kb.isNonActorHead("seafood"));
  assert.ok(kb.isNonActorHead("Cuisine"));
  assert.ok(kb.isNonActorHead("borders"));
  assert.ok(!kb.isNonActorHead("troops"));
  assert.ok(kb.isNonActorPhrase("Russian roulette"));
  assert.ok(kb.isNonActorPhrase("French fries"));
  assert.ok(kb.isNonActorPhrase("Chinese New Year"));
  assert.ok(kb.isNonActorPhrase("Japanese seafood"));
  assert.ok(!kb.isNonActorPhrase("Russian troops"));
});

test("ambiguous names carry their senses", () => {
  const kinds = (n: string): string[] =>
    (kb.ambiguity(n)?.senses ?? []).map((s) => (s.ref ? `${s.kind}=${s.ref}` : s.kind));
  assert.deepEqual(kinds("Jordan"), ["country=JOR", "place", "name"]);
  assert.ok(kinds("Georgia").includes("country=GEO"));
  assert.ok(kinds("Turkey").includes("word"));
  assert.ok(kinds("Chad").includes("name"));
  assert.ok(kinds("Niger").includes("confusable=NGA"));
  assert.ok(kinds("China Daily").includes("org=china-daily"));
  assert.ok(kinds("Bush").includes("person=george-w-bush"));
  assert.equal(kb.ambiguity("France"), undefined);
});

test("people, organisations and sectors by country and date", () => {
  assert.ok(kb.peopleOf("USA").some((p) => p.id === "antony-blinken"));
  assert.ok(kb.peopleOf("UNO").some((p) => p.id === "antonio-guterres"));
  assert.ok(kb.orgsOf("CHN").some((o) => o.id === "xinhua"));
  assert.equal(kb.people.get("alexei-navalny")?.died?.text, "2024-02-16");
  assert.equal(kb.people.get("maria-zakharova")?.gender, "f");
  assert.equal(kb.sectorOf("taliban", "2020-01-01"), "REB");
  assert.equal(kb.sectorOf("taliban", "2022-01-01"), "GOV");
  assert.equal(kb.sectorOf("hts", "2024-12-20"), "GOV");
  assert.equal(kb.sectorOf("hts", "2023-01-01"), "REB");
  assert.equal(kb.sectorOf("no-such-org", "2023-01-01"), null);
});
