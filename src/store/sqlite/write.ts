import type Database from "better-sqlite3";
import type { Doc } from "../../doc/doc.js";
import type { Actor, EventMention } from "../../doc/types.js";
import { ChanceryError } from "../../errors.js";
import type { PutResult } from "../store.js";
import { dayRange } from "./dates.js";
import { sourceOrigin } from "./source.js";

type Statement = Database.Statement;

/** Numeric row id from better-sqlite3's `lastInsertRowid`. */
function rowId(info: Database.RunResult): number {
  return Number(info.lastInsertRowid);
}

/**
 * Writes one processed document and every layer hanging off it inside a
 * single `BEGIN IMMEDIATE` transaction (the write lock is taken before the
 * duplicate and version checks, so concurrent writers cannot race them).
 */
export class ArticleWriter {
  private readonly findByHash: Statement;
  private readonly latestForUrl: Statement;
  private readonly addSource: Statement;
  private readonly findSource: Statement;
  private readonly insertArticle: Statement;
  private readonly retire: Statement;
  private readonly insertTokens: Statement;
  private readonly insertSentence: Statement;
  private readonly insertEntity: Statement;
  private readonly insertMention: Statement;
  private readonly insertTime: Statement;
  private readonly insertPlace: Statement;
  private readonly insertEvent: Statement;
  private readonly insertActor: Statement;
  private readonly transaction: (doc: Doc, contentHash: string) => PutResult;

