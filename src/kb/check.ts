/**
 * Whole-knowledge-base checks, run once every layer is merged: references
 * resolve (countries, IGOs, offices, organisations), tenures are ordered and
 * end by a holder's death, single-holder offices have one holder at a time,
 * and names shared by different records are listed as ambiguous.
 */
import type { KbDate } from "./dates.js";
import { normalizeName } from "./normalize.js";
import type { KbIssue, KbRecords, Person, Role, SourceRef } from "./types.js";

const at = (s: SourceRef): string => `${s.file}:${s.line}`;

function issue(out: KbIssue[], severity: KbIssue["severity"], src: SourceRef, message: string): void {
  out.push({ severity, file: src.file, line: src.line, message });
}

/** Whether `a` surely ends before `b` may start (`[a, b]` written as ordered dates). */
const surelyBefore = (a: KbDate, b: KbDate): boolean => a.hi < b.lo;

/** Whether two tenures surely share a day; a handover day (end = next start) is not an overlap. */
function surelyOverlap(a: Role, b: Role): boolean {
  const aEndsAfterBStarts = a.end === null || b.start.hi < a.end.lo;
  const bEndsAfterAStarts = b.end === null || a.start.hi < b.end.lo;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}

const span = (r: Role): string => `${r.start.text} to ${r.end === null ? "now" : r.end.text}`;

/** Check every person's roles and the single-holder offices; push issues to `out`. */
function checkPeople(r: KbRecords, out: KbIssue[]): void {
  const single = new Map<string, { person: Person; role: Role }[]>();
  const isPlace = (code: string): boolean => r.countries.has(code) || r.igos.has(code);
  for (const p of r.people.values()) {
    if (p.roles.length === 0) issue(out, "warning", p.source, `person ${p.id} has no roles`);
    for (const role of p.roles) {
      const src = role.source;
      if (!isPlace(role.where)) issue(out, "error", src, `unknown country or IGO code "${role.where}"`);
      const office = r.offices.get(role.office);
      if (office === undefined) issue(out, "error", src, `unknown office "${role.office}"`);
      if (role.org !== null && !r.orgs.has(role.org)) issue(out, "error", src, `unknown org "@${role.org}"`);
      if (role.end !== null && surelyBefore(role.end, role.start)) {
        issue(out, "error", src, `role ends (${role.end.text}) before it starts (${role.start.text})`);
      }
      if (p.died !== null) {
        if (surelyBefore(p.died, role.start)) {
          issue(out, "error", src, `role starts after ${p.id} died (${p.died.text})`);
        } else if (role.end === null) {
          issue(out, "error", src, `role has no end but ${p.id} died on ${p.died.text}`);
        } else if (surelyBefore(p.died, role.end)) {
          issue(out, "error", src, `role ends (${role.end.text}) after ${p.id} died (${p.died.text})`);
        }
      }
      if (office?.single && !role.shared) {
        const key = `${role.where}|${role.office}|${role.acting ? "acting" : "full"}`;
        const list = single.get(key) ?? [];
        list.push({ person: p, role });
        single.set(key, list);
      }
    }
  }
  for (const list of single.values()) {
    list.sort((a, b) => (a.role.start.lo < b.role.start.lo ? -1 : a.role.start.lo > b.role.start.lo ? 1 : 0));
    for (let j = 1; j < list.length; j++) {
      const b = list[j];
      if (b === undefined) continue;
      for (let i = 0; i < j; i++) {
        const a = list[i];
        if (a === undefined || !surelyOverlap(a.role, b.role)) continue;
        const what = `${b.role.office} of ${b.role.where}`;
        issue(
          out,
          "error",
          b.role.source,
          `overlapping tenure: ${b.person.id} holds ${what} ${span(b.role)} while ${a.person.id} holds it ` +
            `${span(a.role)} (${at(a.role.source)}); mark one "acting" or "shared" if that is right`,
        );
      }
    }
  }
}

