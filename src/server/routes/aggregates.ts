/** `GET /api/dyads/{a}/{b}/series` and `GET /api/network`. */
import type { FastifyInstance } from "fastify";
import type { EventStatus } from "../../doc/types.js";
import type { DyadSeries, Network, SeriesInterval } from "../../store/store.js";
import { usageAsInvalid } from "../errors.js";
import type { ServerOptions } from "../options.js";
import { checkDate, checkRange, partyId } from "../params.js";
import { goldsteinColor, partyLink, presentBucket, presentCounts, round4 } from "../present.js";
import { dateParam, errorResponses, INTERVALS, partyParam, query, ref, STATUSES } from "../schemas/common.js";

/** Query parameters of the dyad series. */
interface SeriesQuery {
  interval: SeriesInterval;
  from?: string;
  to?: string;
  status?: EventStatus;
}

/** Query parameters of the network. */
interface NetworkParams {
  from?: string;
  to?: string;
  kind: "country" | "entity" | "mixed" | "all";
  quad_class?: number;
  status?: EventStatus;
  limit: number;
  min_events: number;
}

/** Register the aggregate routes. */
export function registerAggregateRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { store } = options;

  app.get<{ Params: { a: string; b: string }; Querystring: SeriesQuery }>(
    "/api/dyads/:a/:b/series",
    {
      schema: {
        tags: ["aggregates"],
        operationId: "dyadSeries",
        summary: "Dyad time series",
        description:
          "Events from a to b and from b to a, each direction separately, per day, ISO week, month or year: " +
          "counts by QuadClass, Goldstein sum and mean. Events are counted in the bucket of their first day; " +
          "undated events are left out. Buckets run from `from` to `to` (default: the dyad's first and last day), " +
          "empty ones included.",
        params: {
          type: "object",
          required: ["a", "b"],
          properties: { a: partyParam("One party."), b: partyParam("The other party.") },
        },
        querystring: query({
          interval: { type: "string", enum: [...INTERVALS], default: "month" },
          from: dateParam("First day counted."),
          to: dateParam("Last day counted."),
          status: {
            type: "string",
            enum: [...STATUSES],
            description: "Only events with this status (default: all).",
          },
        }),
        response: {
          200: { description: "Both directions of the series.", ...ref("DyadSeries") },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const q = request.query;
      checkDate("from", q.from);
      checkDate("to", q.to);
      checkRange(q.from, q.to);
      let series: DyadSeries;
      try {
        series = await store.dyadSeries({
          a: partyId(request.params.a),
          b: partyId(request.params.b),
          interval: q.interval,
          from: q.from,
          to: q.to,
          status: q.status,
        });
      } catch (err) {
        usageAsInvalid(err, "interval");
      }
      return {
        a: series.a,
        b: series.b,
        interval: series.interval,
        from: series.from,
        to: series.to,
        a_to_b: { totals: presentCounts(series.totals.aToB), buckets: series.aToB.map(presentBucket) },
        b_to_a: { totals: presentCounts(series.totals.bToA), buckets: series.bToA.map(presentBucket) },
      };
    },
  );

  app.get<{ Querystring: NetworkParams }>(
    "/api/network",
    {
      schema: {
        tags: ["aggregates"],
        operationId: "network",
        summary: "Actor network of a period",
        description:
          "Directed edges actor → recipient weighted by their number of events, coloured by mean Goldstein score, " +
          "heaviest first, with the nodes they touch. Default period: the 365 days up to the last event.",
        querystring: query({
          from: dateParam("First day (by the event's first day)."),
          to: dateParam("Last day."),
          kind: {
            type: "string",
            enum: ["country", "entity", "mixed", "all"],
            default: "country",
            description: "Country–country edges, entity–entity, mixed, or all.",
          },
          quad_class: { type: "integer", minimum: 0, maximum: 4 },
          status: { type: "string", enum: [...STATUSES] },
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 5000,
            default: 200,
            description: "Most edges returned.",
          },
          min_events: { type: "integer", minimum: 1, default: 1, description: "Leave out lighter edges." },
        }),
        response: { 200: { description: "Nodes and edges.", ...ref("Network") }, ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      checkDate("from", q.from);
      checkDate("to", q.to);
      checkRange(q.from, q.to);
      const network: Network = await store.network({
        from: q.from,
        to: q.to,
        kind: q.kind,
        quadClass: q.quad_class,
        status: q.status,
        limit: q.limit,
        minEvents: q.min_events,
      });
      return {
        from: network.from,
        to: network.to,
        total_edges: network.totalEdges,
        nodes: network.nodes.map((n) => ({
          id: n.id,
          kind: n.kind,
          type: n.type,
          name: n.name,
          events_out: n.eventsOut,
          events_in: n.eventsIn,
          link: partyLink(n.id),
        })),
        edges: network.edges.map((e) => ({
          source: e.source,
          target: e.target,
          events: e.events,
          goldstein_mean: round4(e.goldsteinMean),
          color: goldsteinColor(e.goldsteinMean),
        })),
      };
    },
  );
}