  constructor(db: Database.Database) {
    this.findByHash = db.prepare("SELECT id, version FROM articles WHERE content_hash = ?");
    this.latestForUrl = db.prepare(
      "SELECT id, version FROM articles WHERE url = ? ORDER BY version DESC LIMIT 1",
    );
    this.addSource = db.prepare(
      "INSERT INTO sources (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
    );
    this.findSource = db.prepare("SELECT id FROM sources WHERE name = ?");
    this.insertArticle = db.prepare(`INSERT INTO articles (doc_id, source_id, source_label, url, title,
        published_at, published_start, published_end, language, raw_kind, content_hash, version, supersedes,
        layers, warnings, provenance, removed, timings, ingested_at, text, raw)
      VALUES (@doc_id, @source_id, @source_label, @url, @title, @published_at, @published_start, @published_end,
        @language, @raw_kind, @content_hash, @version, @supersedes, @layers, @warnings, @provenance, @removed,
        @timings, @ingested_at, @text, @raw)`);
    this.retire = db.prepare("UPDATE articles SET is_current = 0 WHERE id = ?");
    this.insertTokens = db.prepare("INSERT INTO article_tokens (article_id, tokens) VALUES (?, ?)");
    this.insertSentence = db.prepare(
      "INSERT INTO sentences (article_id, idx, start_offset, end_offset) VALUES (?, ?, ?, ?)",
    );
    this.insertEntity = db.prepare(
      "INSERT INTO entities (article_id, idx, key, name, type, country, sector) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    this.insertMention = db.prepare(
      "INSERT INTO entity_mentions (entity_id, idx, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)",
    );
    this.insertTime =
      db.prepare(`INSERT INTO times (article_id, idx, start_offset, end_offset, text, value, type,
      precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertPlace = db.prepare(`INSERT INTO places (article_id, idx, start_offset, end_offset, text, name,
      country, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertEvent = db.prepare(`INSERT INTO events (article_id, idx, cameo, cameo_root, plover_type,
        plover_mode, plover_context, goldstein, quad_class, status, date_value, date_precision, date_stated,
        date_text, date_start, date_end, location_name, location_country, location_lat, location_lon,
        evidence_sentence, evidence_start, evidence_end, evidence_trigger, evidence_rule, confidence)
      VALUES (@article_id, @idx, @cameo, @cameo_root, @plover_type, @plover_mode, @plover_context, @goldstein,
        @quad_class, @status, @date_value, @date_precision, @date_stated, @date_text, @date_start, @date_end,
        @location_name, @location_country, @location_lat, @location_lon, @evidence_sentence, @evidence_start,
        @evidence_end, @evidence_trigger, @evidence_rule, @confidence)`);
    this.insertActor =
      db.prepare(`INSERT INTO event_actors (event_id, role, idx, text, name, entity_id, country,
      sector) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const transaction = db.transaction((doc: Doc, contentHash: string) => this.write(doc, contentHash));
    this.transaction = (doc, contentHash) => transaction.immediate(doc, contentHash);
  }

  /**
   * Store `doc` under `contentHash`: skipped when the hash is already stored,
   * a new version when its URL is already stored, otherwise inserted.
   *
   * @throws ChanceryError `CH_STORE_WRITE` naming the document; nothing is written then.
   */
  put(doc: Doc, contentHash: string): PutResult {
    try {
      if (typeof contentHash !== "string" || contentHash === "") {
        throw new Error("the content hash is empty");
      }
      return this.transaction(doc, contentHash);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new ChanceryError("CH_STORE_WRITE", `document ${doc.id} was not stored: ${detail}`, {
        item: doc.id,
        cause: err,
      });
    }
  }

  private write(doc: Doc, contentHash: string): PutResult {
    const same = this.findByHash.get(contentHash) as { id: number; version: number } | undefined;
    if (same) return { status: "skipped", articleId: same.id, version: same.version };

    const previous =
      doc.url === null || doc.url === undefined
        ? undefined
        : (this.latestForUrl.get(doc.url) as { id: number; version: number } | undefined);
    if (previous) this.retire.run(previous.id);

    const now = new Date().toISOString();
    const origin = sourceOrigin(doc.source);
    this.addSource.run(origin, now);
    const source = this.findSource.get(origin) as { id: number };
    const published = doc.published_at ? dayRange(doc.published_at) : null;
    const version = previous ? previous.version + 1 : 1;

    const articleId = rowId(
      this.insertArticle.run({
        doc_id: doc.id,
        source_id: source.id,
        source_label: doc.source,
        url: doc.url ?? null,
        title: doc.title ?? null,
        published_at: doc.published_at ?? null,
        published_start: published?.start ?? null,
        published_end: published?.end ?? null,
        language: doc.language ?? null,
        raw_kind: doc.rawKind,
        content_hash: contentHash,
        version,
        supersedes: previous?.id ?? null,
        layers: JSON.stringify([...doc.layers]),
        warnings: JSON.stringify(doc.warnings),
        provenance: JSON.stringify(doc.provenance),
        removed: JSON.stringify(doc.removed),
        timings: JSON.stringify(doc.timings),
        ingested_at: now,
        text: doc.text,
        raw: doc.raw,
      }),
    );
    this.writeLayers(articleId, doc);
    doc.events.forEach((event, idx) => {
      this.writeEvent(articleId, idx, event);
    });
    return { status: previous ? "version" : "inserted", articleId, version };
  }

  private writeLayers(articleId: number, doc: Doc): void {
    if (doc.tokens.length > 0) this.insertTokens.run(articleId, JSON.stringify(doc.tokens));
    doc.sentences.forEach((s, idx) => {
      this.insertSentence.run(articleId, idx, s.start, s.end);
    });
    doc.entities.forEach((entity, idx) => {
      const entityRow = rowId(
        this.insertEntity.run(
          articleId,
          idx,
          entity.id,
          entity.name,
          entity.type,
          entity.country ?? null,
          entity.sector ?? null,
        ),
      );
      entity.mentions.forEach((m, mIdx) => {
        this.insertMention.run(entityRow, mIdx, m.start, m.end, m.text);
      });
    });
    doc.times.forEach((t, idx) => {
      this.insertTime.run(articleId, idx, t.start, t.end, t.text, t.value, t.type, t.precision ?? null);
    });
    doc.places.forEach((p, idx) => {
      this.insertPlace.run(articleId, idx, p.start, p.end, p.text, p.name, p.country ?? null, p.lat, p.lon);
    });
  }

  private writeEvent(articleId: number, idx: number, event: EventMention): void {
    const range = typeof event.date?.value === "string" ? dayRange(event.date.value) : null;
    const eventId = rowId(
      this.insertEvent.run({
        article_id: articleId,
        idx,
        cameo: event.cameo ?? null,
        // The root (cue) category: the first two digits of the CAMEO code.
        cameo_root: typeof event.cameo === "string" ? event.cameo.slice(0, 2) : null,
        plover_type: event.plover?.type ?? null,
        plover_mode: event.plover?.mode ?? null,
        plover_context: JSON.stringify(event.plover?.context ?? []),
        goldstein: event.goldstein ?? null,
        quad_class: event.quad_class ?? null,
        status: event.status ?? null,
        date_value: event.date?.value ?? null,
        date_precision: event.date?.precision ?? null,
        date_stated: event.date?.stated === true ? 1 : 0,
        date_text: event.date?.text ?? null,
        date_start: range?.start ?? null,
        date_end: range?.end ?? null,
        location_name: event.location?.name ?? null,
        location_country: event.location?.country ?? null,
        location_lat: event.location?.lat ?? null,
        location_lon: event.location?.lon ?? null,
        evidence_sentence: event.evidence?.sentence ?? null,
        evidence_start: event.evidence?.start ?? null,
        evidence_end: event.evidence?.end ?? null,
        evidence_trigger: event.evidence?.trigger ?? null,
        evidence_rule: event.evidence?.rule ?? null,
        confidence: event.confidence ?? null,
      }),
    );
    const writeActors = (role: "actor" | "recipient", actors: readonly Actor[]): void => {
      actors.forEach((a, aIdx) => {
        this.insertActor.run(
          eventId,
          role,
          aIdx,
          a.text,
          a.name ?? null,
          a.entity_id ?? null,
          a.country ?? null,
          a.sector ?? null,
        );
      });
    };
    writeActors("actor", event.actor);
    writeActors("recipient", event.recipient);
  }
}
