/**
 * Records for countries, territories, IGOs, organisations and offices: the
 * header line gives the code or id and the name; fields add the rest.
 * The same field appliers serve `extend` statements, which add to an
 * existing record (single-valued fields are then replaced).
 */
import {
  COUNTRY_CODE,
  IGO_CODE,
  IssueSink,
  OFFICE_KEY,
  RECORD_ID,
  once,
  readDate,
  readSeats,
  readSector,
} from "./context.js";
import { splitList, splitWord, type RawField, type RawStatement } from "./syntax.js";
import {
  IGO_KINDS,
  ORG_KINDS,
  type Country,
  type Igo,
  type IgoKind,
  type Office,
  type Org,
} from "./types.js";

/** Split a header into its id and name, reporting a malformed one. */
export function headerIdName(st: RawStatement, pattern: RegExp, sink: IssueSink): [string, string] | null {
  const [id, name] = splitWord(st.rest);
  if (!pattern.test(id)) {
    sink.error(st.line, `bad ${st.type} id "${id}" (want ${pattern.source})`);
    return null;
  }
  if (name === "") {
    sink.error(st.line, `${st.type} ${id} has no name`);
    return null;
  }
  return [id, name.replace(/\s+/g, " ")];
}

/** A new country or territory from its header line. */
export function newCountry(st: RawStatement, sink: IssueSink): Country | null {
  const head = headerIdName(st, COUNTRY_CODE, sink);
  if (head === null) return null;
  return {
    kind: st.type === "territory" ? "territory" : "country",
    code: head[0],
    name: head[1],
    official: null,
    aliases: [],
    misspellings: [],
    adjectives: [],
    demonyms: [],
    capital: null,
    seats: [],
    sovereign: null,
    source: sink.at(st.line),
  };
}

/** Apply one field line to a country or territory. */
export function applyCountryField(c: Country, f: RawField, sink: IssueSink, seen: Set<string>): void {
  switch (f.name) {
    case "official":
      once(seen, f.name, sink, f.line);
      c.official = f.value;
      return;
    case "alias":
      c.aliases.push(...splitList(f.value));
      return;
    case "misspelling":
      c.misspellings.push(...splitList(f.value));
      return;
    case "adjective":
      c.adjectives.push(...splitList(f.value));
      return;
    case "demonym":
      c.demonyms.push(...splitList(f.value));
      return;
    case "capital":
      once(seen, f.name, sink, f.line);
      c.capital = f.value;
      c.seats = c.seats.filter((s) => !s.capital);
      c.seats.push({ name: f.value, owner: c.code, sector: "GOV", capital: true, source: sink.at(f.line) });
      return;
    case "seat":
      c.seats.push(...readSeats(f.value, c.code, sink, f.line));
      return;
    case "sovereign":
      once(seen, f.name, sink, f.line);
      if (c.kind !== "territory")
        sink.error(f.line, `only a territory has a sovereign (${c.code} is a country)`);
      else if (!COUNTRY_CODE.test(f.value)) sink.error(f.line, `bad sovereign code "${f.value}"`);
      else c.sovereign = f.value;
      return;
    default:
      sink.error(f.line, `unknown field "${f.name}" for ${c.kind} ${c.code}`);
  }
}

/** A new IGO from its header line. */
export function newIgo(st: RawStatement, sink: IssueSink): Igo | null {
  const head = headerIdName(st, IGO_CODE, sink);
  if (head === null) return null;
  return {
    code: head[0],
    name: head[1],
    kind: "organisation",
    aliases: [],
    misspellings: [],
    parent: null,
    members: [],
    hq: null,
    seats: [],
    source: sink.at(st.line),
  };
}

