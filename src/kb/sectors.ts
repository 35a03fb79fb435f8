/**
 * Sector codes: what part of a society an actor belongs to. The set follows
 * PLOVER's agent types (GOV, MIL, REB, OPP, PTY, COP, JUD, SPY, MED, EDU, BUS,
 * CRM, CVL) plus the CAMEO roles news coding still needs (LEG, REL, LAB, HLH,
 * REF, ELI, UAF) and the organisation types IGO and NGO.
 */
export const SECTORS = {
  GOV: "government: executive, ministries, diplomats, state officials",
  MIL: "military: armed forces, troops, military commanders, defence forces",
  COP: "police and internal security forces, coast guard, border guards",
  JUD: "judiciary: courts, judges, prosecutors",
  LEG: "legislature: parliament, lawmakers, senators",
  SPY: "intelligence services",
  OPP: "political opposition (non-violent)",
  PTY: "political parties",
  REB: "rebels, insurgents, militants, armed non-state groups",
  UAF: "armed forces of unclear allegiance, militias, mercenaries",
  CRM: "criminals, gangs, cartels, pirates",
  CVL: "civilians, protesters, the public, activists",
  BUS: "business, companies, markets",
  MED: "media, journalists, news agencies",
  EDU: "education, universities, students, scholars",
  REL: "religious bodies and leaders",
  LAB: "labour unions and workers",
  HLH: "health workers and bodies",
  REF: "refugees and displaced people",
  ELI: "elites: former officials, royals without office, prominent figures",
  IGO: "intergovernmental organisations and their officials",
  NGO: "non-governmental organisations",
} as const;

/** A sector code, e.g. `GOV`. */
export type Sector = keyof typeof SECTORS;

/** Whether `code` is a known sector code. */
export function isSector(code: string): code is Sector {
  return Object.hasOwn(SECTORS, code);
}
