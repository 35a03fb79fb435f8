/** The shapes of the API responses the app reads (see docs/api.md). */

export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

export interface ApiActor {
  text: string;
  name?: string;
  entity_id?: string;
  country: string | null;
  sector: string | null;
}

export interface ApiEvent {
  id: number;
  article_id: number;
  doc_id: string;
  actor: ApiActor[];
  recipient: ApiActor[];
  cameo: string;
  plover: { type: string; mode: string | null; context: string[] };
  goldstein: number;
  quad_class: number;
  status: string;
  date: { value: string; precision: string; stated: boolean; text?: string | null };
  location: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  evidence: { sentence: string; start: number; end: number; trigger: string; rule: string };
  confidence: number;
}

export interface ApiArticleRef {
  id: number;
  doc_id: string;
  source: string;
  url: string | null;
  title: string | null;
  published_at: string | null;
  version: number;
  is_current: boolean;
}

export interface ApiEventDetail extends ApiEvent {
  article: ApiArticleRef;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface ApiArticle extends ApiArticleRef {
  language: string | null;
  ingested_at: string;
  text: string;
  sentences: Array<{ start: number; end: number }>;
  entities: Array<{
    id: string;
    ledger_id: string;
    name: string;
    type: string;
    country: string | null;
    mentions: Mention[];
  }>;
  times: Array<Mention & { value: string; type: string }>;
  places: Array<Mention & { name: string; country: string | null }>;
  events: ApiEvent[];
  removed: Array<{ text: string; reason: string; input_start?: number }>;
  warnings: Array<{ code: string; message: string }>;
}

export interface Bucket {
  period: string;
  start: string;
  events: number;
  by_quad_class: Record<"0" | "1" | "2" | "3" | "4", number>;
  goldstein_sum: number;
  goldstein_mean: number | null;
}

export interface Overview {
  interval: string;
  from: string | null;
  to: string | null;
  series: Bucket[];
  undated: number;
  top_dyads: Array<{ a: string; b: string; events: number; goldstein_mean: number; color: string }>;
  countries: Array<{ id: string; name: string; as_actor: number; as_recipient: number; events: number }>;
}

export interface Stats {
  articles: number;
  sources: number;
  events: number;
  events_by_status: Record<string, number>;
  countries: number;
  entities: number;
  first_event_day: string | null;
  last_event_day: string | null;
}

export interface DyadSeries {
  a: string;
  b: string;
  interval: string;
  from: string | null;
  to: string | null;
  a_to_b: { totals: { events: number; goldstein_mean: number | null }; buckets: Bucket[] };
  b_to_a: { totals: { events: number; goldstein_mean: number | null }; buckets: Bucket[] };
}

export interface Party {
  id: string;
  kind: "country" | "entity";
  type: string;
  name: string;
  as_actor: number;
  as_recipient: number;
  articles: number;
}

export interface PartyProfile extends Party {
  roles: Array<{ role: string; sector: string | null; actors: number }>;
  interval: string;
  series: Array<{ period: string; start: string; as_actor: number; as_recipient: number }>;
  partners: Array<{
    id: string;
    outgoing: { events: number; goldstein_mean: number | null };
    incoming: { events: number; goldstein_mean: number | null };
  }>;
}

export interface NetworkData {
  from: string | null;
  to: string | null;
  total_edges: number;
  nodes: Array<{ id: string; kind: string; name: string; events_out: number; events_in: number }>;
  edges: Array<{ source: string; target: string; events: number; goldstein_mean: number; color: string }>;
}
