import type { FastifyInstance } from "fastify";
import { ErrorSchema } from "./common.js";
import {
  DyadSeriesSchema,
  NetworkSchema,
  PartyProfileSchema,
  PartySchema,
  SearchHitSchema,
  StatsSchema,
} from "./ledger.js";
import {
  ActorSchema,
  ArticleDetailSchema,
  ArticleRefSchema,
  ArticleSummarySchema,
  EventDetailSchema,
  EventSchema,
} from "./records.js";

/** Register the shared schemas (referenced as `{$ref: "Name#"}`, listed under `components.schemas`). */
export function registerSchemas(app: FastifyInstance): void {
  for (const schema of [
    ErrorSchema,
    ActorSchema,
    EventSchema,
    ArticleRefSchema,
    EventDetailSchema,
    ArticleSummarySchema,
    ArticleDetailSchema,
    PartySchema,
    PartyProfileSchema,
    DyadSeriesSchema,
    NetworkSchema,
    StatsSchema,
    SearchHitSchema,
  ]) {
    app.addSchema(schema);
  }
}
