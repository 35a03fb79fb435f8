/**
 * The event taxonomy: every CAMEO code with its name, QuadClass, Goldstein
 * value and PLOVER type/mode/context, read from `data/events/cameo.tsv`
 * once per process.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ChanceryError } from "../errors.js";
import { packageRoot } from "../util/paths.js";

/** The sixteen PLOVER event types. */
export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "COOPERATE",
  "AID",
  "CONCEDE",
  "RETREAT",
  "ACCUSE",
  "REQUEST",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "MOBILIZE",
  "SANCTION",
  "COERCE",
  "ASSAULT",
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** One CAMEO code and what it maps to. */
export interface CameoCode {
  code: string;
  name: string;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: number;
  goldstein: number;
  /** PLOVER type, or null for codes PLOVER drops (CAMEO 01x statements). */
  ploverType: PloverType | null;
  ploverMode: string | null;
  ploverContext: string[];
}

/** The loaded taxonomy. */
export class Taxonomy {
  private readonly byCode = new Map<string, CameoCode>();

  constructor(codes: readonly CameoCode[]) {
    for (const c of codes) this.byCode.set(c.code, c);
  }

  /** The entry for a code, or undefined. */
  get(code: string): CameoCode | undefined {
    return this.byCode.get(code);
  }

  /** The entry for a code; throws `CH_DATA_INVALID` for an unknown one. */
  require(code: string, where: string): CameoCode {
    const c = this.byCode.get(code);
    if (!c) throw new ChanceryError("CH_DATA_INVALID", `${where}: unknown CAMEO code "${code}"`);
    return c;
  }

  /** Every code, in file order. */
  all(): CameoCode[] {
    return [...this.byCode.values()];
  }
}

/** Parse the taxonomy file format (see the header of `data/events/cameo.tsv`). */
export function parseTaxonomy(text: string, file: string): Taxonomy {
  const codes: CameoCode[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "" || line.startsWith("#")) continue;
    const f = line.split("\t");
    const where = `${file}:${i + 1}`;
    if (f.length !== 7) {
      throw new ChanceryError(
        "CH_DATA_INVALID",
        `${where}: expected 7 tab-separated columns, found ${f.length}`,
      );
    }
    const [code = "", quad = "", gold = "", type = "", mode = "", context = "", name = ""] = f;
    if (!/^\d{2,4}$/.test(code)) throw new ChanceryError("CH_DATA_INVALID", `${where}: bad code "${code}"`);
    const quadClass = Number(quad);
    const goldstein = Number(gold);
    if (![1, 2, 3, 4].includes(quadClass) || !Number.isFinite(goldstein) || Math.abs(goldstein) > 10) {
      throw new ChanceryError("CH_DATA_INVALID", `${where}: bad QuadClass "${quad}" or Goldstein "${gold}"`);
    }
    if (type !== "-" && !(PLOVER_TYPES as readonly string[]).includes(type)) {
      throw new ChanceryError("CH_DATA_INVALID", `${where}: unknown PLOVER type "${type}"`);
    }
    codes.push({
      code,
      name,
      quadClass,
      goldstein,
      ploverType: type === "-" ? null : (type as PloverType),
      ploverMode: mode === "-" ? null : mode,
      ploverContext: context === "-" ? [] : context.split("|"),
    });
  }
  return new Taxonomy(codes);
}

let cached: Taxonomy | null = null;

/** The shipped taxonomy, read once per process. */
export function loadTaxonomy(): Taxonomy {
  if (!cached) {
    const file = join(packageRoot(), "data", "events", "cameo.tsv");
    cached = parseTaxonomy(readFileSync(file, "utf8"), file);
  }
  return cached;
}
