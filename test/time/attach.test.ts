import assert from "node:assert/strict";
import { test } from "node:test";
import type { Doc } from "../../src/doc/doc.js";
import { eventDateFor, eventLocationFor } from "../../src/time/index.js";
import { annotate } from "./helpers.js";

const tokenOf = (doc: Doc, word: string, nth = 0) => {
  const hits = doc.tokens.map((t, i) => (t.text === word ? i : -1)).filter((i) => i >= 0);
  const i = hits[nth];
  assert.ok(i !== undefined, `no token "${word}"`);
  return i;
};

test("the date attached to each verb in its own clause", async () => {
  const doc = await annotate(
    "A spokesman said on Thursday that the minister will arrive in Oslo on March 22.",
    "2021-03-19",
  );
  assert.deepEqual(eventDateFor(doc, tokenOf(doc, "said")), {
    value: "2021-03-18",
    precision: "day",
    stated: true,
    text: "Thursday",
  });
  assert.deepEqual(eventDateFor(doc, tokenOf(doc, "arrive")), {
    value: "2021-03-22",
    precision: "day",
    stated: true,
    text: "March 22",
  });
});

test("a date modifying the trigger noun", async () => {
  const doc = await annotate("Her visit to Ottawa on Monday was the first since 2018.", "2024-02-01");
  assert.equal(eventDateFor(doc, tokenOf(doc, "visit")).text, "Monday");
});

test("no attached date → the publication date, implied", async () => {
  const doc = await annotate(
    "The minister praised the agreement. Talks had ended on Friday.",
    "2024-04-26T10:00:00Z",
  );
  assert.deepEqual(eventDateFor(doc, tokenOf(doc, "praised")), {
    value: "2024-04-26",
    precision: "day",
    stated: false,
  });
});

test("no publication date and no attached date → empty, implied", async () => {
  const doc = await annotate("The minister praised the agreement.", null);
  assert.deepEqual(eventDateFor(doc, tokenOf(doc, "praised")), {
    value: "",
    precision: "day",
    stated: false,
  });
});

test("durations never date an event", async () => {
  const doc = await annotate("The leaders talked for five hours.", "2024-04-26");
  assert.equal(eventDateFor(doc, tokenOf(doc, "talked")).stated, false);
});

test("a date in another clause does not date the trigger", async () => {
  const doc = await annotate(
    "The minister criticised the plan, which parliament approved on Tuesday.",
    "2024-04-26",
  );
  assert.equal(eventDateFor(doc, tokenOf(doc, "criticised")).stated, false);
  assert.equal(eventDateFor(doc, tokenOf(doc, "approved")).value, "2024-04-23");
});

test("event location from in/at/near attached to the trigger", async () => {
  const doc = await annotate("The foreign ministers met in Bangkok on Tuesday.", "2024-01-30");
  const loc = eventLocationFor(doc, tokenOf(doc, "met"));
  assert.equal(loc?.name, "Bangkok");
  assert.equal(loc?.country, "THA");
  assert.ok(loc && typeof loc.lat === "number" && typeof loc.lon === "number");
});

test("no location for a destination or an actor", async () => {
  const doc = await annotate("Beijing said the envoy would travel to Moscow.", "2024-01-30");
  assert.equal(eventLocationFor(doc, tokenOf(doc, "said")), null);
  assert.equal(eventLocationFor(doc, tokenOf(doc, "travel")), null);
});
