/** `GET /api/entities` and `GET /api/entities/{id}`: countries and named entities as parties. */
import type { FastifyInstance } from "fastify";
import type { PartyProfile, SeriesInterval } from "../../store/store.js";
import { decodeCursor, encodeCursor, fingerprint } from "../cursor.js";
import { notFound, usageAsInvalid } from "../errors.js";
import type { ServerOptions } from "../options.js";
import { checkDate, checkRange, partyId } from "../params.js";
import { presentCounts, presentParty } from "../present.js";
import {
  cursorParam,
  dateParam,
  errorResponses,
  INTERVALS,
  limitParam,
  partyParam,
  query,
  ref,
} from "../schemas/common.js";
import { page } from "../schemas/ledger.js";

/** Query parameters of `GET /api/entities`. */
interface EntitiesQuery {
  kind?: "country" | "entity";
  type?: string;
  q?: string;
  sort: "events" | "name";
  limit: number;
  cursor?: string;
}

/** Query parameters of `GET /api/entities/{id}`. */
interface ProfileQuery {
  interval: SeriesInterval;
  from?: string;
  to?: string;
  partners: number;
}

/** Register the entity routes. */
export function registerEntityRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { store } = options;

  app.get<{ Querystring: EntitiesQuery }>(
    "/api/entities",
    {
      schema: {
        tags: ["entities"],
        operationId: "listEntities",
        summary: "List parties",
        description:
          "Countries (as actors, by ISO alpha-3 code) and named entities (`TYPE:name`) with their event counts as " +
          "actor and recipient and, for entities, the current articles naming them.",
        querystring: query({
          kind: { type: "string", enum: ["country", "entity"] },
          type: {
            type: "string",
            pattern: "^[A-Za-z_]{1,20}$",
            description: "Entity type (PER, ORG, IGO …) or COUNTRY.",
          },
          q: {
            type: "string",
            minLength: 1,
            maxLength: 200,
            description: "Case-insensitive substring of the name or id.",
          },
          sort: { type: "string", enum: ["events", "name"], default: "events" },
          limit: limitParam(50, 500),
          cursor: cursorParam,
        }),
        response: { 200: { description: "A page of parties.", ...page(ref("Party")) }, ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const fp = fingerprint({ kind: q.kind, type: q.type, q: q.q, sort: q.sort });
      const state = q.cursor === undefined ? undefined : decodeCursor(q.cursor, "entities", fp);
      const result = await store.listParties({
        kind: q.kind,
        type: q.type,
        query: q.q,
        sort: q.sort,
        limit: q.limit,
        offset: state?.offset ?? 0,
      });
      const next =
        result.nextOffset === null
          ? null
          : encodeCursor("entities", fp, { maxId: 0, offset: result.nextOffset });
      return { data: result.parties.map(presentParty), next_cursor: next };
    },
  );

  app.get<{ Params: { id: string }; Querystring: ProfileQuery }>(
    "/api/entities/:id",
    {
      schema: {
        tags: ["entities"],
        operationId: "getEntity",
        summary: "Profile of a party",
        description:
          "Counts as actor and recipient over time, the agent/sector roles its actors carried, and its most " +
          "frequent partners in both directions. `id` is a country code or `TYPE:name` (URL-encoded).",
        params: { type: "object", required: ["id"], properties: { id: partyParam("The party.") } },
        querystring: query({
          interval: { type: "string", enum: [...INTERVALS], default: "month" },
          from: dateParam("First day of the series (default: the first day with events)."),
          to: dateParam("Last day of the series (default: the last day with events)."),
          partners: { type: "integer", minimum: 0, maximum: 100, default: 10 },
        }),
        response: { 200: { description: "The profile.", ...ref("PartyProfile") }, ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      checkDate("from", q.from);
      checkDate("to", q.to);
      checkRange(q.from, q.to);
      const id = partyId(request.params.id);
      let profile: PartyProfile | null;
      try {
        profile = await store.partyProfile(id, {
          interval: q.interval,
          from: q.from,
          to: q.to,
          partners: q.partners,
        });
      } catch (err) {
        usageAsInvalid(err, "interval");
      }
      if (!profile) throw notFound(`no party ${id} in the ledger`);
      return {
        ...presentParty(profile),
        roles: profile.sectors,
        interval: q.interval,
        series: profile.series.map((b) => ({
          period: b.period,
          start: b.start,
          as_actor: b.asActor,
          as_recipient: b.asRecipient,
        })),
        partners: profile.partners.map((p) => ({
          id: p.id,
          outgoing: presentCounts(p.outgoing),
          incoming: presentCounts(p.incoming),
        })),
      };
    },
  );
}
