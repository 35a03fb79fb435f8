/**
 * `node dist/scripts/gen-synthetic-store.js [--events N] [--out PATH] [--seed S] [--force]`
 *
 * Generates a synthetic Chancery store of N current events (default
 * 1,000,000) for load tests: ~200 countries drawn with a Zipf law, the 16
 * PLOVER types with CAMEO codes, Goldstein scores and QuadClasses, realistic
 * statuses, day/week/month/year-precision dates from 2015 to mid-2026, person
 * and organisation actors, and short articles whose text holds every event's
 * evidence sentence at the stated offsets. About 0.5% of articles get a second
 * version. Rows go straight into SQLite in large transactions, with the same
 * columns and values `putArticle` writes; the database is created at schema 1,
 * filled, then migrated to the latest schema (which backfills the ledger
 * index). Deterministic for a given seed. Writes a summary
 * (`<out>-meta.json`) when done; an existing complete store is kept unless `--force`.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { openStore } from "../src/store/open.js";
import { dayRange } from "../src/store/sqlite/dates.js";
import { runMigrations } from "../src/store/sqlite/migrate.js";
import { sqliteMigrations } from "../src/store/sqlite/migrations/index.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { contentHash } from "../src/util/hash.js";
import { seededRandom as prng } from "../src/util/random.js";

/** ISO alpha-3 codes and names of 197 countries, most newsworthy first. */
const COUNTRY_TABLE = `
USA United States; CHN China; RUS Russia; GBR United Kingdom; UKR Ukraine; ISR Israel; IRN Iran;
FRA France; DEU Germany; IND India; JPN Japan; TUR Turkey; PSE Palestine; SYR Syria; PAK Pakistan;
KOR South Korea; PRK North Korea; SAU Saudi Arabia; AFG Afghanistan; IRQ Iraq; EGY Egypt;
CAN Canada; AUS Australia; ITA Italy; BRA Brazil; MEX Mexico; TWN Taiwan; LBN Lebanon; YEM Yemen;
NGA Nigeria; ESP Spain; POL Poland; ZAF South Africa; VEN Venezuela; QAT Qatar;
ARE United Arab Emirates; LBY Libya; SDN Sudan; ETH Ethiopia; PHL Philippines; IDN Indonesia;
VNM Vietnam; MMR Myanmar; BGD Bangladesh; KEN Kenya; SOM Somalia; JOR Jordan; GRC Greece;
NLD Netherlands; BEL Belgium; SWE Sweden; NOR Norway; FIN Finland; DNK Denmark; CHE Switzerland;
AUT Austria; HUN Hungary; ROU Romania; BLR Belarus; GEO Georgia; ARM Armenia; AZE Azerbaijan;
KAZ Kazakhstan; UZB Uzbekistan; ARG Argentina; COL Colombia; CHL Chile; PER Peru; CUB Cuba;
MLI Mali; NER Niger; BFA Burkina Faso; TCD Chad; COD DR Congo; RWA Rwanda; UGA Uganda;
SSD South Sudan; DZA Algeria; MAR Morocco; TUN Tunisia; OMN Oman; KWT Kuwait; BHR Bahrain;
SGP Singapore; MYS Malaysia; THA Thailand; KHM Cambodia; LAO Laos; NPL Nepal; LKA Sri Lanka;
NZL New Zealand; IRL Ireland; PRT Portugal; CZE Czechia; SVK Slovakia; SRB Serbia; HRV Croatia;
BIH Bosnia and Herzegovina; XKX Kosovo; ALB Albania; MKD North Macedonia; BGR Bulgaria;
MDA Moldova; LTU Lithuania; LVA Latvia; EST Estonia; SVN Slovenia; CYP Cyprus; MLT Malta;
ISL Iceland; LUX Luxembourg; MNE Montenegro; TKM Turkmenistan; TJK Tajikistan; KGZ Kyrgyzstan;
MNG Mongolia; BTN Bhutan; MDV Maldives; BRN Brunei; TLS Timor-Leste; PNG Papua New Guinea;
FJI Fiji; SLB Solomon Islands; VUT Vanuatu; WSM Samoa; TON Tonga; KIR Kiribati; ECU Ecuador;
BOL Bolivia; PRY Paraguay; URY Uruguay; GUY Guyana; SUR Suriname; PAN Panama; CRI Costa Rica;
NIC Nicaragua; HND Honduras; SLV El Salvador; GTM Guatemala; BLZ Belize; HTI Haiti;
DOM Dominican Republic; JAM Jamaica; TTO Trinidad and Tobago; BHS Bahamas; BRB Barbados; GHA Ghana;
CIV Ivory Coast; SEN Senegal; GIN Guinea; SLE Sierra Leone; LBR Liberia; TGO Togo; BEN Benin;
CMR Cameroon; GAB Gabon; COG Congo; CAF Central African Republic; GNQ Equatorial Guinea;
AGO Angola; ZMB Zambia; ZWE Zimbabwe; MWI Malawi; MOZ Mozambique; TZA Tanzania; BDI Burundi;
ERI Eritrea; DJI Djibouti; MDG Madagascar; MUS Mauritius; SYC Seychelles; COM Comoros; NAM Namibia;
BWA Botswana; LSO Lesotho; SWZ Eswatini; MRT Mauritania; GMB Gambia; GNB Guinea-Bissau;
CPV Cape Verde; STP Sao Tome and Principe; AND Andorra; MCO Monaco; LIE Liechtenstein;
SMR San Marino; VAT Vatican; GRD Grenada; LCA Saint Lucia; VCT Saint Vincent and the Grenadines;
DMA Dominica; ATG Antigua and Barbuda; KNA Saint Kitts and Nevis; NRU Nauru; TUV Tuvalu; PLW Palau;
MHL Marshall Islands; FSM Micronesia;`;

