/** `GET /api/articles`, `GET /api/articles/{id}` and `GET /api/search`. */
import type { FastifyInstance } from "fastify";
import type { ArticlePage, SearchPage } from "../../store/store.js";
import { decodeCursor, encodeCursor, fingerprint } from "../cursor.js";
import { notFound, usageAsInvalid } from "../errors.js";
import type { ServerOptions } from "../options.js";
import { checkDate, checkRange } from "../params.js";
import { presentArticle, presentSummary } from "../present.js";
import {
  cursorParam,
  dateParam,
  errorResponses,
  idParams,
  limitParam,
  query,
  ref,
} from "../schemas/common.js";
import { page } from "../schemas/ledger.js";

/** Query parameters of `GET /api/articles`. */
interface ArticlesQuery {
  source?: string;
  from?: string;
  to?: string;
  language?: string;
  q?: string;
  all_versions: boolean;
  sort: "-id" | "id";
  limit: number;
  cursor?: string;
}

/** Query parameters of `GET /api/search`. */
interface SearchParams {
  q: string;
  limit: number;
  cursor?: string;
}

const qParam = {
  type: "string",
  minLength: 1,
  maxLength: 500,
  description: 'Full-text query (FTS5 syntax: words, "phrases", prefix*, title:word, AND/OR/NOT).',
};

/** Register the article and search routes. */
export function registerArticleRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { store } = options;

  app.get<{ Querystring: ArticlesQuery }>(
    "/api/articles",
    {
      schema: {
        tags: ["articles"],
        operationId: "listArticles",
        summary: "List articles",
        description: "Article summaries (no full text), most recently stored first, one page at a time.",
        querystring: query({
          source: {
            type: "string",
            minLength: 1,
            maxLength: 500,
            description: "Source name (host or input file) or exact source label.",
          },
          from: dateParam("Inclusive lower bound on the publication date."),
          to: dateParam("Inclusive upper bound on the publication date."),
          language: { type: "string", pattern: "^[a-z]{2,3}$", description: "ISO 639-1 code." },
          q: qParam,
          all_versions: { type: "boolean", default: false, description: "Also list superseded versions." },
          sort: { type: "string", enum: ["-id", "id"], default: "-id", description: "By storage order." },
          limit: limitParam(50, 500),
          cursor: cursorParam,
        }),
        response: {
          200: { description: "A page of article summaries.", ...page(ref("ArticleSummary")) },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const q = request.query;
      checkDate("from", q.from);
      checkDate("to", q.to);
      checkRange(q.from, q.to);
      const filters = {
        source: q.source,
        from: q.from,
        to: q.to,
        language: q.language,
        q: q.q,
        all: q.all_versions,
        sort: q.sort,
      };
      const fp = fingerprint(filters);
      const state = q.cursor === undefined ? undefined : decodeCursor(q.cursor, "articles", fp);
      let result: ArticlePage;
      try {
        result = await store.pageArticles({
          source: q.source,
          from: q.from,
          to: q.to,
          language: q.language,
          query: q.q,
          allVersions: q.all_versions,
          order: q.sort === "id" ? "asc" : "desc",
          limit: q.limit,
          ...(state?.id !== undefined ? { afterId: state.id } : {}),
          ...(state ? { maxId: state.maxId } : {}),
        });
      } catch (err) {
        usageAsInvalid(err, "q");
      }
      const next =
        result.nextId === null
          ? null
          : encodeCursor("articles", fp, { maxId: result.maxId, id: result.nextId });
      return { data: result.articles.map(presentSummary), next_cursor: next };
    },
  );

  app.get<{ Params: { id: number } }>(
    "/api/articles/:id",
    {
      schema: {
        tags: ["articles"],
        operationId: "getArticle",
        summary: "One article with its annotations",
        description:
          "The clean text, with sentences, entities, times, places and events as offsets into it, and the spans the " +
          "cleaner removed. The text is untrusted: render it as text, never as HTML.",
        params: idParams,
        response: { 200: { description: "The article.", ...ref("ArticleDetail") }, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const [doc, stored, events, listed] = await Promise.all([
        store.loadDoc(id),
        store.getArticle(id),
        store.articleEvents(id),
        // The newest stored row with an id ≤ id is the article itself when it exists: its summary says
        // whether it is the current version.
        store.pageArticles({ allVersions: true, maxId: id, limit: 1, order: "desc" }),
      ]);
      const summary = listed.articles[0];
      if (!doc || !stored || !summary || summary.id !== id) throw notFound(`no article with id ${id}`);
      return presentArticle(summary, doc, stored.contentHash, events);
    },
  );

  app.get<{ Querystring: SearchParams }>(
    "/api/search",
    {
      schema: {
        tags: ["articles"],
        operationId: "searchArticles",
        summary: "Full-text search",
        description:
          "Current articles matching an FTS5 query, most relevant first, each with a plain-text snippet and the " +
          "offsets of the matched words in it (no markup).",
        querystring: query({ q: qParam, limit: limitParam(20, 100), cursor: cursorParam }, ["q"]),
        response: {
          200: { description: "A page of hits, best first.", ...page(ref("SearchHit")) },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const q = request.query;
      const fp = fingerprint({ q: q.q });
      const state = q.cursor === undefined ? undefined : decodeCursor(q.cursor, "search", fp);
      let result: SearchPage;
      try {
        result = await store.searchArticles({
          query: q.q,
          limit: q.limit,
          ...(state ? { maxId: state.maxId, offset: state.offset ?? 0 } : {}),
        });
      } catch (err) {
        usageAsInvalid(err, "q");
      }
      const next =
        result.nextOffset === null
          ? null
          : encodeCursor("search", fp, { maxId: result.maxId, offset: result.nextOffset });
      return {
        data: result.hits.map((h) => ({
          article: presentSummary(h.article),
          score: h.score,
          snippet: h.snippet,
        })),
        next_cursor: next,
      };
    },
  );
}
