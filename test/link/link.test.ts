import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { createDoc, type Doc } from "../../src/doc/doc.js";
import type { Actor, Entity } from "../../src/doc/types.js";
import { ChanceryError } from "../../src/errors.js";
import { findMention, headOfSpan, LINK_STAGES } from "../../src/eval/linking.js";
import { loadKnowledgeBase } from "../../src/kb/index.js";
import { linkDocument, ProvisionalRegistry, resolveActors } from "../../src/link/index.js";
import { buildPipeline, DEFAULT_STAGES } from "../../src/pipeline/registry.js";
import { tempDir } from "../helpers/cli.js";

const pipeline = buildPipeline(LINK_STAGES);

async function run(text: string, date: string, options: Record<string, unknown> = {}): Promise<Doc> {
  return pipeline.run(
    createDoc({ id: "t", raw: text, rawKind: "text", published_at: date, language: "en" }),
    options,
  );
}

function actorsOf(doc: Doc, phrase: string, nth = 1): Actor[] {
  const span = findMention(doc.text, phrase, nth);
  assert.ok(span, `"${phrase}" is in the text`);
  return resolveActors(doc, headOfSpan(doc, span[0], span[1]));
}

function entity(doc: Doc, kbId: string): Entity {
  const e = doc.entities.find((x) => x.kb_id === kbId || x.id === kbId);
  assert.ok(e, `entity ${kbId} in ${doc.entities.map((x) => x.id).join(", ")}`);
  return e;
}

test("the link stage follows ner in the default pipeline and declares its inputs", () => {
  const names = DEFAULT_STAGES.map((s) => s.name);
  assert.equal(names.indexOf("link"), names.indexOf("ner") + 1);
  const link = DEFAULT_STAGES.find((s) => s.name === "link")!;
  assert.deepEqual([...link.requires].sort(), ["deps", "entities", "tokens"]);
  assert.deepEqual(link.languages, ["en"]);
});

test("entities carry KB ids, canonical names, country, sector and every mention with its kind", async () => {
  const doc = await run(
    "Antony Blinken arrived in Beijing on Sunday. Blinken said Beijing had agreed to more talks, and he thanked Wang Yi.",
    "2023-06-18",
  );
  const blinken = entity(doc, "antony-blinken");
  assert.equal(blinken.name, "Antony Blinken");
  assert.equal(blinken.type, "PER");
  assert.equal(blinken.country, "USA");
  assert.equal(blinken.sector, "GOV");
  assert.deepEqual(
    blinken.mentions.map((m) => [m.text, m.kind]),
    [
      ["Antony Blinken", "name"],
      ["Blinken", "name"],
      ["he", "pronoun"],
    ],
  );
  const china = entity(doc, "CHN");
  assert.deepEqual(
    china.mentions.map((m) => [m.text, m.kind, m.sector]),
    [["Beijing", "metonym", "GOV"]],
    "the acting Beijing is China's government",
  );
  const place = doc.entities.find((e) => e.mentions.some((m) => m.kind === "place"));
  assert.equal(place?.name, "Beijing", "'arrived in Beijing' stays a place");
  assert.equal(place?.country, "CHN");
  for (const e of doc.entities)
    for (const m of e.mentions)
      assert.equal(doc.text.slice(m.start, m.end), m.text, "offsets point at the text");
});

test("roles resolve as of the publication date", async () => {
  const table: [string, string, string][] = [
    ["2023-06-18", "The US Secretary of State flew home.", "antony-blinken"],
    ["2025-06-01", "The US Secretary of State flew home.", "marco-rubio"],
    ["2019-06-01", "The US Secretary of State flew home.", "mike-pompeo"],
  ];
  for (const [date, text, id] of table) {
    const doc = await run(text, date);
    const [a] = actorsOf(doc, "US Secretary of State");
    assert.equal(a?.entity_id, id, date);
    assert.equal(a?.country, "USA");
    assert.equal(a?.sector, "GOV");
  }
  const early = await run("Zhao Lijian criticised the report.", "2021-03-19");
  assert.equal(entity(early, "zhao-lijian").sector, "GOV");
  const late = await run("Zhao Lijian criticised the report.", "2024-06-01");
  assert.equal(entity(late, "zhao-lijian").sector, "ELI", "a former spokesman is no longer GOV");
});

test("misspellings link only with context; short and common names never fuzzily", async () => {
  const withRole = await run("Russian Foreign Minister Sergie Lavrof met the envoy.", "2022-05-02");
  assert.equal(actorsOf(withRole, "Sergie Lavrof")[0]?.entity_id, "sergey-lavrov");
  const bare = await run("Then Vladmir Pootin arrived at the party.", "2022-05-02");
  assert.deepEqual(actorsOf(bare, "Vladmir Pootin"), [], "two misspelt words and no context: no link");
  const common = await run("Miller Lite sponsored the concert.", "2023-10-10");
  assert.deepEqual(actorsOf(common, "Miller Lite"), []);
});

