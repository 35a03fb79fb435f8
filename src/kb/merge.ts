/**
 * Layering: statements from the shipped files form the first layer, each
 * user file one more. Within a layer an id may be defined once; a later
 * layer's definition replaces the earlier record whole. `extend` statements
 * add fields to a record that exists once the layer's definitions are in,
 * and `drop` statements then remove records.
 */
import { IssueSink } from "./context.js";
import {
  applyCountryField,
  applyIgoField,
  applyOrgField,
  newCountry,
  newIgo,
  newOffice,
  newOrg,
} from "./entities.js";
import { newAmbiguity, newNonActors, newTerms } from "./lexicon.js";
import { normalizeName } from "./normalize.js";
import { applyPersonField, newPerson } from "./people.js";
import { splitWord, type RawField, type RawStatement } from "./syntax.js";
import type { Country, Igo, KbIssue, KbRecords, Org, Person, SourceRef, Term } from "./types.js";

/** Record types a statement header can name. */
export const RECORD_TYPES = [
  "country",
  "territory",
  "igo",
  "org",
  "person",
  "office",
  "term",
  "nonactor",
  "ambiguous",
] as const;

/** Empty record collections. */
export function emptyRecords(): KbRecords {
  return {
    countries: new Map(),
    igos: new Map(),
    orgs: new Map(),
    offices: new Map(),
    people: new Map(),
    terms: new Map(),
    nonActors: new Map(),
    ambiguities: new Map(),
  };
}

/** The key of a term in {@link KbRecords.terms}: its normalised text, plus `@country` when restricted. */
export function termId(t: Term): string {
  return t.country === null ? t.key : `${t.key}@${t.country}`;
}

type Applier<T> = (rec: T, f: RawField, sink: IssueSink, seen: Set<string>) => void;

function applyFields<T>(rec: T, fields: RawField[], apply: Applier<T>, sink: IssueSink): T {
  const seen = new Set<string>();
  for (const f of fields) apply(rec, f, sink, seen);
  return rec;
}

/** Merge one layer of statements into `records`, reporting problems in `issues`. */
export function applyLayer(records: KbRecords, statements: RawStatement[], issues: KbIssue[]): void {
  const defined = new Map<string, SourceRef>();
  const put = <T>(
    map: Map<string, T>,
    type: string,
    id: string,
    rec: T,
    sink: IssueSink,
    line: number,
  ): void => {
    const first = defined.get(`${type}:${id}`);
    if (first !== undefined) {
      sink.error(line, `duplicate ${type} "${id}" (first defined at ${first.file}:${first.line})`);
      return;
    }
    defined.set(`${type}:${id}`, sink.at(line));
    map.set(id, rec);
  };
  const later: RawStatement[] = [];
  for (const st of statements) {
    const sink = new IssueSink(issues, st.file);
    if (st.mode !== "define") {
      later.push(st);
      continue;
    }
    switch (st.type) {
      case "country":
      case "territory": {
        const c = newCountry(st, sink);
        if (c)
          put(
            records.countries,
            "country",
            c.code,
            applyFields(c, st.fields, applyCountryField, sink),
            sink,
            st.line,
          );
        break;
      }
      case "igo": {
        const g = newIgo(st, sink);
        if (g)
          put(records.igos, "igo", g.code, applyFields(g, st.fields, applyIgoField, sink), sink, st.line);
        break;
      }
      case "org": {
        const o = newOrg(st, sink);
        if (!o) break;
        applyFields(o, st.fields, applyOrgField, sink);
        if (o.sectors.length === 0) sink.error(st.line, `org ${o.id} has no sector line`);
        put(records.orgs, "org", o.id, o, sink, st.line);
        break;
      }
      case "person": {
        const p = newPerson(st, sink);
        if (p)
          put(
            records.people,
            "person",
            p.id,
            applyFields(p, st.fields, applyPersonField, sink),
            sink,
            st.line,
          );
        break;
      }
      case "office": {
        const o = newOffice(st, sink);
        if (o) put(records.offices, "office", o.key, o, sink, st.line);
        break;
      }
      case "term":
        for (const t of newTerms(st, sink)) put(records.terms, "term", termId(t), t, sink, st.line);
        break;
      case "nonactor":
        for (const n of newNonActors(st, sink)) {
          put(records.nonActors, "nonactor", `${n.kind}:${n.key}`, n, sink, st.line);
        }
        break;
      case "ambiguous": {
        const a = newAmbiguity(st, sink);
        if (a) put(records.ambiguities, "ambiguous", a.key, a, sink, st.line);
        break;
      }
      default:
        sink.error(st.line, `unknown record type "${st.type}" (want one of ${RECORD_TYPES.join(", ")})`);
    }
  }
  for (const st of later) {
    const sink = new IssueSink(issues, st.file);
    if (st.mode === "extend") extend(records, st, sink);
    else drop(records, st, sink);
  }
}

function extendOne<T>(
  map: Map<string, T>,
  id: string,
  st: RawStatement,
  apply: Applier<T>,
  sink: IssueSink,
): void {
  const rec = map.get(id);
  if (rec === undefined) {
    sink.error(st.line, `extend ${st.type}: no ${st.type} "${id}" to extend`);
    return;
  }
  map.set(id, applyFields(structuredClone(rec), st.fields, apply, sink));
}

function extend(records: KbRecords, st: RawStatement, sink: IssueSink): void {
  const [id, rest] = splitWord(st.rest);
  if (rest !== "") sink.error(st.line, `extend ${st.type} takes only an id, got "${st.rest}"`);
  switch (st.type) {
    case "country":
    case "territory":
      return extendOne<Country>(records.countries, id, st, applyCountryField, sink);
    case "igo":
      return extendOne<Igo>(records.igos, id, st, applyIgoField, sink);
    case "org":
      return extendOne<Org>(records.orgs, id, st, applyOrgField, sink);
    case "person":
      return extendOne<Person>(records.people, id, st, applyPersonField, sink);
    default:
      sink.error(st.line, `cannot extend a ${st.type} (only country, territory, igo, org, person)`);
  }
}

function drop(records: KbRecords, st: RawStatement, sink: IssueSink): void {
  const byId = (map: Map<string, unknown>, id: string): boolean => map.delete(id);
  const byKey = (map: Map<string, { key: string }>, key: string): boolean => {
    let hit = false;
    for (const [id, rec] of map) if (rec.key === key && map.delete(id)) hit = true;
    return hit;
  };
  let removed: boolean;
  switch (st.type) {
    case "country":
    case "territory":
      removed = byId(records.countries, st.rest);
      break;
    case "igo":
      removed = byId(records.igos, st.rest);
      break;
    case "org":
      removed = byId(records.orgs, st.rest);
      break;
    case "person":
      removed = byId(records.people, st.rest);
      break;
    case "office":
      removed = byId(records.offices, st.rest);
      break;
    case "term":
      removed = byKey(records.terms, normalizeName(st.rest));
      break;
    case "nonactor": {
      const [kind, text] = splitWord(st.rest);
      removed = byId(records.nonActors, `${kind}:${normalizeName(text)}`);
      break;
    }
    case "ambiguous":
      removed = byId(records.ambiguities, normalizeName(st.rest));
      break;
    default:
      sink.error(st.line, `cannot drop a ${st.type}`);
      return;
  }
  if (!removed) sink.error(st.line, `drop ${st.type}: nothing named "${st.rest}" to drop`);
}