const COUNTRIES: ReadonlyArray<{ code: string; name: string }> = COUNTRY_TABLE.split(";")
  .map((s) => s.trim())
  .filter(Boolean)
  .map((s) => ({ code: s.slice(0, 3), name: s.slice(4) }));

/** PLOVER types with CAMEO codes, QuadClass, Goldstein range, relative frequency and verb forms. */
const TYPES: ReadonlyArray<{
  type: string;
  cameo: string[];
  quad: number;
  goldstein: [number, number];
  weight: number;
  verb: [past: string, base: string];
  context: string;
}> = [
  {
    type: "AGREE",
    cameo: ["030", "031", "036", "057"],
    quad: 1,
    goldstein: [4, 8],
    weight: 6,
    verb: ["signed an agreement with", "sign an agreement with"],
    context: "diplomacy",
  },
  {
    type: "CONSULT",
    cameo: ["040", "042", "043", "046"],
    quad: 1,
    goldstein: [1, 4],
    weight: 18,
    verb: ["held talks with", "hold talks with"],
    context: "diplomacy",
  },
  {
    type: "SUPPORT",
    cameo: ["051", "052", "053"],
    quad: 1,
    goldstein: [3, 6],
    weight: 6,
    verb: ["backed", "back"],
    context: "diplomacy",
  },
  {
    type: "CONCEDE",
    cameo: ["081", "084", "085"],
    quad: 2,
    goldstein: [4, 8],
    weight: 2,
    verb: ["made concessions to", "make concessions to"],
    context: "negotiation",
  },
  {
    type: "COOPERATE",
    cameo: ["061", "062", "064"],
    quad: 2,
    goldstein: [5, 7],
    weight: 6,
    verb: ["cooperated with", "cooperate with"],
    context: "economic",
  },
  {
    type: "AID",
    cameo: ["070", "071", "073", "074"],
    quad: 2,
    goldstein: [6, 8],
    weight: 4,
    verb: ["sent aid to", "send aid to"],
    context: "humanitarian",
  },
  {
    type: "RETREAT",
    cameo: ["087", "0871"],
    quad: 2,
    goldstein: [5, 9],
    weight: 1,
    verb: ["withdrew troops from", "withdraw troops from"],
    context: "military",
  },
  {
    type: "REQUEST",
    cameo: ["020", "021", "022", "028"],
    quad: 1,
    goldstein: [2, 4],
    weight: 6,
    verb: ["appealed to", "appeal to"],
    context: "diplomacy",
  },
  {
    type: "ACCUSE",
    cameo: ["111", "112", "115"],
    quad: 3,
    goldstein: [-3, -2],
    weight: 10,
    verb: ["accused", "accuse"],
    context: "diplomacy",
  },
  {
    type: "REJECT",
    cameo: ["120", "125", "128"],
    quad: 3,
    goldstein: [-5, -3],
    weight: 5,
    verb: ["rejected a proposal from", "reject a proposal from"],
    context: "negotiation",
  },
  {
    type: "THREATEN",
    cameo: ["130", "131", "138"],
    quad: 3,
    goldstein: [-7, -4],
    weight: 5,
    verb: ["threatened", "threaten"],
    context: "military",
  },
  {
    type: "PROTEST",
    cameo: ["140", "141", "145"],
    quad: 3,
    goldstein: [-6.5, -4],
    weight: 5,
    verb: ["protested against", "protest against"],
    context: "political",
  },
  {
    type: "SANCTION",
    cameo: ["161", "163", "172"],
    quad: 4,
    goldstein: [-6, -4],
    weight: 4,
    verb: ["imposed sanctions on", "impose sanctions on"],
    context: "economic",
  },
  {
    type: "MOBILIZE",
    cameo: ["150", "152", "154"],
    quad: 4,
    goldstein: [-7, -5],
    weight: 3,
    verb: ["mobilised forces against", "mobilise forces against"],
    context: "military",
  },
  {
    type: "COERCE",
    cameo: ["171", "173", "175"],
    quad: 4,
    goldstein: [-7, -5],
    weight: 5,
    verb: ["seized assets of", "seize assets of"],
    context: "political",
  },
  {
    type: "ASSAULT",
    cameo: ["180", "181", "190", "193", "195"],
    quad: 4,
    goldstein: [-10, -8],
    weight: 8,
    verb: ["attacked", "attack"],
    context: "military",
  },
];

