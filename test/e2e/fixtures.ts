/**
 * Coded documents for the end-to-end tests: USA–CHN events over several
 * months (our own sentences), stored through the real store.
 */
import type { Doc } from "../../src/doc/doc.js";
import { actor, buildDoc } from "../store/fixtures.js";

const day = (value: string) => ({ value, precision: "day" as const, stated: true });

/** Three articles with six USA–CHN events in both directions and every QuadClass but 0. */
export function usChinaDocs(): Doc[] {
  return [
    buildDoc({
      id: "e2e-trade-talks",
      source: "e2e/wire.html",
      url: "https://wire.example.org/2024/01/trade-talks",
      title: "Trade envoys meet in Geneva",
      published_at: "2024-01-16",
      html: true,
      sentences: [
        "Envoys from Washington and Beijing held trade consultations in Geneva on Monday.",
        "The American side later accused two Chinese mills of dumping cheap steel.",
      ],
      entities: [{ id: "e1", name: "Geneva", type: "GPE", country: "CHE", mentions: ["Geneva"] }],
      times: [{ text: "Monday", value: "2024-01-15", type: "DATE", precision: "day" }],
      places: [{ text: "Geneva", name: "Geneva", country: "CHE", lat: 46.2, lon: 6.15 }],
      events: [
        {
          sentence: 0,
          trigger: "held trade consultations",
          actors: [actor("Washington", "USA")],
          recipients: [actor("Beijing", "CHN")],
          cameo: "040",
          type: "CONSULT",
          goldstein: 1,
          quadClass: 1,
          status: "occurred",
          date: day("2024-01-15"),
        },
        {
          sentence: 1,
          trigger: "accused",
          actors: [actor("The American side", "USA")],
          recipients: [actor("two Chinese mills", "CHN", "BUS")],
          cameo: "112",
          type: "ACCUSE",
          goldstein: -2,
          quadClass: 3,
          status: "occurred",
          date: day("2024-01-16"),
        },
      ],
    }),
    buildDoc({
      id: "e2e-soy-tariffs",
      source: "e2e/wire.txt",
      title: "Beijing answers with soybean tariffs",
      published_at: "2024-03-06",
      sentences: [
        "China imposed tariffs on American soybeans on Tuesday.",
        "Its commerce ministry offered to reopen talks with Washington in April.",
      ],
      events: [
        {
          sentence: 0,
          trigger: "imposed tariffs",
          actors: [actor("China", "CHN")],
          recipients: [actor("American soybeans", "USA", "BUS")],
          cameo: "163",
          type: "SANCTION",
          goldstein: -4,
          quadClass: 4,
          status: "occurred",
          date: day("2024-03-05"),
        },
        {
          sentence: 1,
          trigger: "offered to reopen talks",
          actors: [actor("Its commerce ministry", "CHN")],
          recipients: [actor("Washington", "USA")],
          cameo: "036",
          type: "CONSULT",
          goldstein: 4,
          quadClass: 1,
          status: "planned",
          date: { value: "2024-04", precision: "month", stated: true },
        },
      ],
    }),
    buildDoc({
      id: "e2e-climate-pact",
      source: "e2e/wire.txt",
      title: "Climate pact signed, drones seized",
      published_at: "2024-05-21",
      sentences: [
        "The two governments signed a joint climate research accord in Shanghai.",
        "Days later US customs officers seized a cargo of Chinese-made drones.",
      ],
      events: [
        {
          sentence: 0,
          trigger: "signed a joint climate research accord",
          actors: [actor("The two governments", "USA")],
          recipients: [actor("The two governments", "CHN")],
          cameo: "057",
          type: "COOPERATE",
          goldstein: 8,
          quadClass: 2,
          status: "occurred",
          date: day("2024-05-20"),
        },
        {
          sentence: 1,
          trigger: "seized",
          actors: [actor("US customs officers", "USA")],
          recipients: [actor("Chinese-made drones", "CHN", "BUS")],
          cameo: "171",
          type: "COERCE",
          goldstein: -9.2,
          quadClass: 4,
          status: "occurred",
          date: day("2024-05-24"),
        },
      ],
    }),
  ];
}
