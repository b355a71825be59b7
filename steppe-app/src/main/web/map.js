// The reactions view: a world map coloured by each actor's stance toward the focal actors, the
// reaction table, and the evidence of the selected country.
import { get, showProblem } from "./api.js";
import { QUADS, documentHref, el, eventLabel, formValues, sentenceWithSpan } from "./shared.js";

const FOCAL = "focal";
let world = null; // { features, names: Map alpha-3 -> name }
let current = { rows: new Map(), stances: [], query: {} };
let selected = null;
let mapZoom = null; // { root, zoom, path, width, height } once the map is drawn

/** Loads the world geometry and the numeric -> alpha-3 table once. */
export async function loadWorld() {
  if (world) {
    return world;
  }
  const [atlas, codes] = await Promise.all([
    fetch("countries-110m.json").then((r) => r.json()),
    fetch("country-codes.json").then((r) => r.json()),
  ]);
  const features = topojson.feature(atlas, atlas.objects.countries).features;
  const names = new Map();
  for (const feature of features) {
    const entry = codes[feature.id];
    feature.properties.code = entry ? entry.code : null;
    if (entry) {
      names.set(entry.code, entry.name);
    }
  }
  world = { features, names };
  return world;
}

export function countryName(code) {
  return (world && world.names.get(code)) || code;
}

function drawMap(svg) {
  const width = 960;
  const height = 480;
  const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const root = d3.select(svg).attr("viewBox", `0 0 ${width} ${height}`);
  root.selectAll("*").remove();
  const layer = root.append("g");
  layer.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  layer
    .append("g")
    .selectAll("path")
    .data(world.features)
    .join("path")
    .attr("class", "country")
    .attr("d", path)
    .attr("data-code", (d) => d.properties.code || "")
    .on("click", (_event, d) => d.properties.code && select(d.properties.code))
    .append("title")
    .text((d) => d.properties.name);
  // Wheel or pinch zooms, dragging pans: Central Asia is small on a world map.
  const zoom = d3
    .zoom()
    .scaleExtent([1, 12])
    .translateExtent([[0, 0], [width, height]])
    .on("zoom", (event) => layer.attr("transform", event.transform));
  root.call(zoom);
  mapZoom = { root, zoom, path, width, height };
}

/** Zooms onto the reacting actors (at most 3x, so their neighbours stay in view). */
function zoomToActors() {
  const { root, zoom, path, width, height } = mapZoom;
  const features = world.features.filter((f) => current.rows.has(f.properties.code));
  if (features.length === 0) {
    root.call(zoom.transform, d3.zoomIdentity);
    return;
  }
  const [[x0, y0], [x1, y1]] = path.bounds({ type: "FeatureCollection", features });
  const k = Math.max(1, Math.min(3, 0.8 / Math.max((x1 - x0) / width, (y1 - y0) / height)));
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  root.call(zoom.transform, d3.zoomIdentity.translate(width / 2 - k * cx, height / 2 - k * cy).scale(k));
}

function colourMap() {
  const against = new Set(current.query.against || []);
  d3.selectAll("#map path.country").attr("class", (d) => {
    const code = d.properties.code;
    const row = current.rows.get(code);
    const classes = ["country"];
    if (against.has(code)) {
      classes.push(FOCAL);
    } else if (row) {
      classes.push(`stance-${row.stance}`);
    }
    if (code && code === selected) {
      classes.push("selected");
    }
    return classes.join(" ");
  });
  d3.selectAll("#map path.country title").text((d) => {
    const row = current.rows.get(d.properties.code);
    const name = countryName(d.properties.code) || d.properties.name;
    if (against.has(d.properties.code)) {
      return `${name}: focal actor`;
    }
    return row ? `${name}: ${row.stance_label}` : name;
  });
}

function drawLegend() {
  const legend = document.getElementById("legend");
  legend.replaceChildren(
    el("li", {}, el("span", { className: `swatch ${FOCAL}` }), "focal actor"),
    ...current.stances.map((s) => el("li", {}, el("span", { className: `swatch stance-${s.stance}` }), s.label)),
  );
}