const STATUSES: ReadonlyArray<[status: string, weight: number]> = [
  ["occurred", 82],
  ["planned", 8],
  ["hypothetical", 4],
  ["negated", 4],
  ["canceled", 2],
];

const IGOS: ReadonlyArray<string> = [
  "United Nations",
  "European Union",
  "NATO",
  "African Union",
  "ASEAN",
  "World Bank",
];
const FIRST =
  "Anna Ivan Li Maria Ahmed Jean Olga Kenji Fatima Carlos Sofia Omar Mei Pavel Amina Diego Elena Hassan Ingrid Raj".split(
    " ",
  );
const LAST =
  "Petrov Wang Smith Haddad Dubois Tanaka Kowalski Silva Okafor Novak Rahman Garcia Ivanova Chen Kim Mensah Berg Costa Aziz Larsen".split(
    " ",
  );
const TITLES = [
  "President",
  "Prime Minister",
  "Foreign Minister",
  "Defence Minister",
  "General",
  "Ambassador",
];
const FILLERS = [
  "Officials declined to comment further.",
  "The statement was carried by state media.",
  "Analysts said the move could shift regional dynamics.",
  "The ministry gave no further details.",
  "Diplomats described the atmosphere as tense.",
  "Reporters were not allowed to attend.",
];
const SOURCES = Array.from(
  { length: 40 },
  (_, i) => `www.wire-${String(i + 1).padStart(2, "0")}.example.net`,
);

/** Options of {@link generateSyntheticStore}. */
export interface SyntheticOptions {
  /** Current events to generate. */
  events: number;
  /** Database file to create. */
  path: string;
  seed?: number;
  /** Replace an existing file. */
  force?: boolean;
  /** Progress messages (default: none). */
  log?: (line: string) => void;
}

/** What {@link generateSyntheticStore} made (also written to `<path>-meta.json`). */
export interface SyntheticSummary {
  events: number;
  articles: number;
  versions: number;
  seed: number;
  schemaVersion: number;
  insertSeconds: number;
  migrateSeconds: number;
  bytes: number;
}

