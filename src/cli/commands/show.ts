import type { Command } from "commander";
import type { Doc } from "../../doc/doc.js";
import { ChanceryError } from "../../errors.js";
import { openStore } from "../../store/open.js";
import { DEFAULT_DB } from "./common.js";

/** Serialise a Doc for JSON output (its `layers` set becomes a list). */
export function docToJson(doc: Doc): Record<string, unknown> {
  return { ...doc, layers: [...doc.layers] };
}

/** A plain-text audit view of a stored document: metadata, text, and every annotation with its offsets. */
export function renderDoc(doc: Doc, articleId: number, showRemoved: boolean): string {
  const out: string[] = [];
  const from = (k: string) => (doc.provenance[k] ? ` (from ${doc.provenance[k]})` : "");
  out.push(`article ${articleId} · doc ${doc.id} · source ${doc.source}`);
  if (doc.title) out.push(`title: ${doc.title}${from("title")}`);
  if (doc.url) out.push(`url: ${doc.url}${from("url")}`);
  out.push(
    `published: ${doc.published_at ?? "unknown"}${from("published_at")}  language: ${doc.language ?? "unknown"}`,
  );
  out.push(`layers: ${[...doc.layers].join(", ")}`);
  for (const w of doc.warnings) out.push(`warning ${w.code}: ${w.message}`);
  out.push("", "── text ──", doc.text, "");
  if (doc.events.length) {
    out.push("── events ──");
    for (const e of doc.events) {
      const who = (a: typeof e.actor) =>
        a.map((x) => `${x.text}[${x.country ?? "?"}${x.sector ? `:${x.sector}` : ""}]`).join(" + ");
      out.push(
        `${e.status.padEnd(12)} ${e.plover.type} (CAMEO ${e.cameo}, Goldstein ${e.goldstein}) ${who(e.actor)} → ${who(e.recipient) || "–"}` +
          ` · date ${e.date.value}${e.date.stated ? ` stated "${e.date.text ?? ""}"` : " implied"}`,
        `             evidence [${e.evidence.start}-${e.evidence.end}] rule ${e.evidence.rule} trigger "${e.evidence.trigger}": ${e.evidence.sentence}`,
      );
    }
    out.push("");
  }
  if (doc.entities.length) {
    out.push("── entities ──");
    for (const en of doc.entities) {
      out.push(
        `${en.type.padEnd(5)} ${en.name}${en.country ? ` [${en.country}${en.sector ? `:${en.sector}` : ""}]` : ""} · ${en.mentions.map((m) => `${m.start}-${m.end}`).join(" ")}`,
      );
    }
    out.push("");
  }
  if (doc.times.length) {
    out.push("── times ──");
    for (const t of doc.times) out.push(`${t.start}-${t.end} "${t.text}" → ${t.value} (${t.type})`);
    out.push("");
  }
  if (doc.places.length) {
    out.push("── places ──");
    for (const p of doc.places) out.push(`${p.start}-${p.end} "${p.text}" → ${p.name}, ${p.country ?? "?"}`);
    out.push("");
  }
  out.push(
    `sentences: ${doc.sentences.length}  tokens: ${doc.tokens.length}  removed spans: ${doc.removed.length}`,
  );
  if (showRemoved && doc.removed.length) {
    out.push("", "── removed by the cleaner ──");
    for (const r of doc.removed)
      out.push(`[${r.reason}] ${r.text.length > 200 ? `${r.text.slice(0, 199)}…` : r.text}`);
  }
  return `${out.join("\n")}\n`;
}

/** `chancery show ID` — one stored article with all its annotations, for auditing. */
export function registerShow(program: Command): void {
  program
    .command("show")
    .description(
      "Show one stored article (by numeric article id or document id) with its annotations and evidence",
    )
    .argument("<id>", "article id (number) or document id (latest version)")
    .option("--db <path>", "SQLite database file", DEFAULT_DB)
    .option("--removed", "also list what the cleaner removed, and why")
    .option("--json", "the whole document as JSON")
    .action(async (id: string, f: { db: string; removed?: boolean; json?: boolean }) => {
      const store = await openStore(f.db);
      try {
        let articleId = /^\d+$/.test(id) ? Number(id) : null;
        if (articleId === null) {
          const versions = await store.listArticles({ docId: id, limit: 1000 });
          const latest = versions.sort((a, b) => b.version - a.version)[0];
          articleId = latest?.id ?? null;
        }
        const doc = articleId === null ? null : await store.loadDoc(articleId);
        if (!doc || articleId === null) throw new ChanceryError("CH_USAGE", `no stored article "${id}"`);
        process.stdout.write(
          f.json ? `${JSON.stringify(docToJson(doc))}\n` : renderDoc(doc, articleId, f.removed === true),
        );
      } finally {
        await store.close();
      }
    });
}
