/**
 * The three-document corpus the store tests share: realistic news with
 * consults, co-operation, sanctions, threats, protests, a negated agreement
 * and a hypothetical deployment, dated at day, week, month and year precision.
 */
import type { Doc } from "../../src/doc/doc.js";
import { actor, buildDoc, type DocSpec } from "./fixtures.js";

/** Lavrov meets Wang Yi: consult, multi-actor cooperation, a planned visit (week date). */
export function talksSpec(): DocSpec {
  return {
    id: "talks-2021-03-23",
    source: "https://news.example.org/feed.xml",
    url: "https://news.example.org/2021/03/lavrov-wang-guilin",
    title: "Russia and China close ranks",
    published_at: "2021-03-23",
    html: true,
    sentences: [
      "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Guilin on Monday.",
      "The two ministers pledged to deepen cooperation against Western sanctions.",
      "Lavrov will visit Seoul next week, the ministry said.",
    ],
    entities: [
      {
        id: "e1",
        name: "Sergei Lavrov",
        type: "PER",
        country: "RUS",
        sector: "GOV",
        mentions: ["Sergei Lavrov", "Lavrov"],
      },
      { id: "e2", name: "Wang Yi", type: "PER", country: "CHN", sector: "GOV", mentions: ["Wang Yi"] },
      { id: "e3", name: "Seoul", type: "LOC", mentions: ["Seoul"] },
    ],
    times: [
      { text: "Monday", value: "2021-03-22", type: "DATE", precision: "day" },
      { text: "next week", value: "2021-W13", type: "DATE" },
    ],
    places: [
      { text: "Guilin", name: "Guilin", country: "CHN", lat: 25.2736, lon: 110.29 },
      { text: "Seoul", name: "Seoul", country: "KOR", lat: 37.5665, lon: 126.978 },
    ],
    events: [
      {
        sentence: 0,
        trigger: "met",
        actors: [
          { text: "Sergei Lavrov", name: "Sergei Lavrov", entity_id: "e1", country: "RUS", sector: "GOV" },
        ],
        recipients: [{ text: "Wang Yi", name: "Wang Yi", entity_id: "e2", country: "CHN", sector: "GOV" }],
        cameo: "040",
        type: "CONSULT",
        mode: "meet",
        context: ["diplomacy"],
        goldstein: 1,
        quadClass: 1,
        status: "occurred",
        date: { value: "2021-03-22", precision: "day", stated: true, text: "Monday" },
        location: { name: "Guilin", country: "CHN", lat: 25.2736, lon: 110.29 },
        confidence: 0.92,
      },
      {
        sentence: 1,
        trigger: "pledged",
        actors: [actor("Russian Foreign Minister", "RUS"), actor("Chinese Foreign Minister", "CHN")],
        recipients: [],
        cameo: "030",
        type: "COOPERATE",
        goldstein: 4,
        quadClass: 1,
        status: "occurred",
        date: { value: "2021-03-22", precision: "day", stated: false },
      },
      {
        sentence: 2,
        trigger: "visit",
        actors: [{ text: "Lavrov", name: "Sergei Lavrov", entity_id: "e1", country: "RUS", sector: "GOV" }],
        recipients: [actor("Seoul", "KOR")],
        cameo: "042",
        type: "CONSULT",
        mode: "visit",
        goldstein: 1.9,
        quadClass: 1,
        status: "planned",
        date: { value: "2021-W13", precision: "week", stated: true, text: "next week" },
        location: { name: "Seoul", country: "KOR", lat: 37.5665, lon: 126.978 },
      },
    ],
  };
}