/** A sampler over weighted items. */
function weighted<T>(
  items: readonly T[],
  weight: (item: T, index: number) => number,
  rnd: () => number,
): () => T {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((item, i) => {
    total += weight(item, i);
    cumulative.push(total);
  });
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo] as T;
  };
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2026, 5, 30);
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** ISO week label of a day, e.g. `2021-W12`. */
function isoWeek(ms: number): string {
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = ms - weekday * DAY_MS + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

interface ActorSpec {
  text: string;
  name: string | null;
  entity: { key: string; name: string; type: string } | null;
  country: string | null;
  sector: string | null;
}

interface EventSpec {
  sentence: number;
  trigger: string;
  actors: ActorSpec[];
  recipients: ActorSpec[];
  cameo: string;
  type: string;
  context: string;
  goldstein: number;
  quad: number;
  status: string;
  date: { value: string; precision: string; stated: boolean; text: string | null };
  location: { name: string; country: string } | null;
  confidence: number;
}

/** Generates one article's worth of sentences and events at a time. */
class ArticleFactory {
  private readonly rnd: () => number;
  private readonly country: () => { code: string; name: string };
  private readonly type: () => (typeof TYPES)[number];
  private readonly status: () => (typeof STATUSES)[number];
  private readonly persons: Array<{ name: string; title: string; country: { code: string; name: string } }>;

  constructor(seed: number) {
    this.rnd = prng(seed);
    this.country = weighted(COUNTRIES, (_, i) => 1 / Math.pow(i + 1, 1.1), this.rnd);
    this.type = weighted(TYPES, (t) => t.weight, this.rnd);
    this.status = weighted(STATUSES, (s) => s[1], this.rnd);
    this.persons = Array.from({ length: 1500 }, () => ({
      name: `${this.pick(FIRST)} ${this.pick(LAST)}`,
      title: this.pick(TITLES),
      country: this.country(),
    }));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rnd() * items.length)] as T;
  }

  chance(p: number): boolean {
    return this.rnd() < p;
  }

  /** A publication day, denser towards recent years. */
  publishedMs(): number {
    const t = Math.pow(this.rnd(), 0.85);
    return FIRST_DAY + Math.floor(t * ((LAST_DAY - FIRST_DAY) / DAY_MS)) * DAY_MS;
  }

  eventCount(): number {
    const x = this.rnd();
    return x < 0.3 ? 1 : x < 0.6 ? 2 : x < 0.8 ? 3 : x < 0.92 ? 4 : 5;
  }

  actor(avoid: string | null): ActorSpec {
    const roll = this.rnd();
    if (roll < 0.03) {
      const name = this.pick(IGOS);
      return {
        text: `the ${name}`.replace("the NATO", "NATO"),
        name,
        entity: { key: "", name, type: "IGO" },
        country: null,
        sector: "IGO",
      };
    }
    if (roll < 0.23) {
      const p = this.pick(this.persons);
      const text = `${p.title} ${p.name} of ${p.country.name}`;
      const sector = p.title === "General" ? "MIL" : "GOV";
      return {
        text,
        name: p.name,
        entity: { key: "", name: p.name, type: "PER" },
        country: p.country.code,
        sector,
      };
    }
    let c = this.country();
    for (let i = 0; i < 5 && c.code === avoid; i++) c = this.country();
    const form = this.rnd();
    if (form < 0.3)
      return {
        text: `the government of ${c.name}`,
        name: c.name,
        entity: null,
        country: c.code,
        sector: "GOV",
      };
    if (form < 0.5)
      return {
        text: `${c.name}'s foreign ministry`,
        name: c.name,
        entity: null,
        country: c.code,
        sector: "GOV",
      };
    if (form < 0.65)
      return { text: `${c.name}'s armed forces`, name: c.name, entity: null, country: c.code, sector: "MIL" };
    if (form < 0.75)
      return { text: `protesters in ${c.name}`, name: null, entity: null, country: c.code, sector: "CVL" };
    return { text: c.name, name: c.name, entity: null, country: c.code, sector: "GOV" };
  }

  eventDate(publishedMs: number, status: string): EventSpec["date"] {
    const x = this.rnd();
    if (x < 0.002) return { value: "XXXX", precision: "unknown", stated: false, text: null };
    if (status === "planned" || x < 0.02) {
      const ms = publishedMs + (1 + Math.floor(this.rnd() * 30)) * DAY_MS;
      return { value: isoDay(ms), precision: "day", stated: true, text: `on ${isoDay(ms)}` };
    }
    if (x < 0.6) return { value: isoDay(publishedMs), precision: "day", stated: false, text: null };
    if (x < 0.85) {
      const ms = publishedMs - (1 + Math.floor(this.rnd() * 7)) * DAY_MS;
      return { value: isoDay(ms), precision: "day", stated: true, text: `on ${isoDay(ms)}` };
    }
    if (x < 0.9)
      return { value: isoWeek(publishedMs - 7 * DAY_MS), precision: "week", stated: true, text: "last week" };
    if (x < 0.96)
      return { value: isoDay(publishedMs).slice(0, 7), precision: "month", stated: true, text: "this month" };
    return { value: isoDay(publishedMs).slice(0, 4), precision: "year", stated: true, text: "this year" };
  }

  /** The sentences and events of one article. */
  article(serial: number, publishedMs: number): { sentences: string[]; events: EventSpec[]; title: string } {
    const sentences: string[] = [];
    const events: EventSpec[] = [];
    const n = this.eventCount();
    const dateline = COUNTRIES[serial % 20] as { name: string };
    sentences.push(
      `${dateline.name.toUpperCase()}, ${isoDay(publishedMs)} (Synthetic Wire report ${serial}).`,
    );
    for (let k = 0; k < n; k++) {
      const t = this.type();
      const [status] = this.status();
      const actors = [this.actor(null)];
      if (this.chance(0.1)) actors.push(this.actor(actors[0]?.country ?? null));
      const recipients = this.chance(0.85)
        ? [this.actor(this.chance(0.9) ? (actors[0]?.country ?? null) : null)]
        : [];
      const [past, base] = t.verb;
      const verb =
        status === "occurred"
          ? past
          : status === "planned"
            ? `will ${base}`
            : status === "negated"
              ? `did not ${base}`
              : status === "hypothetical"
                ? `may ${base}`
                : `called off plans to ${base}`;
      const subject = actors.map((a) => a.text).join(" and ");
      const object = recipients[0]?.text ?? "its partners";
      const date = this.eventDate(publishedMs, status);
      const when = date.text ? ` ${date.text}` : "";
      const located = this.chance(0.35) ? (recipients[0] ?? actors[0]) : undefined;
      const location =
        located?.country != null
          ? {
              name: COUNTRIES.find((c) => c.code === located.country)?.name ?? located.country,
              country: located.country,
            }
          : null;
      let sentence = `${subject} ${verb} ${object}${when}.`;
      sentence = sentence[0]?.toUpperCase() + sentence.slice(1);
      sentences.push(sentence);
      const [lo, hi] = t.goldstein;
      events.push({
        sentence: sentences.length - 1,
        trigger: verb.split(" ").at(-2) === "to" ? verb : (verb.split(" ")[0] as string),
        actors,
        recipients,
        cameo: this.pick(t.cameo),
        type: t.type,
        context: t.context,
        goldstein: Math.round((lo + this.rnd() * (hi - lo)) * 10) / 10,
        quad: t.quad,
        status,
        date,
        location,
        confidence: Math.round((0.5 + this.rnd() * 0.49) * 100) / 100,
      });
      if (this.chance(0.5)) sentences.push(this.pick(FILLERS));
    }
    const first = events[0] as EventSpec;
    const title = `${first.actors[0]?.name ?? "Officials"} and ${first.recipients[0]?.name ?? "partners"}: ${first.type.toLowerCase()} (${serial})`;
    return { sentences, events, title };
  }
}

