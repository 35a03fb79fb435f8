/** `GET /api/health`, `GET /api/stats` and `GET /api/openapi.json`. */
import type { FastifyInstance } from "fastify";
import type { ServerOptions } from "../options.js";
import { errorResponses, ref } from "../schemas/common.js";

/** Register the meta routes. */
export function registerMetaRoutes(app: FastifyInstance, options: ServerOptions, version: string): void {
  const { store } = options;
  const started = Date.now();

  app.get(
    "/api/health",
    {
      schema: {
        tags: ["meta"],
        operationId: "health",
        summary: "Liveness and database check",
        response: {
          200: {
            description: "The server and its database answer.",
            type: "object",
            properties: {
              status: { type: "string", enum: ["ok"] },
              version: { type: "string" },
              uptime_seconds: { type: "number" },
            },
          },
          ...errorResponses,
        },
      },
    },
    async () => {
      // A cheap indexed read proves the database answers.
      await store.hasContent("health-check");
      return { status: "ok", version, uptime_seconds: Math.round((Date.now() - started) / 1000) };
    },
  );

  app.get(
    "/api/stats",
    {
      schema: {
        tags: ["meta"],
        operationId: "stats",
        summary: "Ledger-wide counts",
        description: "Read from running totals kept in step with every write, so it is instant on any size.",
        response: { 200: { description: "The counts.", ...ref("Stats") }, ...errorResponses },
      },
    },
    async () => {
      const s = await store.ledgerStats();
      return {
        articles: s.articles,
        sources: s.sources,
        events: s.events,
        events_by_status: s.eventsByStatus,
        events_by_type: s.eventsByType,
        events_by_quad_class: s.eventsByQuadClass,
        events_by_year: s.eventsByYear,
        events_by_month: s.eventsByMonth,
        countries: s.countries,
        entities: s.entities,
        first_event_day: s.firstEventDay,
        last_event_day: s.lastEventDay,
        last_ingested_at: s.lastIngestedAt,
      };
    },
  );

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}
