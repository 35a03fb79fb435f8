/** `POST /api/extract` (stateless) and `POST /api/ingest` (bearer token). */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Pipeline } from "../../pipeline/pipeline.js";
import { buildPipeline } from "../../pipeline/registry.js";
import { ApiError } from "../errors.js";
import { SERVER_DEFAULTS, type ServerOptions } from "../options.js";
import { extractRecords, ingestRecords } from "../records.js";
import { errorResponses, type JsonSchema } from "../schemas/common.js";

type Body = Record<string, unknown> | Array<Record<string, unknown>>;

/**
 * One input record. Its fields are checked record by record exactly as `chancery ingest` checks a JSON
 * record (a bad record yields an error line, not a failed request), so the schema only documents them.
 */
const recordSchema: JsonSchema = {
  type: "object",
  description:
    "An input record `{id?, text|html, url?, title?, published_at?, source?, language?}`, checked as `chancery ingest` checks a JSON record.",
  properties: {
    id: { description: "string or number; default `api-<hash of the record>`" },
    text: { description: "string: the document as plain text (or give `html`)" },
    html: { description: "string: the document as HTML" },
    url: { description: "string or null" },
    title: { description: "string or null" },
    published_at: { description: "string or null: a date or timestamp" },
    source: { description: "string or null: where it came from (default `api-extract` / `api-ingest`)" },
    language: { description: "string or null: ISO 639-1 code" },
  },
};

const bodySchema = (max: number): JsonSchema => ({
  description: `One record, or an array of 1–${max} records.`,
  anyOf: [recordSchema, { type: "array", minItems: 1, maxItems: max, items: recordSchema }],
});

const extractLine: JsonSchema = {
  type: "object",
  description: "One output line of the extract contract (docs/extract.md).",
  additionalProperties: true,
};

/** Compare two secrets in constant time. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** An `onRequest` hook that admits only `Authorization: Bearer <token>` (and refuses everything without a token). */
function requireToken(token: string | null | undefined) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!token) {
      throw new ApiError(
        403,
        "CH_API_DISABLED",
        "POST /api/ingest is disabled on this server; start `chancery serve` with CHANCERY_TOKEN set to enable it",
      );
    }
    const header = request.headers.authorization ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1] || !sameSecret(match[1], token)) {
      throw new ApiError(
        401,
        "CH_API_UNAUTHORIZED",
        "a valid `Authorization: Bearer <token>` header is required",
      );
    }
  };
}

/** Register the record routes. */
export function registerRecordRoutes(app: FastifyInstance, options: ServerOptions): void {
  const maxRecords = options.maxRecords ?? SERVER_DEFAULTS.maxRecords;
  const bodyLimit = options.bodyLimitBytes ?? SERVER_DEFAULTS.bodyLimitBytes;
  let pipeline: Pipeline | undefined = options.pipeline;
  const getPipeline = (): Pipeline => (pipeline ??= buildPipeline());

  app.post<{ Body: Body }>(
    "/api/extract",
    {
      bodyLimit,
      schema: {
        tags: ["records"],
        operationId: "extract",
        summary: "Stateless extraction",
        description:
          "The `chancery extract` contract over HTTP: one output per record, in order, nothing stored. A record that " +
          "cannot be read or processed yields an output with `error` (status 200). One record in → one object out; " +
          `an array in → an array out. Bodies up to ${bodyLimit} bytes.`,
        body: bodySchema(maxRecords),
        response: {
          200: {
            description: "Extract output(s).",
            anyOf: [extractLine, { type: "array", items: extractLine }],
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const body = request.body;
      const outputs = await extractRecords(Array.isArray(body) ? body : [body], getPipeline());
      return Array.isArray(body) ? outputs : outputs[0];
    },
  );

  app.post<{ Body: Body }>(
    "/api/ingest",
    {
      bodyLimit,
      onRequest: requireToken(options.token),
      schema: {
        tags: ["records"],
        operationId: "ingest",
        summary: "Ingest records (token required)",
        description:
          "Run records through the pipeline and store them as `chancery ingest` does: identical content is skipped, " +
          "changed text at a known URL becomes a new version. Requires `Authorization: Bearer $CHANCERY_TOKEN`; " +
          "answers 403 when the server has no token configured.",
        security: [{ bearer: [] }],
        body: bodySchema(maxRecords),
        response: {
          200: {
            description: "What happened to each record.",
            type: "object",
            properties: {
              read: { type: "integer" },
              inserted: { type: "integer" },
              versions: { type: "integer" },
              skipped: { type: "integer" },
              failed: { type: "integer" },
              events: { type: "integer" },
              results: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    id: { type: "string" },
                    status: { type: "string", enum: ["inserted", "version", "skipped", "failed"] },
                    article_id: { type: "integer" },
                    version: { type: "integer" },
                    events: { type: "integer" },
                    error: {
                      type: "object",
                      properties: { code: { type: "string" }, message: { type: "string" } },
                    },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const body = request.body;
      return ingestRecords(Array.isArray(body) ? body : [body], getPipeline(), options.store);
    },
  );
}
