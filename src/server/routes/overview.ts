/** `GET /api/overview`: the whole ledger at a glance, for the web app's overview. */
import type { FastifyInstance } from "fastify";
import type { LedgerOverview, SeriesInterval } from "../../store/store.js";
import { usageAsInvalid } from "../errors.js";
import type { ServerOptions } from "../options.js";
import { goldsteinColor, partyLink, presentBucket, round4 } from "../present.js";
import { errorResponses, INTERVALS, type JsonSchema, nullable, query } from "../schemas/common.js";
import { bucket } from "../schemas/ledger.js";

/** Query parameters of the overview. */
interface OverviewParams {
  interval: SeriesInterval;
  top_dyads: number;
}

const overviewSchema: JsonSchema = {
  type: "object",
  properties: {
    interval: { type: "string" },
    from: nullable("string", { description: "First day of the first bucket." }),
    to: nullable("string", { description: "Last day with a dated event." }),
    series: { type: "array", items: bucket },
    undated: { type: "integer", description: "Events without a calendar date (not in `series`)." },
    top_dyads: {
      type: "array",
      items: {
        type: "object",
        properties: {
          a: { type: "string" },
          b: { type: "string" },
          events: { type: "integer" },
          goldstein_mean: { type: "number" },
          color: { type: "string" },
          link: { type: "string", description: "The dyad series of the pair." },
        },
      },
    },
    countries: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string" },
          name: { type: "string" },
          as_actor: { type: "integer" },
          as_recipient: { type: "integer" },
          events: { type: "integer", description: "as_actor + as_recipient" },
          link: { type: "string" },
        },
      },
    },
  },
};

/** The overview as JSON. */
function presentOverview(o: LedgerOverview): Record<string, unknown> {
  return {
    interval: o.interval,
    from: o.from,
    to: o.to,
    series: o.series.map(presentBucket),
    undated: o.undated,
    top_dyads: o.topDyads.map((d) => ({
      a: d.a,
      b: d.b,
      events: d.events,
      goldstein_mean: round4(d.goldsteinMean),
      color: goldsteinColor(d.goldsteinMean),
      link: `/api/dyads/${encodeURIComponent(d.a)}/${encodeURIComponent(d.b)}/series`,
    })),
    countries: o.countries.map((c) => ({
      id: c.id,
      name: c.name,
      as_actor: c.asActor,
      as_recipient: c.asRecipient,
      events: c.asActor + c.asRecipient,
      link: partyLink(c.id),
    })),
  };
}

/** Register `GET /api/overview`. */
export function registerOverviewRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { store } = options;
  app.get<{ Querystring: OverviewParams }>(
    "/api/overview",
    {
      schema: {
        tags: ["aggregates"],
        operationId: "overview",
        summary: "The whole ledger at a glance",
        description:
          "Current events per day, ISO week, month or year of their first day (counts by QuadClass, Goldstein sum " +
          "and mean; empty buckets included, undated events counted apart), the country–country dyads with the " +
          "most events (both directions together), and every country's events as actor and as recipient. " +
          "Computed on the server and cached until the ledger changes.",
        querystring: query({
          interval: { type: "string", enum: [...INTERVALS], default: "month" },
          top_dyads: {
            type: "integer",
            minimum: 1,
            maximum: 100,
            default: 10,
            description: "How many dyads to list.",
          },
        }),
        response: { 200: { description: "The overview.", ...overviewSchema }, ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      try {
        return presentOverview(await store.overview({ interval: q.interval, topDyads: q.top_dyads }));
      } catch (err) {
        usageAsInvalid(err, "interval");
      }
    },
  );
}
