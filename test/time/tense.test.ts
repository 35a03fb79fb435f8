import assert from "node:assert/strict";
import { test } from "node:test";
import { annotate, valueOf } from "./helpers.js";

// Publication dates: Friday 2021-03-19 and Friday 2024-04-26.
const ROWS: [string, string, string, string, string][] = [
  [
    "past tense → previous Thursday",
    "The two sides held talks on Thursday.",
    "2021-03-19",
    "Thursday",
    "2021-03-18",
  ],
  [
    "will → next Thursday",
    "The two sides will hold talks on Thursday.",
    "2021-03-19",
    "Thursday",
    "2021-03-25",
  ],
  [
    "plans to → next Monday",
    "The minister plans to visit the border on Monday.",
    "2021-03-19",
    "Monday",
    "2021-03-22",
  ],
  [
    "present progressive → next",
    "The envoy is flying to Lima on Tuesday.",
    "2021-03-19",
    "Tuesday",
    "2021-03-23",
  ],
  [
    "past, published on a Friday: Wednesday",
    "The secretary arrived in the capital on Wednesday.",
    "2024-04-26",
    "Wednesday",
    "2024-04-24",
  ],
  [
    "same weekday as publication, past → that day",
    "The parliament voted on Friday.",
    "2024-04-26",
    "Friday",
    "2024-04-26",
  ],
  [
    "last Friday → a week back",
    "The parliament voted last Friday.",
    "2024-04-26",
    "last Friday",
    "2024-04-19",
  ],
  ["next Monday", "The parliament votes next Monday.", "2024-04-26", "next Monday", "2024-04-29"],
  [
    "noun-attached weekday takes the nearest past",
    "His visit follows the summit in Lisbon on Thursday.",
    "2021-03-19",
    "Thursday",
    "2021-03-18",
  ],
  [
    "past month → this year when not later than now",
    "The ceasefire collapsed in February.",
    "2024-04-26",
    "February",
    "2024-02",
  ],
  [
    "past month after now → last year",
    "The ceasefire collapsed in October.",
    "2024-04-26",
    "October",
    "2023-10",
  ],
  [
    "future month → the next one",
    "The ceasefire will be reviewed in February.",
    "2024-04-26",
    "February",
    "2025-02",
  ],
  [
    "past month-day after now → last year",
    "The deal was signed on December 5.",
    "2024-04-26",
    "December 5",
    "2023-12-05",
  ],
];

for (const [label, sentence, published, text, value] of ROWS) {
  test(`tense: ${label}`, async () => {
    const doc = await annotate(sentence, published);
    assert.equal(valueOf(doc, text), value);
  });
}
