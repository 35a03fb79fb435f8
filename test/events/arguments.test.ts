/** Actor and recipient from the dependency parse, resolved to countries. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { code, countries, describe, find } from "./helpers.js";

const DATE = "2024-05-10";

test("active clause: the subject acts on the object", async () => {
  const doc = await code("Russia attacked Ukraine.", DATE);
  const [e] = find(doc, { type: "ASSAULT", status: "occurred" });
  assert.ok(e, describe(doc));
  assert.deepEqual(countries(e.actor), ["RUS"]);
  assert.deepEqual(countries(e.recipient), ["UKR"]);
});

test('passive clause: the "by" agent acts on the passive subject', async () => {
  const doc = await code("Ukraine was attacked by Russia.", DATE);
  const [e] = find(doc, { type: "ASSAULT", status: "occurred" });
  assert.ok(e, describe(doc));
  assert.deepEqual(countries(e.actor), ["RUS"]);
  assert.deepEqual(countries(e.recipient), ["UKR"]);
});

test("coordinated subjects are all actors", async () => {
  const doc = await code("The US and Japan condemned North Korea.", DATE);
  const [e] = find(doc, { type: "ACCUSE", status: "occurred" });
  assert.ok(e, describe(doc));
  assert.deepEqual(countries(e.actor).sort(), ["JPN", "USA"]);
  assert.deepEqual(countries(e.recipient), ["PRK"]);
});

test('possessive nominal: "Russia\'s invasion of Ukraine"', async () => {
  const doc = await code("Russia's invasion of Ukraine entered its third year.", DATE);
  const [e] = find(doc, { type: "ASSAULT" });
  assert.ok(e, describe(doc));
  assert.deepEqual(countries(e.actor), ["RUS"]);
  assert.deepEqual(countries(e.recipient), ["UKR"]);
  assert.equal(e.evidence.trigger, "invasion");
});

test('light verb: "held talks with" makes the subject and the "with" party meet', async () => {
  const doc = await code("India held talks with Nepal.", DATE);
  const [e] = find(doc, { type: "CONSULT", status: "occurred" });
  assert.ok(e, describe(doc));
  const parties = [...countries(e.actor), ...countries(e.recipient)].sort();
  assert.deepEqual(parties, ["IND", "NPL"]);
  assert.match(e.evidence.sentence, /held talks/);
});

test('"impose sanctions on": the imposer acts, the "on" phrase is the target', async () => {
  const doc = await code("The European Union imposed sanctions on Belarus.", DATE);
  const [e] = find(doc, { type: "SANCTION", status: "occurred" });
  assert.ok(e, describe(doc));
  assert.ok(e.actor.length > 0, describe(doc));
  assert.deepEqual(countries(e.recipient), ["BLR"]);
  const other = await code("Australia imposed new sanctions on Myanmar's generals.", DATE);
  const [f] = find(other, { type: "SANCTION", status: "occurred", actor: ["AUS"] });
  assert.ok(f, describe(other));
  assert.deepEqual(countries(f.recipient), ["MMR"]);
});

test("a person is resolved to the country they act for, by role and date", async () => {
  const doc = await code("Antony Blinken visited Beijing.", "2023-06-19");
  const [e] = find(doc, { type: "CONSULT", status: "occurred" });
  assert.ok(e, describe(doc));
  assert.deepEqual(countries(e.actor), ["USA"]);
  assert.deepEqual(countries(e.recipient), ["CHN"]);
});

test("visits to a place take the place's country as host; meetings make every party an actor", async () => {
  const doc = await code("The Kenyan president travelled to Addis Ababa.", DATE);
  const [e] = find(doc, { type: "CONSULT", actor: ["KEN"] });
  assert.ok(e, describe(doc));
  assert.deepEqual(countries(e.recipient), ["ETH"]);
  const met = await code("The Dutch foreign minister met his Belgian counterpart.", DATE);
  const [m] = find(met, { type: "CONSULT", status: "occurred" });
  assert.ok(m, describe(met));
  assert.deepEqual(countries(m.actor).sort(), ["BEL", "NLD"]);
});

test('a group owned by a possessive pronoun takes its antecedent\'s country: "their forces"', async () => {
  const doc = await code(
    "Bosnian Serbs said on Tuesday their forces had completed their withdrawal from the town of Gorazde.",
    "2000-01-01",
  );
  const [e] = find(doc, { type: "RETREAT" });
  assert.ok(e, describe(doc));
  // An ethnic group is coded by where it lives: Bosnian Serbs are BIH, not SRB.
  assert.deepEqual(countries(e.actor), ["BIH"]);
});

test("ethnic groups are placed by residence, nationals abroad keep their country", async () => {
  const ethnic = await code("Ethnic Albanians in south Serbia are demanding a U.N. military presence.", DATE);
  const [e] = find(ethnic, { type: "REQUEST" });
  assert.ok(e, describe(ethnic));
  assert.deepEqual(countries(e.actor), ["SRB"]);
  const abroad = await code("Americans in Iraq demanded a ceasefire.", DATE);
  const [f] = find(abroad, { type: "REQUEST" });
  assert.ok(f, describe(abroad));
  assert.deepEqual(countries(f.actor), ["USA"]);
});

test("a regional body is coded with the country of its region; an ambiguous region gives none", async () => {
  const doc = await code(
    "The government of Sindh province has ordered patrols by police and paramilitary soldiers.",
    DATE,
  );
  const [e] = find(doc, { type: "MOBILIZE" });
  assert.ok(e, describe(doc));
  assert.deepEqual(countries(e.actor), ["PAK"]);
  assert.equal(e.actor[0]!.sector, "GOV");
  // Punjab is a region of India and of Pakistan: no country is guessed.
  const amb = await code("Punjab police arrested 20 protesters.", DATE);
  const [f] = find(amb, { type: "COERCE" });
  assert.ok(f, describe(amb));
  assert.ok(
    f.actor.every((a) => a.country === null),
    countries(f.actor).join(", "),
  );
});
