// The document view: the article's sentences with each coded event's words marked, and beside
// them every event with its actors, code, modality and why.
import { get, showProblem } from "./api.js";
import { actorCode, el, eventLabel } from "./shared.js";

/** Splits a sentence at every span boundary; each piece knows the events whose span covers it. */
function pieces(sentence) {
  const cuts = new Set([0, sentence.text.length]);
  for (const event of sentence.events) {
    cuts.add(Math.min(event.span[0], sentence.text.length));
    cuts.add(Math.min(event.span[1], sentence.text.length));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    const covering = sentence.events.filter((e) => e.span[0] <= start && e.span[1] >= end && e.span[0] < e.span[1]);
    result.push({ text: sentence.text.slice(start, end), events: covering });
  }
  return result;
}

function activate(eventId) {
  for (const node of document.querySelectorAll("#document .active")) {
    node.classList.remove("active");
  }
  for (const node of document.querySelectorAll(`#document [data-events~="${CSS.escape(eventId)}"]`)) {
    node.classList.add("active");
  }
  const card = document.querySelector(`#document .event-card[data-event="${CSS.escape(eventId)}"]`);
  if (card) {
    card.classList.add("active");
    card.scrollIntoView({ block: "nearest" });
  }
}

function sentenceNode(sentence) {
  return el(
    "span",
    { className: "doc-sentence", "data-index": sentence.index },
    pieces(sentence).map((piece) => {
      if (piece.events.length === 0) {
        return piece.text;
      }
      const first = piece.events[0];
      const classes = `q${first.quad_class}${first.modality === "asserted" ? "" : " not-asserted"}`;
      return el(
        "mark",
        { className: classes, "data-events": piece.events.map((e) => e.event_id).join(" "), title: piece.events.map(eventLabel).join("\n"), onclick: () => activate(first.event_id) },
        piece.text,
      );
    }),
    " ",
  );
}

/** Paragraphs as the text has them: a line break between two sentences starts a new one. */
function paragraphs(doc) {
  const result = [];
  let paragraph = el("p");
  let previousEnd = 0;
  for (const sentence of doc.sentences) {
    const gap = doc.text.slice(previousEnd, sentence.begin);
    if (gap.includes("\n") && paragraph.hasChildNodes()) {
      result.push(paragraph);
      paragraph = el("p");
    }
    paragraph.append(sentenceNode(sentence));
    previousEnd = sentence.begin + sentence.text.length;
  }
  result.push(paragraph);
  return result;
}

function eventCard(event) {
  const [start, end] = event.span;
  return el(
    "li",
    { className: "event-card", "data-event": event.event_id, onclick: () => activate(event.event_id) },
    el("p", { className: "label" }, el("span", { className: `swatch q${event.quad_class}` }), eventLabel(event)),
    el("p", { className: "words" }, "“", event.sentence.slice(start, end), "”"),
    el(
      "dl",
      {},
      el("dt", {}, "source"), el("dd", {}, `${actorCode(event.source)} — ${event.source?.text || ""}`),
      el("dt", {}, "target"), el("dd", {}, event.target ? `${actorCode(event.target)} — ${event.target.text || ""}` : "none"),
      el("dt", {}, "modality"), el("dd", { className: `modality ${event.modality}` }, event.modality),
      event.attribution ? [el("dt", {}, "claimed by"), el("dd", {}, `${actorCode(event.attribution)} — ${event.attribution.text || ""}`)] : null,
      el("dt", {}, "Goldstein"), el("dd", {}, event.goldstein),
      el("dt", {}, "why"), el("dd", { className: "why" }, event.why),
    ),
  );
}

export async function show(id, focusEvent) {
  const container = document.getElementById("document");
  if (!id) {
    return;
  }
  try {
    const doc = await get(`/api/documents/${encodeURIComponent(id)}`);
    showProblem(null);
    const events = doc.sentences.flatMap((s) => s.events);
    const parts = [
      el("h2", {}, doc.title || doc.id),
      el("p", { className: "meta" }, [doc.date, doc.source, `${doc.event_count} coded events`, doc.id].filter(Boolean).join(" · ")),
      doc.url ? el("p", { className: "meta" }, el("a", { href: doc.url, rel: "noreferrer noopener", target: "_blank" }, doc.url)) : null,
      el(
        "div",
        { className: "doc-layout" },
        el("article", { className: "doc-text" }, paragraphs(doc)),
        el("aside", {}, el("h3", {}, "Coded events"), el("ol", { className: "event-cards" }, events.map(eventCard))),
      ),
    ];
    container.replaceChildren(...parts.filter(Boolean));
    if (focusEvent) {
      activate(focusEvent);
    }
  } catch (error) {
    showProblem(error);
  }
}