/** Insert statements with the exact column lists of `src/store/sqlite/write.ts`. */
function statements(db: Database.Database) {
  return {
    source: db.prepare("INSERT INTO sources (name, created_at) VALUES (?, ?)"),
    article: db.prepare(`INSERT INTO articles (doc_id, source_id, source_label, url, title,
        published_at, published_start, published_end, language, raw_kind, content_hash, version, supersedes,
        layers, warnings, provenance, removed, timings, ingested_at, text, raw)
      VALUES (@doc_id, @source_id, @source_label, @url, @title, @published_at, @published_start, @published_end,
        @language, @raw_kind, @content_hash, @version, @supersedes, @layers, @warnings, @provenance, @removed,
        @timings, @ingested_at, @text, @raw)`),
    retire: db.prepare("UPDATE articles SET is_current = 0 WHERE id = ?"),
    sentence: db.prepare(
      "INSERT INTO sentences (article_id, idx, start_offset, end_offset) VALUES (?, ?, ?, ?)",
    ),
    entity: db.prepare(
      "INSERT INTO entities (article_id, idx, key, name, type, country, sector) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    mention: db.prepare(
      "INSERT INTO entity_mentions (entity_id, idx, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)",
    ),
    event: db.prepare(`INSERT INTO events (article_id, idx, cameo, cameo_root, plover_type,
        plover_mode, plover_context, goldstein, quad_class, status, date_value, date_precision, date_stated,
        date_text, date_start, date_end, location_name, location_country, location_lat, location_lon,
        evidence_sentence, evidence_start, evidence_end, evidence_trigger, evidence_rule, confidence)
      VALUES (@article_id, @idx, @cameo, @cameo_root, @plover_type, @plover_mode, @plover_context, @goldstein,
        @quad_class, @status, @date_value, @date_precision, @date_stated, @date_text, @date_start, @date_end,
        @location_name, @location_country, @location_lat, @location_lon, @evidence_sentence, @evidence_start,
        @evidence_end, @evidence_trigger, @evidence_rule, @confidence)`),
    actor: db.prepare(`INSERT INTO event_actors (event_id, role, idx, text, name, entity_id, country,
      sector) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
  };
}

type Statements = ReturnType<typeof statements>;

/** Write one article version with its layers and events; returns its row id. */
function writeArticle(
  st: Statements,
  a: {
    serial: number;
    version: number;
    supersedes: number | null;
    sourceId: number;
    publishedMs: number;
    sentences: string[];
    events: EventSpec[];
    title: string;
    ingestedAt: string;
  },
): number {
  const text = a.sentences.join(" ");
  const published = isoDay(a.publishedMs);
  const range = dayRange(published);
  const host = SOURCES[a.sourceId - 1] as string;
  const docId = `synthetic-${a.serial}`;
  const entities = new Map<
    string,
    { key: string; name: string; type: string; country: string | null; sector: string | null }
  >();
  for (const e of a.events) {
    for (const actor of [...e.actors, ...e.recipients]) {
      if (!actor.entity) continue;
      const id = `${actor.entity.type}:${actor.entity.name}`;
      if (!entities.has(id)) {
        entities.set(id, {
          ...actor.entity,
          key: `e${entities.size + 1}`,
          country: actor.country,
          sector: actor.sector,
        });
      }
    }
  }
  const layers = [
    "raw",
    "text",
    "metadata",
    "language",
    "sentences",
    ...(entities.size > 0 ? ["entities"] : []),
    "events",
  ];
  const articleId = Number(
    st.article.run({
      doc_id: docId,
      source_id: a.sourceId,
      source_label: `https://${host}/feed.xml`,
      url: `https://${host}/${published.slice(0, 7).replace("-", "/")}/report-${a.serial}`,
      title: a.title,
      published_at: published,
      published_start: range?.start ?? null,
      published_end: range?.end ?? null,
      language: "en",
      raw_kind: "text",
      content_hash: contentHash("text", text),
      version: a.version,
      supersedes: a.supersedes,
      layers: JSON.stringify(layers),
      warnings: "[]",
      provenance: '{"url":"record","title":"record","published_at":"record","language":"record"}',
      removed: "[]",
      timings: "{}",
      ingested_at: a.ingestedAt,
      text,
      raw: text,
    }).lastInsertRowid,
  );
  const offsets: Array<[number, number]> = [];
  let at = 0;
  a.sentences.forEach((s, idx) => {
    offsets.push([at, at + s.length]);
    st.sentence.run(articleId, idx, at, at + s.length);
    at += s.length + 1;
  });
  let entityIdx = 0;
  for (const en of entities.values()) {
    const row = Number(
      st.entity.run(articleId, entityIdx++, en.key, en.name, en.type, en.country, en.sector).lastInsertRowid,
    );
    let from = 0;
    let m = 0;
    for (let i = text.indexOf(en.name, from); i >= 0; i = text.indexOf(en.name, from)) {
      st.mention.run(row, m++, i, i + en.name.length, en.name);
      from = i + en.name.length;
    }
  }
  a.events.forEach((e, idx) => {
    const [start, end] = offsets[e.sentence] as [number, number];
    const range = dayRange(e.date.value);
    const eventId = Number(
      st.event.run({
        article_id: articleId,
        idx,
        cameo: e.cameo,
        cameo_root: e.cameo.slice(0, 2),
        plover_type: e.type,
        plover_mode: null,
        plover_context: JSON.stringify([e.context]),
        goldstein: e.goldstein,
        quad_class: e.quad,
        status: e.status,
        date_value: e.date.value,
        date_precision: e.date.precision,
        date_stated: e.date.stated ? 1 : 0,
        date_text: e.date.text,
        date_start: range?.start ?? null,
        date_end: range?.end ?? null,
        location_name: e.location?.name ?? null,
        location_country: e.location?.country ?? null,
        location_lat: null,
        location_lon: null,
        evidence_sentence: a.sentences[e.sentence] as string,
        evidence_start: start,
        evidence_end: end,
        evidence_trigger: e.trigger,
        evidence_rule: `synthetic.${e.type.toLowerCase()}.${e.cameo}`,
        confidence: e.confidence,
      }).lastInsertRowid,
    );
    const writeActors = (role: "actor" | "recipient", actors: ActorSpec[]): void => {
      actors.forEach((actor, i) => {
        const key = actor.entity
          ? (entities.get(`${actor.entity.type}:${actor.entity.name}`)?.key ?? null)
          : null;
        st.actor.run(eventId, role, i, actor.text, actor.name, key, actor.country, actor.sector);
      });
    };
    writeActors("actor", e.actors);
    writeActors("recipient", e.recipients);
  });
  return articleId;
}