/** Apply one field line to an IGO. */
export function applyIgoField(g: Igo, f: RawField, sink: IssueSink, seen: Set<string>): void {
  switch (f.name) {
    case "kind":
      once(seen, f.name, sink, f.line);
      if ((IGO_KINDS as readonly string[]).includes(f.value)) g.kind = f.value as IgoKind;
      else sink.error(f.line, `unknown igo kind "${f.value}" (want one of ${IGO_KINDS.join(", ")})`);
      return;
    case "alias":
      g.aliases.push(...splitList(f.value));
      return;
    case "misspelling":
      g.misspellings.push(...splitList(f.value));
      return;
    case "parent":
      once(seen, f.name, sink, f.line);
      if (IGO_CODE.test(f.value)) g.parent = f.value;
      else sink.error(f.line, `bad parent code "${f.value}"`);
      return;
    case "members":
      for (const code of f.value.split(/[\s,]+/).filter((s) => s !== "")) {
        if (!COUNTRY_CODE.test(code)) sink.error(f.line, `bad member code "${code}"`);
        else if (g.members.includes(code)) sink.error(f.line, `member ${code} listed twice for ${g.code}`);
        else g.members.push(code);
      }
      return;
    case "hq":
      once(seen, f.name, sink, f.line);
      g.hq = f.value;
      return;
    case "seat":
      g.seats.push(...readSeats(f.value, g.code, sink, f.line));
      return;
    default:
      sink.error(f.line, `unknown field "${f.name}" for igo ${g.code}`);
  }
}

/** A new organisation from its header line. */
export function newOrg(st: RawStatement, sink: IssueSink): Org | null {
  const head = headerIdName(st, RECORD_ID, sink);
  if (head === null) return null;
  return {
    id: head[0],
    name: head[1],
    kind: "other",
    country: null,
    sectors: [],
    aliases: [],
    misspellings: [],
    source: sink.at(st.line),
  };
}

/** Apply one field line to an organisation. */
export function applyOrgField(o: Org, f: RawField, sink: IssueSink, seen: Set<string>): void {
  switch (f.name) {
    case "kind":
      once(seen, f.name, sink, f.line);
      if ((ORG_KINDS as readonly string[]).includes(f.value)) o.kind = f.value as Org["kind"];
      else sink.error(f.line, `unknown org kind "${f.value}" (want one of ${ORG_KINDS.join(", ")})`);
      return;
    case "country":
      once(seen, f.name, sink, f.line);
      if (COUNTRY_CODE.test(f.value)) o.country = f.value;
      else sink.error(f.line, `bad country code "${f.value}"`);
      return;
    case "sector": {
      const [code, rest] = splitWord(f.value);
      const [from = "-", to = "-", extra] = rest === "" ? [] : rest.split(/\s+/);
      if (extra !== undefined)
        sink.error(f.line, `sector takes a code and at most two dates, got "${f.value}"`);
      const sector = readSector(code, sink, f.line);
      const start = from === "-" ? null : readDate(from, sink, f.line, "start");
      const end = to === "-" ? null : readDate(to, sink, f.line, "end");
      if (sector !== null) o.sectors.push({ sector, start, end, source: sink.at(f.line) });
      return;
    }
    case "alias":
      o.aliases.push(...splitList(f.value));
      return;
    case "misspelling":
      o.misspellings.push(...splitList(f.value));
      return;
    default:
      sink.error(f.line, `unknown field "${f.name}" for org ${o.id}`);
  }
}

/** An office from its one-line statement `office <key> <SECTOR> <single|multi> <label>`. */
export function newOffice(st: RawStatement, sink: IssueSink): Office | null {
  const [key, r1] = splitWord(st.rest);
  const [sectorText, r2] = splitWord(r1);
  const [holders, label] = splitWord(r2);
  if (!OFFICE_KEY.test(key)) {
    sink.error(st.line, `bad office key "${key}" (want ${OFFICE_KEY.source})`);
    return null;
  }
  const sector = readSector(sectorText, sink, st.line);
  if (holders !== "single" && holders !== "multi") {
    sink.error(st.line, `office ${key}: want "single" or "multi" after the sector, got "${holders}"`);
    return null;
  }
  if (label === "") sink.error(st.line, `office ${key} has no label`);
  if (st.fields.length > 0) sink.error(st.fields[0]?.line ?? st.line, `office ${key} takes no fields`);
  if (sector === null || label === "") return null;
  return { key, sector, single: holders === "single", label, source: sink.at(st.line) };
}
