/** Article list with full-text search: the way into the reader. */
import { getJson } from "../api.js";
import { append, fmt, h, routeLink } from "../dom.js";
import type { ApiArticleRef, Page } from "../types.js";
import { emptyNote, go, route, type ViewContext } from "../view.js";

interface Summary extends ApiArticleRef {
  event_count: number;
  preview: string;
}

export async function articlesView(ctx: ViewContext): Promise<void> {
  const q = ctx.params.get("q") ?? "";
  const cursor = ctx.params.get("cursor") ?? "";
  const page = await getJson<Page<Summary>>("/api/articles", { q, cursor, limit: 50 });
  if (!ctx.current()) return;
  const input = h("input", { name: "q", value: q, placeholder: "full-text query", size: 30 });
  const form = h("form", { class: "filters" }, input, h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    go(route("/articles", { q: input.value.trim() }));
  });
  const list = h("ul", { class: "article-list", id: "article-list" });
  for (const a of page.data) {
    list.appendChild(
      h(
        "li",
        {},
        routeLink(`/article/${a.id}`, a.title ?? a.doc_id, { class: "article-link" }),
        h(
          "span",
          { class: "muted" },
          ` · ${a.source} · ${a.published_at ?? "undated"} · ${fmt(a.event_count)} events`,
        ),
        h("div", { class: "preview" }, a.preview),
      ),
    );
  }
  append(
    ctx.root,
    h("h1", {}, "Articles"),
    form,
    page.data.length > 0 ? list : emptyNote("No articles."),
    page.next_cursor
      ? h(
          "p",
          { class: "pager" },
          routeLink(route("/articles", { q, cursor: page.next_cursor }), "next page →"),
        )
      : null,
  );
}
