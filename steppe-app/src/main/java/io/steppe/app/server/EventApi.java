package io.steppe.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.steppe.model.Document;
import io.steppe.model.Event;
import io.steppe.store.CodedDocument;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import io.steppe.store.StoreCounts;
import io.steppe.store.StoredSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Handlers for stored events, documents and counts: {@code /api/events} and its neighbours. */
final class EventApi {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 500;
  static final int MAX_OFFSET = 10_000;

  private static final Set<String> EVENT_PARAMS =
      Set.of(
          "source",
          "target",
          "root",
          "cameo",
          "plover",
          "since",
          "until",
          "modality",
          "limit",
          "offset");
  private static final Set<String> ACTOR_PARAMS =
      Set.of("since", "until", "modality", "limit", "offset");

  /** The store's own order: date (undated last), document, sentence, event id. */
  private static final Comparator<Event> STORE_ORDER =
      Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Event::docId)
          .thenComparingInt(Event::sentenceIndex)
          .thenComparing(Event::eventId);

  private final EventStore store;

  EventApi(EventStore store) {
    this.store = store;
  }

  /** {@code GET /api/events}: events matching the filters, one page. */
  void events(Context ctx) {
    Params params = Params.of(ctx, EVENT_PARAMS);
    Page page = Page.of(params);
    Params.Window window = params.window();
    EventQuery query =
        new EventQuery(
            params.code("source"),
            params.code("target"),
            params.root("root"),
            params.cameo("cameo"),
            params.plover("plover"),
            window.since(),
            window.until(),
            params.modality("modality"),
            page.fetch());
    Json.send(ctx, page.json(store.events(query)));
  }

  /** {@code GET /api/actors/{code}/events}: events with this actor as source or target. */
  void actorEvents(Context ctx) {
    String code = Params.pathCode(ctx, "code");
    Params params = Params.of(ctx, ACTOR_PARAMS);
    Page page = Page.of(params);
    Params.Window window = params.window();
    EventQuery query =
        EventQuery.all()
            .withSince(window.since())
            .withUntil(window.until())
            .withModality(params.modality("modality"))
            .withLimit(page.fetch());
    Map<String, Event> both = new LinkedHashMap<>();
    store.events(query.withSource(code)).forEach(e -> both.put(e.eventId(), e));
    store.events(query.withTarget(code)).forEach(e -> both.putIfAbsent(e.eventId(), e));
    List<Event> events = new ArrayList<>(both.values());
    events.sort(STORE_ORDER);
    ObjectNode body = page.json(events);
    body.put("actor", code);
    Json.send(ctx, body);
  }

  /** {@code GET /api/documents/{id}}: a document, its sentences and each sentence's events. */
  void document(Context ctx) {
    String id = Params.documentId(ctx, "id");
    Params.of(ctx, Set.of());
    CodedDocument coded =
        store
            .document(id)
            .orElseThrow(() -> ApiProblem.notFound("no coded document has id '" + id + "'"));
    Json.send(ctx, documentJson(coded));
  }

  /** {@code GET /api/stats}: how much the store holds. */
  void stats(Context ctx) {
    Params.of(ctx, Set.of());
    StoreCounts counts = store.counts();
    ObjectNode body = Json.object();
    body.put("documents", counts.documents());
    body.put("duplicates", counts.duplicates());
    body.put("sentences", counts.sentences());
    body.put("events", counts.events());
    body.put("asserted_events", counts.assertedEvents());
    Json.send(ctx, body);
  }

  private static ObjectNode documentJson(CodedDocument coded) {
    Document document = coded.document();
    ObjectNode body = Json.object();
    body.put("id", document.id());
    body.put("date", document.date() == null ? null : document.date().toString());
    body.put("title", document.title());
    body.put("source", document.source());
    body.put("url", document.url());
    body.put("origin", coded.origin());
    body.put("text", document.text());
    body.put("event_count", coded.events().size());
    ArrayNode sentences = body.putArray("sentences");
    for (StoredSentence sentence : coded.sentences()) {
      ObjectNode node = sentences.addObject();
      node.put("index", sentence.index());
      node.put("begin", sentence.begin());
      node.put("text", sentence.text());
      List<Event> events =
          coded.events().stream().filter(e -> e.sentenceIndex() == sentence.index()).toList();
      node.set("events", Json.events(events));
    }
    return body;
  }

  /** One page of a result: at most {@code limit} events after skipping {@code offset}. */
  private record Page(int limit, int offset) {
    static Page of(Params params) {
      return new Page(
          params.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
          params.integer("offset", 0, 0, MAX_OFFSET));
    }

    /** How many events to read: one more than the page needs shows whether more follow. */
    int fetch() {
      return offset + limit + 1;
    }

    ObjectNode json(List<Event> events) {
      int from = Math.min(offset, events.size());
      int to = Math.min(offset + limit, events.size());
      ObjectNode body = Json.object();
      body.put("offset", offset);
      body.put("limit", limit);
      body.put("count", to - from);
      body.put("has_more", events.size() > offset + limit);
      body.set("events", Json.events(events.subList(from, to)));
      return body;
    }
  }
}
