// Talks to Steppe's read-only JSON API and shows its problem details when a request is refused.

/** An answer of the API that was not 2xx: its RFC 9457 problem details. */
export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || "request failed");
    this.problem = problem;
  }
}

// A server started with a token is opened once at /#token=TOKEN: the token is kept for this tab
// and taken out of the address bar, so it is neither bookmarked nor sent in a Referer.
const TOKEN_KEY = "steppe-token";
const tokenInHash = new URLSearchParams(location.hash.slice(1)).get("token");
if (tokenInHash) {
  sessionStorage.setItem(TOKEN_KEY, tokenInHash);
  history.replaceState(null, "", location.pathname + location.search);
}

function headers() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const result = { Accept: "application/json" };
  if (token) {
    result.Authorization = `Bearer ${token}`;
  }
  return result;
}

/** GET path with these query parameters (empty values are left out); resolves to the JSON. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") {
      query.set(name, value);
    }
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: headers() });
  const body = await response.json().catch(() => ({ title: response.statusText }));
  if (!response.ok) {
    throw new ApiError({ status: response.status, ...body });
  }
  return body;
}

/** Every page of /api/events for these filters, up to maxPages pages of 500. */
export async function allEvents(filters, maxPages = 20) {
  const events = [];
  for (let page = 0; page < maxPages; page++) {
    const body = await get("/api/events", { ...filters, limit: 500, offset: page * 500 });
    events.push(...body.events);
    if (!body.has_more) {
      break;
    }
  }
  return events;
}

const problemBox = () => document.getElementById("problem");

/** Shows a failed request's problem in the banner, or hides the banner when given null. */
export function showProblem(error) {
  const box = problemBox();
  if (!error) {
    box.hidden = true;
    box.textContent = "";
    return;
  }
  const problem = error.problem || { title: "Error", detail: String(error.message || error) };
  box.textContent = `${problem.title || "Error"}${problem.status ? " (" + problem.status + ")" : ""}: ${problem.detail || ""}`;
  box.hidden = false;
}
