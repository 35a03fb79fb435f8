/**
 * The Chancery web app: a hash-routed single page over the REST API. Every
 * view builds its DOM from data with text nodes only (see `dom.ts`).
 */
import { ApiFailure } from "./api.js";
import { h } from "./dom.js";
import type { View, ViewContext } from "./view.js";
import { actorView } from "./views/actor.js";
import { articleView } from "./views/article.js";
import { articlesView } from "./views/articles.js";
import { dyadView } from "./views/dyad.js";
import { eventsView } from "./views/events.js";
import { networkView } from "./views/network.js";
import { overviewView } from "./views/overview.js";

const VIEWS: Record<string, View> = {
  overview: overviewView,
  dyad: dyadView,
  events: eventsView,
  articles: articlesView,
  article: articleView,
  actor: actorView,
  network: networkView,
};

/** Navigation entries: view name and label. */
const NAV: ReadonlyArray<[string, string]> = [
  ["overview", "Overview"],
  ["dyad", "Dyads"],
  ["events", "Events"],
  ["articles", "Articles"],
  ["actor", "Actors"],
  ["network", "Network"],
];

let generation = 0;
let leaving: Array<() => void> = [];

function parseHash(): { name: string; path: string[]; params: URLSearchParams } {
  const raw = location.hash.replace(/^#\/?/, "");
  const [pathPart = "", query = ""] = raw.split("?", 2);
  const segments = pathPart
    .split("/")
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { name: segments[0] ?? "overview", path: segments.slice(1), params: new URLSearchParams(query) };
}

async function render(main: HTMLElement, nav: HTMLElement): Promise<void> {
  const mine = ++generation;
  for (const fn of leaving) fn();
  leaving = [];
  const { name, path, params } = parseHash();
  const view = VIEWS[name];
  for (const a of nav.querySelectorAll("a")) a.classList.toggle("active", a.dataset["view"] === name);
  main.dataset["ready"] = "false";
  main.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  const root = h("div", { class: "view", "data-view": name });
  const ctx: ViewContext = {
    root,
    path,
    params,
    onLeave: (fn) => leaving.push(fn),
    current: () => mine === generation,
  };
  try {
    if (!view) throw new Error(`no view ${name}`);
    main.replaceChildren(root);
    await view(ctx);
  } catch (err) {
    if (mine !== generation) return;
    const message =
      err instanceof ApiFailure
        ? `${err.code}: ${err.message}`
        : err instanceof Error
          ? err.message
          : String(err);
    main.replaceChildren(
      h("div", { class: "view" }, h("h1", {}, "Something went wrong"), h("p", { class: "error" }, message)),
    );
  }
  if (mine === generation) main.dataset["ready"] = "true";
}

function start(): void {
  const nav = document.getElementById("nav");
  const main = document.getElementById("main");
  if (!nav || !main) return;
  for (const [name, label] of NAV) nav.appendChild(h("a", { href: `#/${name}`, "data-view": name }, label));
  const rerender = (): void => void render(main, nav);
  window.addEventListener("hashchange", rerender);
  rerender();
}

start();
