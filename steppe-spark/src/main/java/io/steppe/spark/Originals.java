package io.steppe.spark;

import io.steppe.ingest.NearDuplicateIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which documents are coded, going through them in corpus order as single-machine ingest
 * does: of documents sharing an id, the first is kept and the others rejected; a document whose
 * text repeats a kept one, exactly or nearly, is a duplicate and is not coded.
 *
 * <p>This runs on the driver because the verdicts depend on order (a near duplicate is compared
 * with every kept document before it). It holds one signature per kept document, as ingest does.
 */
final class Originals {
  private final Map<String, Position> firstById = new HashMap<>();
  private final Set<String> hashes = new HashSet<>();
  private final NearDuplicateIndex nearDuplicates =
      new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_THRESHOLD);
  private final HashSet<Position> setAside = new HashSet<>();
  private final List<Rejection> repeatedIds = new ArrayList<>();
  private long duplicates;
  private long kept;

  private Originals() {}

  /** The verdicts on documents given in corpus order. */
  static Selection select(Iterator<Fingerprint> inOrder) {
    Originals originals = new Originals();
    inOrder.forEachRemaining(originals::judge);
    return new Selection(
        originals.setAside, originals.repeatedIds, originals.duplicates, originals.kept);
  }

  private void judge(Fingerprint document) {
    Position first = firstById.putIfAbsent(document.id(), document.position());
    if (first != null) {
      setAside.add(document.position());
      repeatedIds.add(
          new Rejection(
              document.position(),
              "duplicate id \"" + document.id() + "\" (first used at " + first.origin() + ")"));
      return;
    }
    // As in ingest: an exact copy is not looked up among the near ones.
    boolean duplicate =
        hashes.contains(document.hash())
            || nearDuplicates.findOrAdd(document.id(), document.signature()).isPresent();
    if (duplicate) {
      setAside.add(document.position());
      duplicates++;
      return;
    }
    hashes.add(document.hash());
    kept++;
  }

  /**
   * The verdicts.
   *
   * @param setAside the lines not to code: duplicates and repeated ids
   * @param repeatedIds the lines rejected for repeating an earlier line's id, in corpus order
   * @param duplicates how many documents repeat an earlier one's text
   * @param kept how many documents are coded
   */
  record Selection(
      HashSet<Position> setAside, List<Rejection> repeatedIds, long duplicates, long kept) {}
}