function drawTable() {
  const body = document.querySelector("#reaction-table tbody");
  body.replaceChildren(
    ...[...current.rows.values()].map((row) =>
      el(
        "tr",
        { "data-code": row.actor, className: row.actor === selected ? "selected" : "", onclick: () => select(row.actor) },
        el("th", { scope: "row" }, `${countryName(row.actor)} (${row.actor})`),
        el("td", {}, el("span", { className: `swatch stance-${row.stance}` }), row.stance_label),
        ...QUADS.map((q) => el("td", { className: "num" }, row.quad_counts[q.key])),
        el("td", { className: "num" }, row.evidence.length),
        el("td", { className: "num" }, row.denied.length),
      ),
    ),
  );
}

function evidenceList(events, className) {
  if (events.length === 0) {
    return el("p", { className: "hint" }, "none");
  }
  return el(
    "ol",
    { className: `evidence ${className}` },
    events.map((event) =>
      el(
        "li",
        {},
        el("a", { className: "evidence-sentence", href: documentHref(event), title: "Open the document" }, sentenceWithSpan(event)),
        el("p", { className: "meta" }, `${event.date || "undated"} · ${eventLabel(event)} · ${event.modality}`),
        el("p", { className: "why" }, event.why),
      ),
    ),
  );
}

function drawDetail(row) {
  const detail = document.getElementById("detail");
  if (!row) {
    detail.replaceChildren(el("p", { className: "hint" }, `${countryName(selected)} is a focal actor.`));
    return;
  }
  detail.replaceChildren(
    el("h2", {}, `${countryName(row.actor)} (${row.actor})`),
    el("p", { className: `stance-badge stance-${row.stance}` }, row.stance_label),
    el("p", { className: "meta" }, `toward ${(current.query.against || []).join(", ")}`),
    el(
      "ul",
      { className: "quads" },
      QUADS.map((q) => el("li", {}, el("span", { className: `swatch ${q.className}` }), `${q.label}: ${row.quad_counts[q.key]}`)),
    ),
    el("h3", {}, "Evidence"),
    evidenceList(row.evidence, "asserted"),
    el("h3", {}, "Denied or hypothetical"),
    evidenceList(row.denied, "denied"),
  );
}

/** Selects a country: shows its row, fetching it when it is not among the reacting actors. */
async function select(code) {
  selected = code;
  colourMap();
  drawTable();
  if ((current.query.against || []).includes(code)) {
    drawDetail(null);
    return;
  }
  let row = current.rows.get(code);
  if (!row) {
    try {
      const body = await get("/api/reactions", { ...current.params, actors: code });
      row = body.rows[0];
    } catch (error) {
      showProblem(error);
      return;
    }
  }
  drawDetail(row);
}

/** Fetches the reaction table for the form's query and redraws everything. */
export async function refresh() {
  const form = document.getElementById("reaction-form");
  const params = formValues(form);
  try {
    await loadWorld();
    const body = await get("/api/reactions", params);
    showProblem(null);
    current = {
      rows: new Map(body.rows.map((row) => [row.actor, row])),
      stances: body.stances,
      query: body,
      params,
    };
  } catch (error) {
    showProblem(error);
    return;
  }
  const svg = document.getElementById("map");
  const actorsChanged = JSON.stringify(params.actors) !== svg.dataset.actors;
  if (!svg.hasChildNodes()) {
    drawMap(svg);
  }
  colourMap();
  if (actorsChanged) {
    svg.dataset.actors = JSON.stringify(params.actors);
    zoomToActors();
  }
  drawLegend();
  drawTable();
  if (selected) {
    await select(selected);
  }
}

export function init() {
  document.getElementById("map-world").addEventListener("click", () => mapZoom && mapZoom.root.call(mapZoom.zoom.transform, d3.zoomIdentity));
  document.getElementById("map-actors").addEventListener("click", () => mapZoom && zoomToActors());
  document.getElementById("reaction-form").addEventListener("submit", (event) => {
    event.preventDefault();
    refresh();
  });
}
