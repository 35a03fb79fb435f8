/**
 * The Chancery HTTP API: a Fastify server over a {@link Store}, with JSON
 * Schema validation on every route, an OpenAPI 3.1 document, strict security
 * headers, body-size and rate limits, and JSON errors.
 */
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { ApiError, handleError } from "./errors.js";
import { DEFAULT_BODY_LIMIT, SERVER_DEFAULTS, type ServerOptions } from "./options.js";
import { registerAggregateRoutes } from "./routes/aggregates.js";
import { registerArticleRoutes } from "./routes/articles.js";
import { registerEntityRoutes } from "./routes/entities.js";
import { registerEventRoutes } from "./routes/events.js";
import { registerMetaRoutes } from "./routes/meta.js";
import { registerOverviewRoutes } from "./routes/overview.js";
import { registerRecordRoutes } from "./routes/records.js";
import { registerSchemas } from "./schemas/index.js";
import { defaultWebRoot, registerWebApp } from "./web.js";

/** The Content-Security-Policy of every API response: nothing may load or run. */
export const API_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The Content-Security-Policy of the documentation page: its own scripts and styles only. */
export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Build (but do not start) the API server. Call `listen` on the result, and
 * `close` when done; the store stays open (the caller owns it).
 *
 * @example
 * const app = await buildServer({ store: await openStore("./data/chancery.db") });
 * await app.listen({ host: "127.0.0.1", port: 8080 });
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const version = options.version ?? SERVER_DEFAULTS.version;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: DEFAULT_BODY_LIMIT,
    requestTimeout: 60_000,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 600, ignoreTrailingSlash: true },
    ajv: {
      customOptions: {
        removeAdditional: false,
        coerceTypes: "array",
        useDefaults: true,
        allErrors: false,
        allowUnionTypes: true,
      },
    },
  });
  app.setErrorHandler(handleError);
  // Bodies are JSON only: anything else is 415.
  app.removeContentTypeParser("text/plain");

  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginResourcePolicy: { policy: "same-origin" },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
  });

  const limits = options.rateLimit === undefined ? SERVER_DEFAULTS.rateLimit : options.rateLimit;
  if (limits !== false) {
    await app.register(rateLimit, {
      global: true,
      max: limits.max,
      timeWindow: limits.windowMs,
      errorResponseBuilder: (_request, context) =>
        new ApiError(
          429,
          "CH_API_RATE_LIMITED",
          `rate limit of ${context.max} requests exceeded; retry in ${context.after}`,
        ),
    });
  }

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Chancery API",
        version,
        description:
          "The evidence-linked ledger of political events: events with their evidence, articles with annotations, " +
          "parties, dyad series, the actor network, full-text search, and stateless extraction. " +
          "All text from articles is untrusted data: render it as text.",
        license: { name: "MIT", identifier: "MIT" },
      },
      tags: [
        { name: "events", description: "Coded events and their evidence" },
        { name: "articles", description: "Stored articles with annotations, and full-text search" },
        { name: "entities", description: "Parties: countries and named entities" },
        { name: "aggregates", description: "Server-side aggregation" },
        { name: "records", description: "Extraction and ingest of input records" },
        { name: "meta", description: "Health, counts and this document" },
      ],
      components: {
        securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "CHANCERY_TOKEN" } },
      },
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json["$id"] === "string" ? json["$id"] : `def-${i}`,
    },
  });
  await app.register(swaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: DOCS_CSP,
    uiConfig: { deepLinking: true },
  });

  registerSchemas(app);
  registerMetaRoutes(app, options, version);
  registerEventRoutes(app, options);
  registerArticleRoutes(app, options);
  registerEntityRoutes(app, options);
  registerAggregateRoutes(app, options);
  registerOverviewRoutes(app, options);
  registerRecordRoutes(app, options);

  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  const appShell = webRoot === false ? null : await registerWebApp(app, webRoot);

  app.setNotFoundHandler(limits !== false ? { preHandler: app.rateLimit() } : {}, (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const isApi = path === "/api" || path.startsWith("/api/");
    if (appShell && !isApi && (request.method === "GET" || request.method === "HEAD")) return appShell(reply);
    throw new ApiError(
      404,
      "CH_API_NOT_FOUND",
      `no route ${request.method} ${request.url.split("?")[0] ?? ""}`,
    );
  });
  return app;
}
