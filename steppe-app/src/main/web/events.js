// The event table: stored events with the API's filters, a page at a time.
import { get, showProblem } from "./api.js";
import { actorCode, documentHref, el, formValues, sentenceWithSpan } from "./shared.js";

const PAGE = 50;
const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
let offset = 0;

function row(event) {
  return el(
    "tr",
    { className: event.modality === "asserted" ? "" : "not-asserted" },
    el("td", { className: "nowrap" }, event.date || "—"),
    el("td", { title: event.source?.text || "" }, actorCode(event.source)),
    el("td", { className: "nowrap" }, el("span", { className: `swatch q${event.quad_class}` }), `${event.cameo} ${event.plover || ""}`),
    el("td", { title: event.target?.text || "" }, actorCode(event.target)),
    el("td", {}, event.modality),
    el("td", {}, el("a", { href: documentHref(event), className: "evidence-sentence" }, sentenceWithSpan(event))),
  );
}

export async function refresh() {
  const filters = formValues(document.getElementById("event-form"));
  try {
    const body = await get("/api/events", { ...filters, limit: PAGE, offset });
    showProblem(null);
    const rows = body.events.map(row);
    document.querySelector("#event-table tbody").replaceChildren(
      ...(rows.length ? rows : [el("tr", {}, el("td", { colspan: 6, className: "hint" }, "No events match these filters."))]),
    );
    document.getElementById("event-page").textContent =
      body.count ? `events ${offset + 1}–${offset + body.count}${body.has_more ? "" : " (last page)"}` : "";
    document.getElementById("event-prev").disabled = offset === 0;
    document.getElementById("event-next").disabled = !body.has_more;
  } catch (error) {
    showProblem(error);
  }
}

export function init() {
  const form = document.getElementById("event-form");
  form.plover.append(...PLOVER.map((type) => el("option", {}, type)));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    offset = 0;
    refresh();
  });
  document.getElementById("event-prev").addEventListener("click", () => {
    offset = Math.max(0, offset - PAGE);
    refresh();
  });
  document.getElementById("event-next").addEventListener("click", () => {
    offset += PAGE;
    refresh();
  });
}
