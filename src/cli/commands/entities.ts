import type { Command } from "commander";
import { ChanceryError } from "../../errors.js";
import { type StoredEntitySummary, StoredEntities } from "../../store/sqlite/stored-entities.js";
import { type Column, type OutputFormat, renderRows } from "../format.js";
import { choice, DEFAULT_DB, intOption } from "./common.js";

interface EntitiesFlags {
  db: string;
  type?: string;
  country?: string;
  query?: string;
  limit?: string;
  format?: string;
}

const COLUMNS: Column<StoredEntitySummary>[] = [
  { header: "id", get: (e) => e.id, width: 32 },
  { header: "name", get: (e) => e.name, width: 32 },
  { header: "type", get: (e) => e.type },
  { header: "country", get: (e) => e.country ?? "" },
  { header: "sector", get: (e) => e.sector ?? "" },
  { header: "articles", get: (e) => e.articles },
  { header: "mentions", get: (e) => e.mentions },
];

/** `chancery entities [ID]`: browse the linked entities of a ledger database. */
export function registerEntities(program: Command): void {
  program
    .command("entities")
    .description(
      "List stored entities (linked to the actor KB by id, provisional people, unlinked names), or show one with its mentions and articles",
    )
    .argument("[id]", "an entity id (KB id such as sergey-lavrov or CHN, prov:… id, or TYPE:name) to show")
    .option("--db <path>", "SQLite database file", DEFAULT_DB)
    .option("--type <type>", "only this entity type: PER, ORG, COUNTRY, IGO, LOC, MISC")
    .option("--country <code>", "only entities of this country (ISO alpha-3)")
    .option("-q, --query <text>", "case-insensitive substring of the name or id")
    .option("--limit <n>", "how many rows (default 50)")
    .option("--format <fmt>", "table|jsonl|csv (default table)")
    .action((id: string | undefined, f: EntitiesFlags) => {
      const format: OutputFormat = choice("format", f.format, ["table", "jsonl", "csv"] as const, "table");
      const limit = intOption("limit", f.limit, 50);
      if (f.country !== undefined && !/^[A-Za-z]{3}$/.test(f.country))
        throw new ChanceryError("CH_USAGE", `--country must be an ISO alpha-3 code, got "${f.country}"`);
      const store = StoredEntities.open(f.db);
      try {
        if (id !== undefined) {
          const e = store.get(id, limit);
          if (e === null)
            throw new ChanceryError("CH_USAGE", `no stored entity "${id}" (see \`chancery entities\`)`);
          if (format !== "table") {
            process.stdout.write(`${JSON.stringify(e)}\n`);
            return;
          }
          process.stdout.write(
            `${e.name} (${e.id})  type ${e.type}  country ${e.country ?? "-"}  sector ${e.sector ?? "-"}\n` +
              `${e.mentions} mentions in ${e.articles} articles\n` +
              `written as: ${e.forms.map((x) => `${x.text} ×${x.count}`).join(", ")}\n`,
          );
          for (const a of e.articleList) {
            process.stdout.write(
              `  ${String(a.id).padStart(6)}  ${a.publishedAt?.slice(0, 10) ?? "          "}  ×${a.mentions}  ${a.title ?? a.docId}\n`,
            );
          }
          return;
        }
        const rows = store.list({
          ...(f.type ? { type: f.type } : {}),
          ...(f.country ? { country: f.country.toUpperCase() } : {}),
          ...(f.query ? { query: f.query } : {}),
          limit,
        });
        process.stdout.write(renderRows(rows, COLUMNS, format, (e) => e));
        if (format === "table") process.stdout.write(`${rows.length} entities\n`);
      } finally {
        store.close();
      }
    });
}
