import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { EventStatus } from "../doc/types.js";
import { ChanceryError } from "../errors.js";

/** A hand-labelled event of the sample corpus (see docs/gold.md). */
export interface GoldEvent {
  actor: string[];
  recipient: string[];
  plover: string;
  cameo: string;
  status: EventStatus;
  date: string;
  precision: string;
  date_stated: boolean;
  trigger: string;
  sentence: string;
}

/** A sentence that must not yield an occurred event. */
export interface GoldTrap {
  sentence: string;
  why: string;
}

/** The gold of one article. */
export interface GoldArticle {
  id: string;
  published_at: string;
  events: GoldEvent[];
  traps: GoldTrap[];
}

const STATUSES = new Set(["occurred", "planned", "canceled", "negated", "hypothetical"]);

/** Read every `*.jsonl` gold file in a folder, validating each line. */
export function readGold(dir: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  const ids = new Set<string>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".jsonl"))
    .sort()) {
    const lines = readFileSync(join(dir, name), "utf8").split("\n");
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const item = `${name}:${i + 1}`;
      let rec: GoldArticle;
      try {
        rec = JSON.parse(line) as GoldArticle;
      } catch (err) {
        throw new ChanceryError("CH_DATA_INVALID", `gold line is not JSON: ${(err as Error).message}`, {
          item,
        });
      }
      if (typeof rec.id !== "string" || !Array.isArray(rec.events)) {
        throw new ChanceryError("CH_DATA_INVALID", "gold record needs a string id and an events array", {
          item,
        });
      }
      if (ids.has(rec.id))
        throw new ChanceryError("CH_DATA_INVALID", `duplicate gold id ${rec.id}`, { item });
      ids.add(rec.id);
      for (const e of rec.events) {
        if (!STATUSES.has(e.status) || typeof e.plover !== "string" || !Array.isArray(e.actor)) {
          throw new ChanceryError("CH_DATA_INVALID", `bad gold event ${JSON.stringify(e).slice(0, 120)}`, {
            item,
          });
        }
      }
      rec.traps = rec.traps ?? [];
      out.push(rec);
    });
  }
  return out;
}
