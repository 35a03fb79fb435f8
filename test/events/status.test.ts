/**
 * The status of an event from the words around its trigger: negated,
 * planned, canceled, hypothetical or occurred. One sentence per row, coded
 * by the real pipeline; a row marked `todo` is a known coder gap (it still
 * runs, and its failure is reported, not hidden).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { code, describe, find, type Want } from "./helpers.js";

interface Row {
  text: string;
  want: Want & { type: string; status: NonNullable<Want["status"]> };
  /** Also assert that no event of this type is coded as occurred (default: the wanted type, when its status is not occurred). */
  noOccurred?: string[];
  date?: string;
  todo?: string;
}

const DATE = "2024-05-10";

const ROWS: Row[] = [
  // Negated.
  {
    text: "Germany did not visit Brazil.",
    want: { type: "CONSULT", status: "negated", actor: ["DEU"], recipient: ["BRA"] },
  },
  {
    text: "The French president has never visited Cuba.",
    want: { type: "CONSULT", status: "negated", actor: ["FRA"], recipient: ["CUB"] },
  },
  {
    text: "Turkey denied sending soldiers to Syria.",
    want: { type: "MOBILIZE", status: "negated", actor: ["TUR"] },
  },
  {
    text: "Turkey denied that it sent weapons to Syria.",
    want: { type: "AID", status: "negated", actor: ["TUR"], recipient: ["SYR"] },
  },
  {
    text: "The Indian prime minister has yet to visit Pakistan.",
    want: { type: "CONSULT", status: "negated", actor: ["IND"], recipient: ["PAK"] },
  },
  {
    text: "Vietnam has not imposed sanctions on Laos.",
    want: { type: "SANCTION", status: "negated", actor: ["VNM"], recipient: ["LAO"] },
  },
  {
    text: "Austria did not send aid to Serbia.",
    want: { type: "AID", status: "negated", actor: ["AUT"], recipient: ["SRB"] },
  },
  {
    text: "Poland has never sent tanks to Belarus.",
    want: { type: "AID", status: "negated", actor: ["POL"], recipient: ["BLR"] },
  },
  {
    text: "Brazil did not condemn Russia.",
    want: { type: "ACCUSE", status: "negated", actor: ["BRA"], recipient: ["RUS"] },
  },
  // Planned.
  {
    text: "The German chancellor will visit Brazil.",
    want: { type: "CONSULT", status: "planned", actor: ["DEU"], recipient: ["BRA"] },
  },
  {
    text: "The Kenyan president is expected to travel to Ethiopia.",
    want: { type: "CONSULT", status: "planned", actor: ["KEN"], recipient: ["ETH"] },
  },
  {
    text: "Canada plans to impose sanctions on Venezuela.",
    want: { type: "SANCTION", status: "planned", actor: ["CAN"], recipient: ["VEN"] },
  },
  {
    text: "Mexico plans to host the Colombian president.",
    want: { type: "CONSULT", status: "planned", actor: ["MEX"], recipient: ["COL"] },
  },
  {
    text: "The Thai prime minister is due to visit Cambodia.",
    want: { type: "CONSULT", status: "planned", actor: ["THA"], recipient: ["KHM"] },
  },
  {
    text: "The Brazilian president will travel to Argentina next week.",
    want: { type: "CONSULT", status: "planned", actor: ["BRA"], recipient: ["ARG"] },
  },
  {
    text: "Ghana intends to send aid to Togo.",
    want: { type: "AID", status: "planned", actor: ["GHA"], recipient: ["TGO"] },
  },
  // Canceled.
  {
    text: "The Egyptian president's visit to Sudan was canceled.",
    want: { type: "CONSULT", status: "canceled", actor: ["EGY"], recipient: ["SDN"] },
  },
  {
    text: "The Egyptian president's visit to Sudan was postponed.",
    want: { type: "CONSULT", status: "canceled", actor: ["EGY"], recipient: ["SDN"] },
  },
  {
    text: "Chile canceled the visit of its foreign minister to Peru.",
    want: { type: "CONSULT", status: "canceled", actor: ["CHL"] },
  },
  {
    text: "Egypt has called off its talks with Ethiopia.",
    want: { type: "CONSULT", status: "canceled", parties: ["EGY", "ETH"] },
  },
  {
    text: "Egypt called off the talks with Ethiopia.",
    want: { type: "CONSULT", status: "canceled", parties: ["EGY", "ETH"] },
    noOccurred: ["CONSULT", "REQUEST"],
  },
  {
    text: "Hungary postponed its talks with Slovakia.",
    want: { type: "CONSULT", status: "canceled", parties: ["HUN", "SVK"] },
  },
  // Hypothetical.
  {
    text: "Japan could send aid to Nepal if the floods worsen.",
    want: { type: "AID", status: "hypothetical", actor: ["JPN"], recipient: ["NPL"] },
  },
  {
    text: "Britain may impose sanctions on Iran.",
    want: { type: "SANCTION", status: "hypothetical", actor: ["GBR"], recipient: ["IRN"] },
  },
  {
    text: "The Italian premier might visit Algeria.",
    want: { type: "CONSULT", status: "hypothetical", actor: ["ITA"], recipient: ["DZA"] },
  },
  {
    text: "Britain could impose sanctions on Iran if the talks fail.",
    want: { type: "SANCTION", status: "hypothetical", actor: ["GBR"], recipient: ["IRN"] },
    noOccurred: ["SANCTION", "CONSULT"],
  },
  {
    text: "Sweden is considering sending aid to Chad.",
    want: { type: "AID", status: "hypothetical", actor: ["SWE"], recipient: ["TCD"] },
  },
  // Occurred.
  {
    text: "Norway sent aid to Sudan.",
    want: { type: "AID", status: "occurred", actor: ["NOR"], recipient: ["SDN"] },
  },
  {
    text: "Ukraine was attacked by Russia.",
    want: { type: "ASSAULT", status: "occurred", actor: ["RUS"], recipient: ["UKR"] },
  },
  {
    text: "The Dutch foreign minister met his Belgian counterpart in Brussels.",
    want: { type: "CONSULT", status: "occurred", parties: ["NLD", "BEL"] },
  },
  // Refusals: the refusal is the event, not what is refused.
  {
    text: "France refused to condemn Israel.",
    want: { type: "REJECT", status: "occurred", actor: ["FRA"], recipient: ["ISR"] },
    noOccurred: ["ACCUSE"],
  },
  {
    text: "India declined to condemn Russia.",
    want: { type: "REJECT", status: "occurred", actor: ["IND"], recipient: ["RUS"] },
    noOccurred: ["ACCUSE"],
  },
  {
    text: "Spain refused to criticize Morocco.",
    want: { type: "REJECT", status: "occurred", actor: ["ESP"], recipient: ["MAR"] },
    noOccurred: ["ACCUSE"],
  },
];