/**
 * Create a synthetic store at `options.path` and return what was made.
 * An existing complete store (with its `.json` summary) is reused unless `force`.
 */
export async function generateSyntheticStore(options: SyntheticOptions): Promise<SyntheticSummary> {
  const path = resolve(options.path);
  const meta = `${path}-meta.json`;
  const seed = options.seed ?? 20260101;
  const log = options.log ?? (() => undefined);
  if (!options.force && existsSync(path) && existsSync(meta)) {
    const previous = JSON.parse(readFileSync(meta, "utf8")) as SyntheticSummary;
    if (previous.events === options.events && previous.seed === seed) return previous;
  }
  for (const suffix of ["", "-wal", "-shm", "-meta.json"]) rmSync(`${path}${suffix}`, { force: true });

  // Schema 1 only: the base tables putArticle writes.
  const base = SqliteStore.open(path, { migrations: sqliteMigrations.slice(0, 1) });
  await base.migrate();
  await base.close();

  const t0 = performance.now();
  const db = new Database(path);
  db.pragma("journal_mode = DELETE");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  db.pragma("foreign_keys = ON");
  const st = statements(db);
  const factory = new ArticleFactory(seed);
  const created = new Date().toISOString();
  db.transaction(() => {
    for (const host of SOURCES) st.source.run(host, created);
  })();

  let events = 0;
  let articles = 0;
  let versions = 0;
  const batch = db.transaction((count: number) => {
    for (let i = 0; i < count && events < options.events; i++) {
      const serial = articles + 1;
      const publishedMs = factory.publishedMs();
      const { sentences, events: specs, title } = factory.article(serial, publishedMs);
      const room = options.events - events;
      const kept = specs.slice(0, room);
      const sourceId = 1 + (serial % SOURCES.length);
      const common = { serial, sourceId, publishedMs, title, ingestedAt: created };
      const v1 = writeArticle(st, { ...common, version: 1, supersedes: null, sentences, events: kept });
      if (factory.chance(0.005)) {
        st.retire.run(v1);
        const updated = [...sentences, "Updated with additional reporting."];
        writeArticle(st, { ...common, version: 2, supersedes: v1, sentences: updated, events: kept });
        versions++;
      }
      articles++;
      events += kept.length;
    }
  });
  while (events < options.events) {
    batch(5000);
    log(`  ${events.toLocaleString("en")} events, ${articles.toLocaleString("en")} articles`);
  }
  const insertSeconds = (performance.now() - t0) / 1000;

  // The same migration runner the store uses, on this connection with its large page cache.
  log("  migrating to the latest schema (backfilling the ledger index)…");
  const t1 = performance.now();
  runMigrations(db, sqliteMigrations);
  db.close();
  const store = (await openStore(path)) as SqliteStore;
  const schemaVersion = store.schemaVersion();
  await store.close();
  const migrateSeconds = (performance.now() - t1) / 1000;
  const summary: SyntheticSummary = {
    events,
    articles,
    versions,
    seed,
    schemaVersion,
    insertSeconds,
    migrateSeconds,
    bytes: statSync(path).size,
  };
  writeFileSync(meta, `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

/** Parse `--name value` options. */
function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const events = Number(option(args, "events") ?? 1_000_000);
  if (!Number.isInteger(events) || events < 1) {
    process.stderr.write("gen-synthetic-store: --events must be a positive whole number\n");
    process.exit(2);
  }
  const path = option(args, "out") ?? `data/synthetic-${events}.db`;
  const seed = Number(option(args, "seed") ?? 20260101);
  process.stderr.write(`gen-synthetic-store: ${events.toLocaleString("en")} events → ${path}\n`);
  const summary = await generateSyntheticStore({
    events,
    path,
    seed,
    force: args.includes("--force"),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}
