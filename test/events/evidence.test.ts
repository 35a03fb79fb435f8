/** Every event carries evidence that points back into the clean text, and its values agree with the taxonomy. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadPatterns } from "../../src/events/patterns.js";
import { loadTaxonomy } from "../../src/events/taxonomy.js";
import { code, describe, find } from "./helpers.js";

const TEXT = [
  "The Spanish foreign minister will visit Rabat on Tuesday.",
  "Madrid has imposed sanctions on three Moroccan firms, and the two governments held talks in Lisbon.",
  "Portugal did not send troops to Mozambique.",
  "Brazil's president praised Argentina for its help, while Chile refused to criticize Peru.",
].join(" ");

test("evidence offsets slice the clean text to the sentence and the trigger; the rule is a real rule", async () => {
  const doc = await code(TEXT, "2024-05-10");
  assert.ok(doc.events.length >= 5, describe(doc));
  const taxonomy = loadTaxonomy();
  const ruleIds = new Set(loadPatterns(taxonomy).rules.map((r) => r.id));
  for (const e of doc.events) {
    const ev = e.evidence;
    assert.equal(doc.text.slice(ev.start, ev.end), ev.sentence);
    assert.ok(
      doc.sentences.some((s) => s.start === ev.start && s.end === ev.end),
      "a whole sentence",
    );
    assert.ok(ev.trigger_start !== undefined && ev.trigger_end !== undefined);
    assert.ok(ev.start <= ev.trigger_start && ev.trigger_start < ev.trigger_end && ev.trigger_end <= ev.end);
    const head = doc.text.slice(ev.trigger_start, ev.trigger_end);
    assert.ok(ev.trigger.includes(head), `trigger "${ev.trigger}" holds its head word "${head}"`);
    assert.ok(ev.sentence.includes(ev.trigger) || ev.trigger === head, ev.trigger);
    assert.ok(ruleIds.has(ev.rule), `rule ${ev.rule}`);
    const entry = taxonomy.get(e.cameo);
    assert.ok(entry, e.cameo);
    assert.equal(e.goldstein, entry.goldstein, e.cameo);
    assert.equal(e.quad_class, entry.quadClass, e.cameo);
    assert.equal(e.plover.type, entry.ploverType);
    assert.equal(e.plover.mode, entry.ploverMode);
    assert.deepEqual(e.plover.context, entry.ploverContext);
    assert.ok(e.confidence > 0 && e.confidence <= 1, String(e.confidence));
  }
});

test("a stated date is the event's date; with none, the publication date is implied", async () => {
  const doc = await code(
    "The Indonesian foreign minister will arrive in Manila on March 22. The Philippine president praised Indonesia.",
    "2021-03-19",
  );
  const [visit] = find(doc, { type: "CONSULT", actor: ["IDN"], recipient: ["PHL"] });
  assert.ok(visit, describe(doc));
  assert.equal(visit.status, "planned");
  assert.deepEqual(
    { value: visit.date.value, precision: visit.date.precision, stated: visit.date.stated },
    { value: "2021-03-22", precision: "day", stated: true },
  );
  assert.match(visit.date.text ?? "", /March 22/);
  const [praise] = find(doc, { type: "SUPPORT", actor: ["PHL"] });
  assert.ok(praise, describe(doc));
  assert.deepEqual(
    { value: praise.date.value, stated: praise.date.stated },
    { value: "2021-03-19", stated: false },
  );
});

test("without a publication date an undated event has no implied day", async () => {
  const doc = await code("Norway sent aid to Sudan.", null);
  const [aid] = find(doc, { type: "AID", actor: ["NOR"] });
  assert.ok(aid, describe(doc));
  assert.equal(aid.date.stated, false);
  assert.equal(aid.date.value, "");
});

test("an implied date with no publication date has precision unknown", async () => {
  const doc = await code("Norway sent aid to Sudan.", null);
  const [aid] = find(doc, { type: "AID", actor: ["NOR"] });
  assert.ok(aid, describe(doc));
  assert.equal(aid.date.precision, "unknown");
});

test("an event in a named place carries that place", async () => {
  const doc = await code("The Dutch foreign minister met his Belgian counterpart in Lisbon.", "2024-05-10");
  const [m] = find(doc, { type: "CONSULT", status: "occurred" });
  assert.ok(m, describe(doc));
  assert.equal(m.location?.name, "Lisbon");
  assert.equal(m.location?.country, "PRT");
});
