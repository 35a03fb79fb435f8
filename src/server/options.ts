/** Configuration of the API server. */
import type { Pipeline } from "../pipeline/pipeline.js";
import type { Store } from "../store/store.js";

/** Per-client request limits (`@fastify/rate-limit`). */
export interface RateLimitOptions {
  /** Requests a client (by IP address) may make per window. */
  max: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

/** Options of {@link buildServer}. */
export interface ServerOptions {
  /** The ledger to serve (the caller opens and closes it). */
  store: Store;
  /** The pipeline for `/api/extract` and `/api/ingest` (default: every shipped stage, built on first use). */
  pipeline?: Pipeline;
  /** Bearer token that enables `POST /api/ingest`; ingest is disabled when absent or empty. */
  token?: string | null;
  /** Rate limit, or false for none (default 600 requests per minute per client). */
  rateLimit?: RateLimitOptions | false;
  /** Largest request body of `/api/extract` and `/api/ingest`, in bytes (default 5 MiB). */
  bodyLimitBytes?: number;
  /** Most records per `/api/extract` or `/api/ingest` request (default 100). */
  maxRecords?: number;
  /** Fastify request logging (default false). */
  logger?: boolean;
  /**
   * Directory of the built web app served at `/` (default `dist/web` of the package, served when built),
   * or false to serve the API only.
   */
  webRoot?: string | false;
  /** Version reported by `/api/health` and the OpenAPI document. */
  version?: string;
}

/** Defaults of {@link ServerOptions}. */
export const SERVER_DEFAULTS = {
  rateLimit: { max: 600, windowMs: 60_000 },
  bodyLimitBytes: 5 * 1024 * 1024,
  maxRecords: 100,
  version: "0.1.0",
} as const;

/** Largest body of the other (GET) routes. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;
