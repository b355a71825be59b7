// The dyads view: asserted events per month by quad class for one directed pair, and the busiest
// dyads of the store.
import { allEvents, get, showProblem } from "./api.js";
import { QUADS, el, formValues } from "./shared.js";
import { countryName, loadWorld } from "./map.js";

function months(events) {
  const counts = new Map();
  for (const event of events) {
    if (!event.date) {
      continue;
    }
    const month = event.date.slice(0, 7);
    const row = counts.get(month) || { month, total: 0, ...Object.fromEntries(QUADS.map((q) => [q.key, 0])) };
    row[QUADS[event.quad_class - 1].key] += 1;
    row.total += 1;
    counts.set(month, row);
  }
  if (counts.size === 0) {
    return [];
  }
  // Every month between the first and the last, so quiet months show as gaps.
  const keys = [...counts.keys()].sort();
  const all = [];
  for (let d = new Date(`${keys[0]}-01T00:00:00Z`); ; d.setUTCMonth(d.getUTCMonth() + 1)) {
    const month = d.toISOString().slice(0, 7);
    all.push(counts.get(month) || { month, total: 0, ...Object.fromEntries(QUADS.map((q) => [q.key, 0])) });
    if (month >= keys[keys.length - 1]) {
      break;
    }
  }
  return all;
}

function drawChart(rows) {
  const width = 960;
  const height = 320;
  const margin = { top: 16, right: 16, bottom: 40, left: 44 };
  const svg = d3.select("#dyad-chart").attr("viewBox", `0 0 ${width} ${height}`);
  svg.selectAll("*").remove();
  if (rows.length === 0) {
    svg.append("text").attr("class", "empty").attr("x", width / 2).attr("y", height / 2).text("No asserted dated events for this dyad.");
    return;
  }
  // Bars at most 64 px wide: a dyad with one busy month should not fill the panel.
  const right = Math.min(width - margin.right, margin.left + rows.length * 80);
  const x = d3.scaleBand(rows.map((r) => r.month), [margin.left, right]).padding(0.2);
  const y = d3.scaleLinear([0, d3.max(rows, (r) => r.total)], [height - margin.bottom, margin.top]).nice();
  const stack = d3.stack().keys(QUADS.map((q) => q.key))(rows);
  svg
    .append("g")
    .selectAll("g")
    .data(stack)
    .join("g")
    .attr("class", (_s, i) => `bars ${QUADS[i].className}`)
    .selectAll("rect")
    .data((series) => series.map((point) => ({ point, key: series.key })))
    .join("rect")
    .attr("x", (d) => x(d.point.data.month))
    .attr("y", (d) => y(d.point[1]))
    .attr("height", (d) => y(d.point[0]) - y(d.point[1]))
    .attr("width", x.bandwidth())
    .append("title")
    .text((d) => `${d.point.data.month}: ${d.point.data[d.key]} ${d.key.replace("_", " ")}`);
  const every = Math.ceil(rows.length / 12);
  svg
    .append("g")
    .attr("class", "axis")
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).tickValues(x.domain().filter((_m, i) => i % every === 0)));
  svg
    .append("g")
    .attr("class", "axis")
    .attr("transform", `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).ticks(Math.min(8, y.domain()[1])).tickFormat(d3.format("d")));
}

function drawLegend() {
  document
    .getElementById("quad-legend")
    .replaceChildren(...QUADS.map((q) => el("li", {}, el("span", { className: `swatch ${q.className}` }), q.label)));
}

async function drawBusiest() {
  const body = await get("/api/dyads", { limit: 15 });
  const form = document.getElementById("dyad-form");
  document.getElementById("dyad-actors").replaceChildren(
    ...[...new Set(body.dyads.flatMap((d) => [d.source, d.target]))].sort().map((code) => el("option", { value: code })),
  );
  document.querySelector("#dyad-table tbody").replaceChildren(
    ...body.dyads.map((dyad) =>
      el(
        "tr",
        {
          onclick: () => {
            form.source.value = dyad.source;
            form.target.value = dyad.target;
            refresh();
          },
        },
        el("td", {}, `${countryName(dyad.source)} (${dyad.source})`),
        el("td", {}, `${countryName(dyad.target)} (${dyad.target})`),
        el("td", { className: "num" }, dyad.events),
        el("td", { className: "num" }, dyad.goldstein.toFixed(1)),
      ),
    ),
  );
}

export async function refresh() {
  const { source, target } = formValues(document.getElementById("dyad-form"));
  try {
    await loadWorld();
    const events = await allEvents({ source, target, modality: "asserted" });
    document.getElementById("dyad-title").textContent =
      `${countryName(source)} → ${countryName(target)}: asserted events per month (${events.length})`;
    drawChart(months(events));
    drawLegend();
    await drawBusiest();
    showProblem(null);
  } catch (error) {
    showProblem(error);
  }
}

export function init() {
  const form = document.getElementById("dyad-form");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    refresh();
  });
  document.getElementById("dyad-swap").addEventListener("click", () => {
    [form.source.value, form.target.value] = [form.target.value, form.source.value];
    refresh();
  });
}