/** Check references of countries, IGOs, organisations and the lexicon. */
function checkReferences(r: KbRecords, out: KbIssue[]): void {
  for (const c of r.countries.values()) {
    if (c.sovereign !== null) {
      const s = r.countries.get(c.sovereign);
      if (s === undefined) issue(out, "error", c.source, `unknown sovereign country code "${c.sovereign}"`);
      else if (s.kind !== "country")
        issue(out, "error", c.source, `sovereign ${c.sovereign} is not a country`);
    }
  }
  for (const g of r.igos.values()) {
    if (r.countries.has(g.code)) issue(out, "error", g.source, `code ${g.code} is both a country and an IGO`);
    for (const m of g.members) {
      if (!r.countries.has(m))
        issue(out, "error", g.source, `igo ${g.code}: unknown member country code "${m}"`);
    }
    if (g.parent !== null && !r.igos.has(g.parent)) {
      issue(out, "error", g.source, `igo ${g.code}: unknown parent "${g.parent}"`);
    }
    const chain = new Set([g.code]);
    for (let p = g.parent; p !== null; p = r.igos.get(p)?.parent ?? null) {
      if (chain.has(p)) {
        issue(out, "error", g.source, `igo ${g.code}: parent chain loops through ${p}`);
        break;
      }
      chain.add(p);
    }
  }
  for (const o of r.orgs.values()) {
    if (o.country !== null && !r.countries.has(o.country)) {
      issue(out, "error", o.source, `org ${o.id}: unknown country code "${o.country}"`);
    }
    for (const s of o.sectors) {
      if (s.start !== null && s.end !== null && surelyBefore(s.end, s.start)) {
        issue(
          out,
          "error",
          s.source,
          `sector period ends (${s.end.text}) before it starts (${s.start.text})`,
        );
      }
    }
  }
  for (const t of r.terms.values()) {
    if (t.office !== null && !r.offices.has(t.office))
      issue(out, "error", t.source, `unknown office "${t.office}"`);
    if (t.country !== null && !r.countries.has(t.country)) {
      issue(out, "error", t.source, `unknown country code "${t.country}"`);
    }
  }
  for (const a of r.ambiguities.values()) {
    for (const s of a.senses) {
      if (s.ref === null) continue;
      const known =
        s.kind === "country"
          ? r.countries.has(s.ref)
          : s.kind === "igo"
            ? r.igos.has(s.ref)
            : s.kind === "org"
              ? r.orgs.has(s.ref)
              : s.kind === "person"
                ? r.people.has(s.ref)
                : r.countries.has(s.ref) || r.igos.has(s.ref) || r.orgs.has(s.ref) || r.people.has(s.ref);
      if (!known) issue(out, "error", a.source, `ambiguous "${a.text}": unknown ${s.kind} "${s.ref}"`);
    }
  }
}

/** Names every entity answers to, with the entity and where it was defined. */
function nameOwners(r: KbRecords): Map<string, Map<string, SourceRef>> {
  const owners = new Map<string, Map<string, SourceRef>>();
  const add = (names: string[], id: string, src: SourceRef): void => {
    for (const n of names) {
      const key = normalizeName(n);
      if (key === "") continue;
      const m = owners.get(key) ?? new Map<string, SourceRef>();
      if (!m.has(id)) m.set(id, src);
      owners.set(key, m);
    }
  };
  for (const c of r.countries.values())
    add([c.name, ...(c.official ? [c.official] : []), ...c.aliases], c.code, c.source);
  for (const g of r.igos.values()) add([g.name, ...g.aliases], g.code, g.source);
  for (const o of r.orgs.values()) add([o.name, ...o.aliases], o.id, o.source);
  for (const p of r.people.values()) add([p.name, ...p.aliases], p.id, p.source);
  return owners;
}

/** Warn about names shared by several records and not listed as ambiguous, and misspellings that are real names. */
function checkNames(r: KbRecords, out: KbIssue[]): void {
  const owners = nameOwners(r);
  for (const [key, m] of owners) {
    if (m.size < 2 || r.ambiguities.has(key)) continue;
    const ids = [...m.keys()];
    const last = [...m.values()].at(-1);
    if (last) {
      issue(out, "warning", last, `name "${key}" belongs to ${ids.join(", ")}; list it as ambiguous`);
    }
  }
  const misspelt: { names: string[]; src: SourceRef }[] = [
    ...[...r.countries.values()].map((c) => ({ names: c.misspellings, src: c.source })),
    ...[...r.igos.values()].map((g) => ({ names: g.misspellings, src: g.source })),
    ...[...r.orgs.values()].map((o) => ({ names: o.misspellings, src: o.source })),
    ...[...r.people.values()].map((p) => ({ names: p.misspellings, src: p.source })),
  ];
  for (const { names, src } of misspelt) {
    for (const n of names) {
      const owned = owners.get(normalizeName(n));
      if (owned)
        issue(out, "warning", src, `misspelling "${n}" is a true name of ${[...owned.keys()].join(", ")}`);
    }
  }
}

/** Warn about non-actor phrases that contain no country name, adjective or seat (likely typos). */
function checkNonActors(r: KbRecords, out: KbIssue[]): void {
  const words = new Set<string>();
  for (const c of r.countries.values()) {
    for (const n of [c.name, ...c.aliases, ...c.adjectives, ...c.demonyms, ...c.seats.map((s) => s.name)]) {
      words.add(normalizeName(n));
    }
  }
  for (const n of r.nonActors.values()) {
    if (n.kind !== "phrase") continue;
    const tokens = n.key.split(" ");
    let found = false;
    for (let i = 0; i < tokens.length && !found; i++) {
      for (let j = i + 1; j <= tokens.length && !found; j++) found = words.has(tokens.slice(i, j).join(" "));
    }
    if (!found)
      issue(out, "warning", n.source, `non-actor phrase "${n.text}" names no country, adjective or seat`);
  }
}

/** Run every whole-knowledge-base check, appending issues to `out`. */
export function checkRecords(r: KbRecords, out: KbIssue[]): void {
  checkReferences(r, out);
  checkPeople(r, out);
  checkNames(r, out);
  checkNonActors(r, out);
}
