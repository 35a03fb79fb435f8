/** JSON Schema building blocks shared by the routes. */

/** A JSON Schema object (validated by Fastify's Ajv, serialised by fast-json-stringify, documented by OpenAPI 3.1). */
export type JsonSchema = Record<string, unknown>;

/** `{type: [t, "null"]}`: a nullable value. */
export const nullable = (type: string, extra: JsonSchema = {}): JsonSchema => ({
  type: [type, "null"],
  ...extra,
});

/** A reference to a schema registered with {@link registerSchemas}. */
export const ref = (id: string): JsonSchema => ({ $ref: `${id}#` });

/** The error body every failure has. */
export const ErrorSchema: JsonSchema = {
  $id: "Error",
  type: "object",
  description:
    "Every failure: a stable code (see docs/errors.md and docs/api.md), a plain message, and the field at fault when known.",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", examples: ["CH_API_INVALID"] },
        message: { type: "string" },
        field: { type: "string", description: "The query parameter, path parameter or body field at fault." },
      },
    },
  },
};

/** Error responses of every route. */
export const errorResponses: JsonSchema = {
  "4xx": {
    description:
      "Invalid request (400, naming the field), not found (404), too large (413), rate limited (429) …",
    ...ref("Error"),
  },
  "5xx": { description: "Internal error (no details are disclosed).", ...ref("Error") },
};

/** A date bound: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`, `YYYY-Qn` or `YYYY-Hn`. */
export const dateParam = (description: string): JsonSchema => ({
  type: "string",
  pattern: "^\\d{4}(-(\\d{2}(-\\d{2})?|W\\d{2}(-[1-7])?|Q[1-4]|H[12]))?$",
  description,
  examples: ["2021-03-22", "2021-03", "2021"],
});

/** A party: a country code (`USA`) or an entity id (`PER:Sergei Lavrov`). */
export const partyParam = (description: string): JsonSchema => ({
  type: "string",
  minLength: 3,
  maxLength: 300,
  pattern: "^([A-Za-z]{3}|[A-Za-z_]{1,20}:.+)$",
  description: `${description} An ISO 3166-1 alpha-3 country code (\`USA\`) or an entity id \`TYPE:name\` (\`PER:Sergei Lavrov\`).`,
  examples: ["USA"],
});

/** Page size. */
export const limitParam = (fallback: number, max: number): JsonSchema => ({
  type: "integer",
  minimum: 1,
  maximum: max,
  default: fallback,
  description: `Page size (1–${max}).`,
});

/** Opaque pagination cursor. */
export const cursorParam: JsonSchema = {
  type: "string",
  maxLength: 2000,
  pattern: "^[A-Za-z0-9_-]+$",
  description: "Opaque cursor from `next_cursor` of the previous page; use it with the same filters.",
};

export const STATUSES = ["occurred", "planned", "canceled", "negated", "hypothetical"] as const;
export const INTERVALS = ["day", "week", "month", "year"] as const;

/** A PLOVER event type. */
export const typeParam: JsonSchema = {
  type: "string",
  pattern: "^[A-Za-z_]{2,32}$",
  description:
    "PLOVER event type, case-insensitive: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT.",
};

/** An object schema of query parameters that refuses unknown ones. */
export const query = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: "object",
  additionalProperties: false,
  properties,
  ...(required.length > 0 ? { required } : {}),
});

/** An integer path id. */
export const idParams: JsonSchema = {
  type: "object",
  required: ["id"],
  additionalProperties: false,
  properties: { id: { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER } },
};
