// Steppe dashboard: routes between the views and refreshes them when the store changes.
import { get } from "./api.js";
import { parseRoute } from "./shared.js";
import * as mapView from "./map.js";
import * as dyadView from "./dyads.js";
import * as eventView from "./events.js";
import * as documentView from "./document.js";

const POLL_MS = 4000;
const VIEWS = ["map", "dyads", "events", "document"];
let lastStats = null;

function render() {
  const route = parseRoute(location.hash);
  const view = VIEWS.includes(route.view) ? route.view : "map";
  for (const name of VIEWS) {
    document.getElementById(`view-${name}`).hidden = name !== view;
    document.querySelector(`nav a[data-view="${name}"]`).classList.toggle("current", name === view);
  }
  if (view === "map") {
    return mapView.refresh();
  }
  if (view === "dyads") {
    return dyadView.refresh();
  }
  if (view === "events") {
    return eventView.refresh();
  }
  return documentView.show(route.rest[0], route.params.get("event"));
}

function showStats(stats) {
  const node = document.getElementById("stats");
  node.textContent =
    `${stats.documents} documents · ${stats.events} events (${stats.asserted_events} asserted) · ${stats.duplicates} duplicates`;
  node.dataset.documents = stats.documents;
  node.dataset.events = stats.events;
}

/** Polls the store's counts; when they change (new documents ingested), redraws the view. */
async function poll() {
  try {
    const stats = await get("/api/stats");
    const key = JSON.stringify(stats);
    if (lastStats !== null && key !== lastStats) {
      await render();
      document.getElementById("stats").classList.add("updated");
      setTimeout(() => document.getElementById("stats").classList.remove("updated"), 2500);
    }
    lastStats = key;
    showStats(stats);
  } catch (error) {
    document.getElementById("stats").textContent = "server unreachable; retrying…";
  }
}

mapView.init();
dyadView.init();
eventView.init();
window.addEventListener("hashchange", render);
render();
poll();
setInterval(poll, POLL_MS);
