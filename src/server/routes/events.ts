/** `GET /api/events` (filtered, cursor-paginated, JSON or CSV) and `GET /api/events/{id}`. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { EventStatus } from "../../doc/types.js";
import type { EventPage } from "../../store/store.js";
import { eventCsvHeader, eventCsvLine } from "../csv.js";
import { decodeCursor, encodeCursor, fingerprint } from "../cursor.js";
import { notFound, usageAsInvalid } from "../errors.js";
import type { ServerOptions } from "../options.js";
import { checkDate, checkRange, partyId } from "../params.js";
import { presentEvent, presentEventDetail } from "../present.js";
import {
  cursorParam,
  dateParam,
  errorResponses,
  idParams,
  limitParam,
  partyParam,
  query,
  ref,
  STATUSES,
  typeParam,
} from "../schemas/common.js";
import { page } from "../schemas/ledger.js";

/** Query parameters of `GET /api/events`. */
interface EventsQuery {
  actor?: string;
  recipient?: string;
  type?: string;
  cameo?: string;
  cameo_root?: string;
  quad_class?: number;
  status?: EventStatus;
  date_field: "event" | "published";
  from?: string;
  to?: string;
  location?: string;
  q?: string;
  sort: "date" | "-date";
  limit: number;
  cursor?: string;
  format?: "json" | "csv";
}

const eventsQuery = query({
  actor: partyParam("A party among the actors."),
  recipient: partyParam("A party among the recipients."),
  type: typeParam,
  cameo: {
    type: "string",
    pattern: "^\\d{1,4}$",
    description: "CAMEO code prefix (`04` matches 040, 042, 0431).",
  },
  cameo_root: { type: "string", pattern: "^\\d{2}$", description: "CAMEO root code (first two digits)." },
  quad_class: {
    type: "integer",
    minimum: 0,
    maximum: 4,
    description: "1 verbal co-op, 2 material co-op, 3 verbal conflict, 4 material conflict.",
  },
  status: { type: "string", enum: [...STATUSES] },
  date_field: {
    type: "string",
    enum: ["event", "published"],
    default: "event",
    description: "Which date `from`/`to` bound.",
  },
  from: dateParam("Inclusive lower bound; an event matches when its date range overlaps the bounds."),
  to: dateParam("Inclusive upper bound (`2021-03` admits up to 31 March)."),
  location: {
    type: "string",
    pattern: "^[A-Za-z]{3}$",
    description: "ISO alpha-3 code of the event location.",
  },
  q: {
    type: "string",
    minLength: 1,
    maxLength: 500,
    description: "Full-text query over the article (FTS5 syntax).",
  },
  sort: {
    type: "string",
    enum: ["-date", "date"],
    default: "-date",
    description: "By event date: `-date` newest first, `date` oldest first; undated events last.",
  },
  limit: limitParam(50, 1000),
  cursor: cursorParam,
  format: {
    type: "string",
    enum: ["json", "csv"],
    description: "Response format (default JSON; also `Accept: text/csv`).",
  },
});

/** Whether the client asked for CSV. */
function wantsCsv(request: FastifyRequest<{ Querystring: EventsQuery }>): boolean {
  if (request.query.format !== undefined) return request.query.format === "csv";
  const accept = request.headers.accept ?? "";
  return /\btext\/csv\b/i.test(accept) && !/\bapplication\/json\b/i.test(accept);
}

/** The relative URL of the next page: the request's own query with `cursor` replaced. */
function nextLink(request: FastifyRequest, cursor: string): string {
  const url = new URL(request.url, "http://localhost");
  url.searchParams.set("cursor", cursor);
  return `${url.pathname}${url.search}`;
}

/** Register the event routes. */
export function registerEventRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { store } = options;

  app.get<{ Querystring: EventsQuery }>(
    "/api/events",
    {
      schema: {
        tags: ["events"],
        operationId: "listEvents",
        summary: "List events",
        description:
          "Current events matching every given filter, newest first by default, one page at a time. " +
          "Pass `next_cursor` back as `cursor` (with the same filters) for the next page: a walk sees exactly the " +
          "events that existed when it began, each once, in order, whatever is inserted meanwhile. " +
          "`format=csv` (or `Accept: text/csv`) returns the page as CSV with the next page in the `Link` header.",
        querystring: eventsQuery,
        response: {
          200: {
            description: "A page of events.",
            content: {
              "application/json": { schema: page(ref("Event")) },
              "text/csv": { schema: { type: "string", description: "RFC 4180 CSV with a header line." } },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      checkDate("from", q.from);
      checkDate("to", q.to);
      checkRange(q.from, q.to);
      const actor = partyId(q.actor);
      const recipient = partyId(q.recipient);
      const filters = {
        actor,
        recipient,
        type: q.type?.toUpperCase(),
        cameo: q.cameo,
        cameo_root: q.cameo_root,
        quad_class: q.quad_class,
        status: q.status,
        date_field: q.date_field,
        from: q.from,
        to: q.to,
        location: q.location?.toUpperCase(),
        q: q.q,
        sort: q.sort,
      };
      const fp = fingerprint(filters);
      const state = q.cursor === undefined ? undefined : decodeCursor(q.cursor, "events", fp);
      let result: EventPage;
      try {
        result = await store.pageEvents({
          actor,
          recipient,
          type: filters.type,
          cameo: q.cameo,
          cameoRoot: q.cameo_root,
          quadClass: q.quad_class,
          status: q.status,
          dateField: q.date_field,
          from: q.from,
          to: q.to,
          locationCountry: filters.location,
          query: q.q,
          order: q.sort === "date" ? "asc" : "desc",
          limit: q.limit,
          ...(state?.id !== undefined ? { after: { day: state.day ?? null, id: state.id } } : {}),
          ...(state ? { maxId: state.maxId } : {}),
        });
      } catch (err) {
        usageAsInvalid(err, "q");
      }
      const next = result.next
        ? encodeCursor("events", fp, { maxId: result.maxId, day: result.next.day, id: result.next.id })
        : null;
      if (wantsCsv(request)) return sendCsv(reply, request, result, next);
      return { data: result.events.map(presentEvent), next_cursor: next };
    },
  );

  app.get<{ Params: { id: number } }>(
    "/api/events/:id",
    {
      schema: {
        tags: ["events"],
        operationId: "getEvent",
        summary: "One event with its evidence and article",
        description:
          "Any stored event, also of a superseded article version (`article.is_current` says which).",
        params: idParams,
        response: { 200: { description: "The event.", ...ref("EventDetail") }, ...errorResponses },
      },
    },
    async (request) => {
      const event = await store.getEvent(request.params.id);
      if (!event) throw notFound(`no event with id ${request.params.id}`);
      return presentEventDetail(event);
    },
  );
}

function sendCsv(
  reply: FastifyReply,
  request: FastifyRequest,
  result: EventPage,
  next: string | null,
): FastifyReply {
  if (next !== null) {
    void reply.header("link", `<${nextLink(request, next)}>; rel="next"`).header("x-next-cursor", next);
  }
  const body = eventCsvHeader() + result.events.map(eventCsvLine).join("");
  return reply
    .type("text/csv; charset=utf-8")
    .header("content-disposition", 'attachment; filename="events.csv"')
    .send(body);
}