/** EU sanctions over Navalny: sanction, threat, multi-actor condemnation (year date), protest. */
export function sanctionsSpec(): DocSpec {
  return {
    id: "wire-eu-sanctions",
    source: "examples/corpus/wire.jsonl:2",
    url: "https://wire.example.com/eu-sanctions-navalny",
    title: "EU sanctions Russian officials",
    published_at: "2021-02-23T09:30:00Z",
    sentences: [
      "The European Union imposed sanctions on four Russian officials over the jailing of Alexei Navalny.",
      "Moscow threatened to retaliate, and the United States and Britain condemned the arrest.",
      "Protesters demonstrated outside the Russian embassy in London.",
    ],
    entities: [
      { id: "eu", name: "European Union", type: "IGO", sector: "IGO", mentions: ["European Union"] },
      { id: "navalny", name: "Alexei Navalny", type: "PER", country: "RUS", mentions: ["Alexei Navalny"] },
    ],
    places: [{ text: "London", name: "London", country: "GBR", lat: 51.5072, lon: -0.1276 }],
    events: [
      {
        sentence: 0,
        trigger: "imposed sanctions",
        actors: [actor("The European Union", null, "IGO")],
        recipients: [actor("four Russian officials", "RUS")],
        cameo: "163",
        type: "SANCTION",
        goldstein: -8,
        quadClass: 4,
        status: "occurred",
        date: { value: "2021-02", precision: "month", stated: false },
      },
      {
        sentence: 1,
        trigger: "threatened",
        actors: [actor("Moscow", "RUS")],
        recipients: [actor("The European Union", null, "IGO")],
        cameo: "130",
        type: "THREATEN",
        goldstein: -4.4,
        quadClass: 3,
        status: "occurred",
        date: { value: "2021-02-22", precision: "day", stated: false },
      },
      {
        sentence: 1,
        trigger: "condemned",
        actors: [actor("the United States", "USA"), actor("Britain", "GBR")],
        recipients: [actor("Moscow", "RUS")],
        cameo: "111",
        type: "ACCUSE",
        goldstein: -2,
        quadClass: 3,
        status: "occurred",
        date: { value: "2021", precision: "year", stated: false },
      },
      {
        sentence: 2,
        trigger: "demonstrated",
        actors: [actor("Protesters", "GBR", "CVL")],
        recipients: [actor("the Russian embassy", "RUS")],
        cameo: "141",
        type: "PROTEST",
        mode: "demonstrate",
        goldstein: -6.5,
        quadClass: 3,
        status: "occurred",
        date: { value: "2021-02", precision: "month", stated: false },
        location: { name: "London", country: "GBR", lat: 51.5072, lon: -0.1276 },
      },
    ],
  };
}

/** A note without a URL: a negated agreement and a hypothetical deployment. */
export function ceasefireSpec(): DocSpec {
  return {
    id: "notes-ceasefire",
    source: "examples/corpus/notes.txt",
    url: null,
    title: null,
    published_at: "2020-11-10",
    sentences: [
      "Armenia and Azerbaijan did not sign a ceasefire in October, officials said.",
      "Russia may send peacekeepers to the region.",
    ],
    times: [{ text: "October", value: "2020-10", type: "DATE", precision: "month" }],
    events: [
      {
        sentence: 0,
        trigger: "did not sign",
        actors: [actor("Armenia", "ARM")],
        recipients: [actor("Azerbaijan", "AZE")],
        cameo: "057",
        type: "AGREE",
        goldstein: 8,
        quadClass: 1,
        status: "negated",
        date: { value: "2020-10", precision: "month", stated: true, text: "October" },
      },
      {
        sentence: 1,
        trigger: "may send",
        actors: [actor("Russia", "RUS", "MIL")],
        recipients: [],
        cameo: "074",
        type: "AID",
        goldstein: 8.5,
        quadClass: 2,
        status: "hypothetical",
        date: { value: "2020-11-10", precision: "day", stated: false },
      },
    ],
  };
}

/** The three fixture documents of the filter corpus, in ingest order. */
export function corpus(): Doc[] {
  return [buildDoc(talksSpec()), buildDoc(sanctionsSpec()), buildDoc(ceasefireSpec())];
}
