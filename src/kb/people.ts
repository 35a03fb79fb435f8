/**
 * Person records and their dated roles. A role line reads
 * `role <WHERE> <SECTOR> <office> <start> <end|-> [acting] [shared] [@org] ["title"]`.
 */
import {
  COUNTRY_CODE,
  IGO_CODE,
  IssueSink,
  OFFICE_KEY,
  RECORD_ID,
  once,
  readDate,
  readSector,
} from "./context.js";
import { headerIdName } from "./entities.js";
import { splitList, type RawField, type RawStatement } from "./syntax.js";
import type { Person, Role } from "./types.js";

/** A new person from the header `person <id> <canonical name>`. */
export function newPerson(st: RawStatement, sink: IssueSink): Person | null {
  const head = headerIdName(st, RECORD_ID, sink);
  if (head === null) return null;
  return {
    id: head[0],
    name: head[1],
    aliases: [],
    misspellings: [],
    gender: null,
    died: null,
    roles: [],
    source: sink.at(st.line),
  };
}

/** Parse the value of a `role` field, reporting each malformed part. */
export function parseRole(value: string, sink: IssueSink, line: number): Role | null {
  let body = value;
  let title: string | null = null;
  const quoted = /"([^"]*)"\s*$/.exec(body);
  if (quoted !== null) {
    title = (quoted[1] ?? "").trim() || null;
    body = body.slice(0, quoted.index);
  }
  if (body.includes('"')) {
    sink.error(line, "a role's title must be one double-quoted string at the end of the line");
    return null;
  }
  const tokens = body.trim().split(/\s+/);
  if (tokens.length < 5) {
    sink.error(line, "role needs <WHERE> <SECTOR> <office> <start> <end|->");
    return null;
  }
  const [where = "", sectorText = "", office = "", startText = "", endText = "", ...flags] = tokens;
  let ok = true;
  if (!COUNTRY_CODE.test(where) && !IGO_CODE.test(where)) {
    sink.error(line, `bad role place "${where}" (want a country or IGO code)`);
    ok = false;
  }
  const sector = readSector(sectorText, sink, line);
  if (!OFFICE_KEY.test(office)) {
    sink.error(line, `bad office key "${office}"`);
    ok = false;
  }
  const start = readDate(startText, sink, line, "start");
  const end = endText === "-" ? null : readDate(endText, sink, line, "end");
  let acting = false;
  let shared = false;
  let org: string | null = null;
  for (const flag of flags) {
    if (flag === "acting") acting = true;
    else if (flag === "shared") shared = true;
    else if (flag.startsWith("@") && RECORD_ID.test(flag.slice(1)) && org === null) org = flag.slice(1);
    else {
      sink.error(line, `unknown role flag "${flag}" (want acting, shared, @org or a quoted title)`);
      ok = false;
    }
  }
  if (!ok || sector === null || start === null || (endText !== "-" && end === null)) return null;
  return { where, sector, office, start, end, acting, shared, org, title, source: sink.at(line) };
}

/** Apply one field line to a person. */
export function applyPersonField(p: Person, f: RawField, sink: IssueSink, seen: Set<string>): void {
  switch (f.name) {
    case "alias":
      p.aliases.push(...splitList(f.value));
      return;
    case "misspelling":
      p.misspellings.push(...splitList(f.value));
      return;
    case "gender":
      once(seen, f.name, sink, f.line);
      if (f.value === "m" || f.value === "f") p.gender = f.value;
      else sink.error(f.line, `bad gender "${f.value}" (want m or f)`);
      return;
    case "died":
      once(seen, f.name, sink, f.line);
      p.died = readDate(f.value, sink, f.line, "death");
      return;
    case "role": {
      const role = parseRole(f.value, sink, f.line);
      if (role !== null) p.roles.push(role);
      return;
    }
    default:
      sink.error(f.line, `unknown field "${f.name}" for person ${p.id}`);
  }
}
