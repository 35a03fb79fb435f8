/**
 * What a linked knowledge-base record contributes to an actor on a given
 * day: its canonical name, entity type, country and sector.
 */
import type { EntityRef, KnowledgeBase, Role } from "../kb/index.js";

/** The actor reading of a record on a day. */
export interface RecordFacts {
  /** Entity type: PER, ORG, IGO or COUNTRY. */
  type: string;
  name: string;
  country: string | null;
  sector: string | null;
}

const TYPE_OF: Record<EntityRef["type"], string> = {
  person: "PER",
  org: "ORG",
  igo: "IGO",
  country: "COUNTRY",
};

/**
 * The role that best describes a person on `day`: a role held then (full
 * before acting, single-holder offices before shared ones), else null.
 */
export function currentRole(kb: KnowledgeBase, personId: string, day: string): Role | null {
  const roles = kb.rolesAt(personId, day);
  if (roles.length === 0) return null;
  // Full before acting, single-holder offices before shared ones, government roles before others, latest first.
  const rank = (r: Role): number =>
    (r.acting ? 4 : 0) +
    (kb.offices.get(r.office)?.single === true ? 0 : 2) +
    (r.sector === "GOV" ? 0 : 1) +
    (kb.countries.has(r.where) ? 0 : 8);
  return [...roles].sort((a, b) => rank(a) - rank(b) || (a.start.lo < b.start.lo ? 1 : -1))[0]!;
}

/** Country or IGO code → (country, sector) of someone holding a role there. */
function placeOf(kb: KnowledgeBase, where: string): string | null {
  return kb.countries.has(where) ? where : null;
}

/**
 * Name, type, country and sector of `ref` on `day`. A person takes the
 * country and sector of the role held that day; a former office holder the
 * country of the latest earlier role and sector `ELI`; someone whose
 * recorded roles all start later the country of the first of them and no
 * sector; an IGO (or an IGO official) country null and sector `IGO`; an
 * organisation its home country and its sector on that day; a country its
 * code and no sector.
 */
export function factsOf(kb: KnowledgeBase, ref: EntityRef, day: string): RecordFacts {
  const type = TYPE_OF[ref.type];
  switch (ref.type) {
    case "country":
      return { type, name: ref.name, country: ref.id, sector: null };
    case "igo":
      return { type, name: ref.name, country: null, sector: "IGO" };
    case "org": {
      const org = kb.orgs.get(ref.id);
      return { type, name: ref.name, country: org?.country ?? null, sector: kb.sectorOf(ref.id, day) };
    }
    case "person": {
      const role = currentRole(kb, ref.id, day);
      if (role !== null) {
        const country = placeOf(kb, role.where);
        return { type, name: ref.name, country, sector: country === null ? "IGO" : role.sector };
      }
      const past = (kb.people.get(ref.id)?.roles ?? [])
        .filter((r) => r.start.lo <= day)
        .sort((a, b) => (a.start.lo < b.start.lo ? 1 : -1))[0];
      if (past !== undefined)
        return { type, name: ref.name, country: placeOf(kb, past.where), sector: "ELI" };
      // Not yet in office: the country of the first role is still the person's
      // country (a mention such as "Israeli President Moshe Katsav" on a day
      // before the term the knowledge base records), but no sector is claimed.
      const first = (kb.people.get(ref.id)?.roles ?? [])
        .filter((r) => kb.countries.has(r.where))
        .sort((a, b) => (a.start.lo < b.start.lo ? -1 : 1))[0];
      return { type, name: ref.name, country: first === undefined ? null : first.where, sector: null };
    }
  }
}