for (const row of ROWS) {
  test(
    `status: ${row.want.status} ${row.want.type} in "${row.text}"`,
    row.todo ? { todo: row.todo } : {},
    async () => {
      const doc = await code(row.text, row.date ?? DATE);
      assert.ok(find(doc, row.want).length > 0, `want ${JSON.stringify(row.want)}; got\n${describe(doc)}`);
      const forbidden = row.noOccurred ?? (row.want.status === "occurred" ? [] : [row.want.type]);
      for (const type of forbidden) {
        assert.equal(
          find(doc, { type, status: "occurred" }).length,
          0,
          `no occurred ${type}; got\n${describe(doc)}`,
        );
      }
    },
  );
}

test("status rows cover every status and at least 25 sentences", () => {
  assert.ok(ROWS.length >= 25);
  for (const s of ["negated", "planned", "canceled", "hypothetical", "occurred"]) {
    assert.ok(ROWS.filter((r) => r.want.status === s && !r.todo).length >= 3, s);
  }
});

test('"next week" is dated from the publication date and the event is planned', async () => {
  const doc = await code("The Brazilian president will travel to Argentina next week.", "2024-05-10");
  const [visit] = find(doc, { type: "CONSULT", actor: ["BRA"] });
  assert.ok(visit, describe(doc));
  assert.equal(visit.status, "planned");
  assert.equal(visit.date.stated, true);
  assert.equal(visit.date.value, "2024-W20", "the week after 2024-05-10");
});

test("an event stated for a day after publication is planned, even in the present tense", async () => {
  const doc = await code("Chile hosts the Peruvian president on May 20.", "2024-05-10");
  const visits = find(doc, { type: "CONSULT", actor: ["CHL"], recipient: ["PER"] });
  assert.ok(visits.length > 0, describe(doc));
  for (const v of visits) {
    assert.equal(v.status, "planned", describe(doc));
    assert.equal(v.date.value, "2024-05-20");
  }
});
