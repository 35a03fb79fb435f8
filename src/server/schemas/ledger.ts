/** Schemas of the aggregate endpoints: parties, dyad series, network, stats, search. */
import { type JsonSchema, nullable, ref } from "./common.js";

const directed: JsonSchema = {
  type: "object",
  properties: {
    events: { type: "integer" },
    goldstein_sum: { type: "number" },
    goldstein_mean: nullable("number"),
  },
};

const partyProperties: Record<string, JsonSchema> = {
  id: { type: "string", description: "Country code or `TYPE:name`." },
  kind: { type: "string", enum: ["country", "entity"] },
  type: { type: "string" },
  name: { type: "string" },
  as_actor: { type: "integer" },
  as_recipient: { type: "integer" },
  articles: { type: "integer" },
  link: { type: "string" },
};

export const PartySchema: JsonSchema = {
  $id: "Party",
  type: "object",
  required: Object.keys(partyProperties),
  properties: partyProperties,
};

export const PartyProfileSchema: JsonSchema = {
  $id: "PartyProfile",
  type: "object",
  properties: {
    ...partyProperties,
    roles: {
      type: "array",
      description: "Agent/sector codes the party's actors carried, by role.",
      items: {
        type: "object",
        properties: { role: { type: "string" }, sector: nullable("string"), actors: { type: "integer" } },
      },
    },
    interval: { type: "string" },
    series: {
      type: "array",
      items: {
        type: "object",
        properties: {
          period: { type: "string" },
          start: { type: "string" },
          as_actor: { type: "integer" },
          as_recipient: { type: "integer" },
        },
      },
    },
    partners: {
      type: "array",
      items: {
        type: "object",
        properties: { id: { type: "string" }, outgoing: directed, incoming: directed },
      },
    },
  },
};

/** One time bucket of a series (dyad series, ledger overview). */
export const bucket: JsonSchema = {
  type: "object",
  properties: {
    period: { type: "string" },
    start: { type: "string" },
    events: { type: "integer" },
    by_quad_class: {
      type: "object",
      properties: Object.fromEntries(["0", "1", "2", "3", "4"].map((q) => [q, { type: "integer" }])),
    },
    goldstein_sum: { type: "number" },
    goldstein_mean: nullable("number"),
  },
};

const direction: JsonSchema = {
  type: "object",
  properties: { totals: directed, buckets: { type: "array", items: bucket } },
};

export const DyadSeriesSchema: JsonSchema = {
  $id: "DyadSeries",
  type: "object",
  properties: {
    a: { type: "string" },
    b: { type: "string" },
    interval: { type: "string" },
    from: nullable("string"),
    to: nullable("string"),
    a_to_b: direction,
    b_to_a: direction,
  },
};

export const NetworkSchema: JsonSchema = {
  $id: "Network",
  type: "object",
  properties: {
    from: nullable("string"),
    to: nullable("string"),
    total_edges: { type: "integer" },
    nodes: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string" },
          kind: { type: "string" },
          type: { type: "string" },
          name: { type: "string" },
          events_out: { type: "integer" },
          events_in: { type: "integer" },
          link: { type: "string" },
        },
      },
    },
    edges: {
      type: "array",
      items: {
        type: "object",
        properties: {
          source: { type: "string" },
          target: { type: "string" },
          events: { type: "integer", description: "Edge weight." },
          goldstein_mean: { type: "number" },
          color: {
            type: "string",
            description: "Mean Goldstein on a red (−10) – grey (0) – green (+10) scale.",
          },
        },
      },
    },
  },
};

const counts: JsonSchema = { type: "object", additionalProperties: { type: "integer" } };

export const StatsSchema: JsonSchema = {
  $id: "Stats",
  type: "object",
  properties: {
    articles: { type: "integer" },
    sources: { type: "integer" },
    events: { type: "integer" },
    events_by_status: counts,
    events_by_type: counts,
    events_by_quad_class: counts,
    events_by_year: counts,
    events_by_month: counts,
    countries: { type: "integer" },
    entities: { type: "integer" },
    first_event_day: nullable("string"),
    last_event_day: nullable("string"),
    last_ingested_at: nullable("string"),
  },
};

export const SearchHitSchema: JsonSchema = {
  $id: "SearchHit",
  type: "object",
  properties: {
    article: ref("ArticleSummary"),
    score: { type: "number", description: "BM25 relevance, higher is better." },
    snippet: {
      type: "object",
      description: "Plain text around the matches; `highlights` are [start, end) offsets into it.",
      properties: {
        text: { type: "string" },
        highlights: {
          type: "array",
          items: { type: "array", items: { type: "integer" }, minItems: 2, maxItems: 2 },
        },
      },
    },
  },
};

/** `{data: [item], next_cursor}`. */
export const page = (item: JsonSchema): JsonSchema => ({
  type: "object",
  required: ["data", "next_cursor"],
  properties: {
    data: { type: "array", items: item },
    next_cursor: nullable("string", {
      description: "Pass as `cursor` for the next page; null on the last page.",
    }),
  },
});
