/** Schemas of events and articles as the API returns them (snake_case, as in the extract contract). */
import { type JsonSchema, nullable, ref, STATUSES } from "./common.js";

const span = { start: { type: "integer" }, end: { type: "integer" } };

export const ActorSchema: JsonSchema = {
  $id: "Actor",
  type: "object",
  required: ["text", "country", "sector"],
  properties: {
    text: { type: "string", description: "The words that name the actor." },
    name: { type: "string" },
    entity_id: { type: "string", description: "The document's id of the entity it refers to." },
    country: nullable("string", { description: "ISO alpha-3 code, null when unknown or international." }),
    sector: nullable("string", { description: "PLOVER agent/sector code (GOV, MIL, CVL, IGO …)." }),
  },
};

export const EventSchema: JsonSchema = {
  $id: "Event",
  type: "object",
  description: "A coded event mention of a current article version, with its evidence.",
  required: [
    "id",
    "article_id",
    "doc_id",
    "actor",
    "recipient",
    "cameo",
    "plover",
    "goldstein",
    "quad_class",
  ],
  properties: {
    id: { type: "integer" },
    article_id: { type: "integer" },
    doc_id: { type: "string" },
    actor: { type: "array", items: ref("Actor") },
    recipient: { type: "array", items: ref("Actor") },
    cameo: { type: "string", examples: ["042"] },
    plover: {
      type: "object",
      properties: {
        type: { type: "string" },
        mode: nullable("string"),
        context: { type: "array", items: { type: "string" } },
      },
    },
    goldstein: { type: "number" },
    quad_class: { type: "integer", description: "1 verbal co-operation … 4 material conflict." },
    status: { type: "string", enum: [...STATUSES] },
    date: {
      type: "object",
      properties: {
        value: { type: "string" },
        precision: { type: "string" },
        stated: { type: "boolean" },
        text: { type: "string" },
      },
    },
    location: nullable("object", {
      properties: {
        name: { type: "string" },
        country: nullable("string"),
        lat: nullable("number"),
        lon: nullable("number"),
      },
    }),
    evidence: {
      type: "object",
      description:
        "The sentence stating the event, its offsets in the article's clean text, the trigger and the rule.",
      properties: {
        sentence: { type: "string" },
        ...span,
        trigger: { type: "string" },
        rule: { type: "string" },
      },
    },
    confidence: { type: "number" },
  },
};

const articleRefProperties: Record<string, JsonSchema> = {
  id: { type: "integer" },
  doc_id: { type: "string" },
  source: { type: "string" },
  url: nullable("string"),
  title: nullable("string"),
  published_at: nullable("string"),
  version: { type: "integer" },
  is_current: { type: "boolean" },
  link: { type: "string", description: "API path of the article." },
};

export const ArticleRefSchema: JsonSchema = {
  $id: "ArticleRef",
  type: "object",
  required: Object.keys(articleRefProperties),
  properties: articleRefProperties,
};

export const EventDetailSchema: JsonSchema = {
  $id: "EventDetail",
  type: "object",
  required: [...(EventSchema["required"] as string[]), "article"],
  properties: { ...(EventSchema["properties"] as object), article: ref("ArticleRef") },
};

const summaryProperties: Record<string, JsonSchema> = {
  ...articleRefProperties,
  language: nullable("string"),
  ingested_at: { type: "string" },
  event_count: { type: "integer" },
  preview: { type: "string", description: "The first characters of the clean text." },
};

export const ArticleSummarySchema: JsonSchema = {
  $id: "ArticleSummary",
  type: "object",
  required: Object.keys(summaryProperties),
  properties: summaryProperties,
};

export const ArticleDetailSchema: JsonSchema = {
  $id: "ArticleDetail",
  type: "object",
  description:
    "A stored article version: clean text (untrusted: render it as text) and every annotation by offsets into it.",
  required: [
    ...Object.keys(articleRefProperties),
    "language",
    "ingested_at",
    "content_hash",
    "layers",
    "text",
    "sentences",
    "entities",
    "times",
    "places",
    "events",
    "removed",
    "warnings",
    "provenance",
  ],
  properties: {
    ...articleRefProperties,
    language: nullable("string"),
    ingested_at: { type: "string" },
    content_hash: { type: "string" },
    layers: { type: "array", items: { type: "string" } },
    text: { type: "string" },
    sentences: { type: "array", items: { type: "object", properties: span } },
    entities: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string" },
          ledger_id: { type: "string", description: "The entity's id for /api/entities." },
          name: { type: "string" },
          type: { type: "string" },
          country: nullable("string"),
          sector: nullable("string"),
          mentions: {
            type: "array",
            items: { type: "object", properties: { ...span, text: { type: "string" } } },
          },
        },
      },
    },
    times: {
      type: "array",
      items: {
        type: "object",
        properties: {
          ...span,
          text: { type: "string" },
          value: { type: "string" },
          type: { type: "string" },
          precision: { type: "string" },
        },
      },
    },
    places: {
      type: "array",
      items: {
        type: "object",
        properties: {
          ...span,
          text: { type: "string" },
          name: { type: "string" },
          country: nullable("string"),
          lat: nullable("number"),
          lon: nullable("number"),
        },
      },
    },
    events: { type: "array", items: ref("Event") },
    removed: {
      type: "array",
      description: "What the cleaner dropped from the input, and why.",
      items: {
        type: "object",
        properties: {
          text: { type: "string" },
          reason: { type: "string" },
          input_start: { type: "integer" },
        },
      },
    },
    warnings: {
      type: "array",
      items: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } },
    },
    provenance: { type: "object", additionalProperties: { type: "string" } },
  },
};
