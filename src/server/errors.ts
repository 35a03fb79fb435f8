/**
 * Errors of the HTTP API: every failure is answered as JSON
 * `{error: {code, message, field?}}` with a stable code, never with a stack
 * trace or HTML.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { ChanceryError, ErrorCatalogue, type ErrorCode } from "../errors.js";

/** The codes the API answers with besides the general ones (all in `ErrorCatalogue`). */
export const ApiErrorCatalogue = {
  CH_API_INVALID: ErrorCatalogue.CH_API_INVALID,
  CH_API_NOT_FOUND: ErrorCatalogue.CH_API_NOT_FOUND,
  CH_API_UNAUTHORIZED: ErrorCatalogue.CH_API_UNAUTHORIZED,
  CH_API_DISABLED: ErrorCatalogue.CH_API_DISABLED,
  CH_API_RATE_LIMITED: ErrorCatalogue.CH_API_RATE_LIMITED,
} as const;

/** A code the API answers with: a Chancery code or an API code. */
export type ApiErrorCode = ErrorCode | keyof typeof ApiErrorCatalogue;

/** The JSON body of every error response. */
export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    /** The request field at fault (a query parameter, path parameter or body field), when known. */
    field?: string;
  };
}

/** An error to answer with `status` and `{error: {code, message, field}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly field: string | undefined;

  constructor(status: number, code: ApiErrorCode, message: string, field?: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.field = field;
  }

  /** The response body. */
  toBody(): ApiErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) },
    };
  }
}

/** A 400 naming the invalid field. */
export function invalid(field: string, message: string): ApiError {
  return new ApiError(400, "CH_API_INVALID", `${field}: ${message}`, field);
}

/** A 404 for a resource that does not exist. */
export function notFound(message: string): ApiError {
  return new ApiError(404, "CH_API_NOT_FOUND", message);
}

/**
 * Re-throw a store usage error (a malformed full-text query, a range with too
 * many buckets) as a 400 naming `field`; anything else unchanged.
 */
export function usageAsInvalid(err: unknown, field: string): never {
  if (err instanceof ChanceryError && err.code === "CH_USAGE") {
    throw invalid(field, err.message.replace(/^CH_USAGE: /, ""));
  }
  throw err;
}

/** The field an Ajv validation error is about: the missing or extra property, else the path. */
function validationField(error: FastifyError): string {
  const first = error.validation?.[0];
  if (!first) return error.validationContext ?? "request";
  const params = first.params as { missingProperty?: unknown; additionalProperty?: unknown };
  const path = first.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const extra = typeof params.additionalProperty === "string" ? params.additionalProperty : undefined;
  const missing = typeof params.missingProperty === "string" ? params.missingProperty : undefined;
  const name = extra ?? missing;
  if (name !== undefined) return path ? `${path}.${name}` : name;
  return path || (error.validationContext ?? "request");
}

/** Turn a validation error into a 400 naming the field, with a readable message. */
function fromValidation(error: FastifyError): ApiError {
  const field = validationField(error);
  const first = error.validation?.[0];
  const where =
    error.validationContext === "querystring" ? "query parameter" : (error.validationContext ?? "request");
  let detail = first?.message ?? "is invalid";
  if (first?.keyword === "additionalProperties") detail = "is not a known parameter";
  if (first?.keyword === "required") detail = "is required";
  if (first?.keyword === "enum") {
    const allowed = (first.params as { allowedValues?: unknown[] }).allowedValues;
    if (Array.isArray(allowed)) detail = `must be one of ${allowed.join(", ")}`;
  }
  return new ApiError(400, "CH_API_INVALID", `${where} ${field} ${detail}`, field);
}

/** Map anything thrown while handling a request to an {@link ApiError}. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ChanceryError) {
    if (err.code === "CH_USAGE") return new ApiError(400, "CH_API_INVALID", err.message);
    if (err.code === "CH_INPUT_TOO_LARGE") return new ApiError(413, err.code, err.message);
    return new ApiError(500, "CH_INTERNAL", ErrorCatalogue.CH_INTERNAL);
  }
  const e = err as Partial<FastifyError> | null;
  if (e && typeof e === "object") {
    if (Array.isArray(e.validation)) return fromValidation(e as FastifyError);
    const status = typeof e.statusCode === "number" ? e.statusCode : 500;
    if (status === 429) return new ApiError(429, "CH_API_RATE_LIMITED", String(e.message ?? ""));
    if (status === 413) {
      return new ApiError(413, "CH_INPUT_TOO_LARGE", "the request body is larger than this endpoint accepts");
    }
    if (status === 415) return new ApiError(415, "CH_INPUT_UNSUPPORTED", String(e.message ?? ""));
    if (
      e.code === "FST_ERR_CTP_INVALID_JSON_BODY" ||
      e.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ||
      e instanceof SyntaxError
    ) {
      return new ApiError(400, "CH_JSON_INVALID", "the request body is not valid JSON", "body");
    }
    if (status >= 400 && status < 500) return new ApiError(status, "CH_API_INVALID", String(e.message ?? ""));
  }
  return new ApiError(500, "CH_INTERNAL", ErrorCatalogue.CH_INTERNAL);
}

/** Fastify error handler: JSON errors, 5xx logged but never described. */
export function handleError(err: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const api = toApiError(err);
  if (api.status >= 500) request.log.error({ err }, "request failed");
  if (api.status === 401) reply.header("www-authenticate", 'Bearer realm="chancery"');
  void reply.code(api.status).type("application/json; charset=utf-8").send(api.toBody());
}