test("ambiguous names need context", async () => {
  const river = await run("Pilgrims were baptised in the Jordan River.", "2023-06-18");
  assert.ok(!river.entities.some((e) => e.kb_id === "JOR"));
  const state = await run("Voters in Atlanta, Georgia, queued for hours.", "2023-06-18");
  assert.ok(!state.entities.some((e) => e.kb_id === "GEO"));
  const paper = await run("China Daily published an editorial.", "2023-06-18");
  assert.equal(actorsOf(paper, "China Daily")[0]?.entity_id, "china-daily");
  const country = await run("Jordan condemned the raid.", "2023-06-18");
  assert.equal(actorsOf(country, "Jordan")[0]?.entity_id, "JOR");
});

test("resolveActors reads role and group phrases and rejects non-actors", async () => {
  const doc = await run(
    "Russian troops shelled the town. Chinese leaders stayed silent. Japanese seafood was banned. The weather was hot.",
    "2023-06-18",
  );
  assert.deepEqual(
    actorsOf(doc, "Russian troops").map((a) => [a.country, a.sector]),
    [["RUS", "MIL"]],
  );
  assert.deepEqual(
    actorsOf(doc, "Chinese leaders").map((a) => [a.country, a.sector]),
    [["CHN", "GOV"]],
  );
  assert.deepEqual(actorsOf(doc, "Japanese seafood"), []);
  assert.deepEqual(actorsOf(doc, "weather"), []);
  assert.equal(actorsOf(doc, "Russian troops")[0]?.text, "Russian troops");
});

test("plural and reciprocal phrases name the two most salient countries", async () => {
  const doc = await run(
    "Russia and Ukraine swapped prisoners on Friday. Both sides accused each other of delays.",
    "2022-05-02",
  );
  for (const phrase of ["Both sides", "each other"]) {
    assert.deepEqual(
      actorsOf(doc, phrase)
        .map((a) => a.country)
        .sort(),
      ["RUS", "UKR"],
      phrase,
    );
  }
});

test("role descriptions corefer with the person holding the role", async () => {
  const doc = await run("Dmitry Peskov took questions. The spokesman declined to comment.", "2023-04-05");
  assert.equal(actorsOf(doc, "spokesman")[0]?.entity_id, "dmitry-peskov");
});

test("provisional people get a stable id reused by later documents", async () => {
  const registry = new ProvisionalRegistry();
  const kb = loadKnowledgeBase();
  const texts = [
    "Ghanaian Foreign Minister Kwabena Osei-Mensah arrived on Monday.",
    "Kwabena Osei-Mensah left the talks early.",
  ];
  const ids: (string | undefined)[] = [];
  for (const t of texts) {
    const doc = await buildPipeline(LINK_STAGES.filter((s) => s !== "link")).run(
      createDoc({ id: "p", raw: t, rawKind: "text", published_at: "2023-06-18", language: "en" }),
    );
    linkDocument(doc, kb, registry);
    const e = doc.entities.find((x) => x.provisional === true);
    ids.push(e?.id);
    if (e) {
      assert.equal(e.country, "GHA");
      assert.equal(e.sector, "GOV");
    }
  }
  assert.equal(ids[0], "prov:kwabena-osei-mensah");
  assert.equal(ids[1], ids[0], "the second document reuses the provisional entity");
  assert.equal(registry.size, 1);
});

test("--kb files add people; a malformed file fails with file:line", async () => {
  const dir = tempDir();
  const good = join(dir, "extra.kb");
  writeFileSync(
    good,
    'person jane-quill Jane Quill\n  gender f\n  role NOR GOV foreign_minister 2030-01-01 - "Foreign Minister"\n',
  );
  const doc = await run("Jane Quill said she would travel.", "2031-05-05", { kb: [good] });
  const jane = entity(doc, "jane-quill");
  assert.deepEqual([jane.country, jane.sector], ["NOR", "GOV"]);
  assert.deepEqual(
    jane.mentions.map((m) => m.kind),
    ["name", "pronoun"],
  );
  const bad = join(dir, "bad.kb");
  writeFileSync(bad, "person bad-one Bad One\n  role QQQ GOV foreign_minister 2020-01-01 -\n");
  await assert.rejects(
    run("Bad One spoke.", "2031-05-05", { kb: [bad] }),
    (err: unknown) =>
      err instanceof ChanceryError && err.code === "CH_DATA_INVALID" && /bad\.kb:2/.test(err.message),
  );
});

test("a listed country misspelling and a name the recogniser broke into pieces still link", async () => {
  const doc = await run(
    "Quatar's emir, Sheikh Hamad bin Khalifa al-Thani launched a mediation effort on Saturday.",
    "2005-03-01",
  );
  const qatar = entity(doc, "QAT");
  assert.equal(qatar.mentions[0]!.text, "Quatar");
  assert.equal(qatar.mentions[0]!.method, "misspelling");
  const emir = entity(doc, "hamad-bin-khalifa");
  assert.equal(emir.country, "QAT");
  assert.deepEqual(
    emir.mentions.map((m) => m.text),
    ["Hamad bin Khalifa al-Thani"],
  );
  assert.ok(!doc.entities.some((e) => e.kb_id === "hamad-bin-isa"), "not Bahrain's Hamad bin Isa");
});

test("a person named before the first recorded term keeps the country of that term, with no sector", async () => {
  const doc = await run("Israeli President Moshe Katsav has refused to meet the king.", "2000-01-01");
  const katsav = entity(doc, "moshe-katsav");
  assert.equal(katsav.country, "ISR");
  assert.equal(katsav.sector, null);
});
