import assert from "node:assert/strict";
import { test } from "node:test";
import { annotate, valueOf } from "./helpers.js";

// [label, sentence, publication date, expression, value, type, precision]
const ROWS: [string, string, string, string, string, string, string | undefined][] = [
  [
    "month day",
    "The minister will arrive in Oslo on March 22.",
    "2021-03-19",
    "March 22",
    "2021-03-22",
    "DATE",
    "day",
  ],
  [
    "day month year",
    "The treaty was signed on 22 March 2021 in Oslo.",
    "2024-01-10",
    "22 March 2021",
    "2021-03-22",
    "DATE",
    "day",
  ],
  [
    "ISO date",
    "The statement is dated 2024-04-26 and signed by both sides.",
    "2024-05-01",
    "2024-04-26",
    "2024-04-26",
    "DATE",
    "day",
  ],
  [
    "abbreviated month",
    "The vote was held on Aug. 2, 1990, in the capital.",
    "1990-08-15",
    "Aug. 2, 1990",
    "1990-08-02",
    "DATE",
    "day",
  ],
  [
    "month this year",
    "The envoy was due to visit in February this year.",
    "2023-06-18",
    "February this year",
    "2023-02",
    "DATE",
    "month",
  ],
  [
    "early month",
    "The talks are planned for early February.",
    "2024-01-10",
    "early February",
    "2024-02",
    "DATE",
    "month",
  ],
  [
    "month last year",
    "The election took place in November last year.",
    "2021-03-19",
    "November last year",
    "2020-11",
    "DATE",
    "month",
  ],
  [
    "next week",
    "The foreign ministers will meet next week.",
    "2024-02-01",
    "next week",
    "2024-W06",
    "DATE",
    "week",
  ],
  ["last year", "Exports fell sharply last year.", "2024-04-26", "last year", "2023", "DATE", "year"],
  ["this month", "Prices rose this month.", "2024-04-26", "this month", "2024-04", "DATE", "month"],
  [
    "two days ago",
    "The ship left port two days ago.",
    "2024-04-26",
    "two days ago",
    "2024-04-24",
    "DATE",
    "day",
  ],
  [
    "yesterday",
    "The committee approved the budget yesterday.",
    "2024-04-26",
    "yesterday",
    "2024-04-25",
    "DATE",
    "day",
  ],
  ["decade", "The dispute goes back to the 1990s.", "2024-04-26", "the 1990s", "199", "DATE", "decade"],
  ["year", "It was the first visit since 2018.", "2024-04-26", "2018", "2018", "DATE", "year"],
  [
    "quarter",
    "Profits rose in the third quarter.",
    "2024-11-10",
    "the third quarter",
    "2024-Q3",
    "DATE",
    "quarter",
  ],
  ["season", "The offensive began last summer.", "2024-04-26", "last summer", "2023-SU", "DATE", "quarter"],
  [
    "coming days",
    "The envoy is expected to travel to Rome in the coming days.",
    "2023-02-01",
    "the coming days",
    "FUTURE_REF",
    "DATE",
    "unknown",
  ],
  ["now", "The border is now closed.", "2023-02-01", "now", "PRESENT_REF", "DATE", "unknown"],
  ["two-day", "He began a two-day visit to Hanoi.", "2023-02-01", "two-day", "P2D", "DURATION", undefined],
  [
    "five and a half hours",
    "The leaders talked for five and a half hours.",
    "2023-06-19",
    "five and a half hours",
    "PT5.5H",
    "DURATION",
    undefined,
  ],
  [
    "the past three months",
    "Trade has doubled over the past three months.",
    "2023-06-19",
    "the past three months",
    "P3M",
    "DURATION",
    undefined,
  ],
  ["every week", "The envoys meet every week.", "2023-06-19", "every week", "P1W", "SET", undefined],
  [
    "day before",
    "The talks ended on March 3. The day before, the ministers had met.",
    "2021-03-19",
    "The day before",
    "2021-03-02",
    "DATE",
    "day",
  ],
];

for (const [label, sentence, published, text, value, type, precision] of ROWS) {
  test(`time normalisation: ${label}`, async () => {
    const doc = await annotate(sentence, published);
    assert.equal(valueOf(doc, text), value);
    const t = doc.times.find((x) => x.text === text);
    assert.equal(t?.type, type);
    assert.equal(t?.precision, precision);
    assert.equal(doc.text.slice(t?.start ?? 0, t?.end ?? 0), text, "offsets point at the expression");
  });
}

// Negative cases: nothing temporal here.
const NEGATIVES: [string, string][] = [
  ["amount that looks like a year", "Police said 2000 people joined the march."],
  ["modal may", "Officials said the talks may resume."],
  ["fractions", "The ratio was 12/5 in the final count."],
  ["age", "The 52-year-old minister resigned."],
  ["percentages", "Inflation rose 9.5% in the capital."],
];
for (const [label, sentence] of NEGATIVES) {
  test(`time negatives: ${label}`, async () => {
    const doc = await annotate(sentence, "2024-04-26");
    assert.deepEqual(
      doc.times.map((t) => t.text),
      [],
    );
  });
}

test("without a publication date, relative expressions keep unknown digits", async () => {
  const doc = await annotate("They met on Thursday and will meet again on March 22.", null);
  assert.equal(valueOf(doc, "Thursday"), "XXXX-WXX-4");
  assert.equal(valueOf(doc, "March 22"), "XXXX-03-22");
});
