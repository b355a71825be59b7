// Small helpers shared by the views: element building, colours, event descriptions.

/** Creates an element with attributes and children (strings become text, never HTML). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith("on")) {
      element.addEventListener(name.slice(2), value);
    } else if (name === "className") {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? "" : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

export const QUADS = [
  { key: "verbal_cooperation", label: "Verbal cooperation", className: "q1" },
  { key: "material_cooperation", label: "Material cooperation", className: "q2" },
  { key: "verbal_conflict", label: "Verbal conflict", className: "q3" },
  { key: "material_conflict", label: "Material conflict", className: "q4" },
];

/** The actor's code, or a dash. */
export function actorCode(actor) {
  return actor ? actor.code || actor.country || actor.org || "?" : "—";
}

/** "TJKGOV → ISRMIL · 111 ACCUSE" */
export function eventLabel(event) {
  return `${actorCode(event.source)} → ${actorCode(event.target)} · ${event.cameo} ${event.plover || ""}`.trim();
}

/** The sentence as a paragraph with the event's words (its span) marked. */
export function sentenceWithSpan(event, className = "") {
  const [start, end] = event.span || [0, 0];
  const text = event.sentence || "";
  return el(
    "span",
    { className: `sentence ${className}`.trim() },
    text.slice(0, start),
    el("mark", { className: `q${event.quad_class}` }, text.slice(start, end)),
    text.slice(end),
  );
}

/** Link to the document view, focused on one event. */
export function documentHref(event) {
  return `#/document/${encodeURIComponent(event.doc_id)}?event=${encodeURIComponent(event.event_id)}`;
}

/** Reads a hash route "#/view/rest?query" into its parts. */
export function parseRoute(hash) {
  const [path, query = ""] = (hash || "").replace(/^#\/?/, "").split("?");
  const [view, ...rest] = path.split("/");
  return { view: view || "map", rest: rest.map(decodeURIComponent), params: new URLSearchParams(query) };
}

/** The form's non-empty fields as an object. */
export function formValues(form) {
  const values = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (String(value).trim() !== "") {
      values[name] = String(value).trim();
    }
  }
  return values;
}
