package io.steppe.coder;

import io.steppe.model.CameoTable;
import io.steppe.model.TsvLine;
import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The code an appeal, intent, demand, refusal or threat takes from the action it is about, read
 * from {@code complements.tsv}: "urged Belgium to extradite" is an appeal for judicial cooperation,
 * "threatened to impose sanctions" a threat of sanctions. CAMEO gives these frames one sub-code per
 * kind of action, which the action's own pattern already tells.
 */
final class ComplementCodes {
  /** Frames whose action is done by someone else: "urged Iran to", "demanded that Iran". */
  private static final Set<String> OTHERS_ACT = Set.of("02", "10");

  private static final String INTENT = "03";
  private static final String THREAT = "13";
  private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp", "advcl");

  /** A protest's purpose: "rallied to demand", "a march calling for", "strikes demanding". */
  private static final Set<String> PURPOSES = Set.of("xcomp", "advcl", "acl");

  private static final String PROTEST = "14";
  private static final Map<String, Map<String, String>> BY_FRAME = load();
  private static final CameoTable TABLE = CameoTable.bundled();

  private ComplementCodes() {}

  /** The code a frame takes from an action's code, or null when the table has none. */
  static @Nullable String of(String frame, String action) {
    Map<String, String> rows = BY_FRAME.get(frame);
    if (rows == null) {
      return null;
    }
    for (int length = action.length(); length >= 2; length--) {
      String code = rows.get(action.substring(0, length));
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /** Each governing event with its code refined by the action in the clause it controls. */
  static List<CodedEventBuilder> refine(Tree tree, List<CodedEventBuilder> builders) {
    List<CodedEventBuilder> result = new ArrayList<>(builders.size());
    for (CodedEventBuilder governor : builders) {
      result.add(refined(tree, governor, builders));
    }
    return result;
  }

  private static CodedEventBuilder refined(
      Tree tree, CodedEventBuilder governor, List<CodedEventBuilder> all) {
    String frame = frame(governor.code().code());
    boolean protest = frame.startsWith(PROTEST);
    if (!BY_FRAME.containsKey(frame) || !protest && !governor.head().isVerb()) {
      return governor;
    }
    CodedEventBuilder controlled = null;
    for (CodedEventBuilder action : all) {
      boolean about =
          protest
              ? purposeOf(tree, governor.head(), action.head())
              : controls(tree, governor.head(), action.head(), OTHERS_ACT.contains(frame));
      if (!about) {
        continue;
      }
      controlled = controlled == null ? action : controlled;
      String own = action.code().code();
      String code = own.startsWith(frame) || isThreat(frame, own) ? own : of(frame, own);
      if (code != null && refines(code, governor.code().code())) {
        return withCode(governor, code, action);
      }
    }
    return controlled == null ? governor : withCode(governor, governor.code().code(), controlled);
  }

  /**
   * Whether the action's verb is the clause the governor controls, or a clause on the governor's
   * object ("rejected a proposal to meet", "repeated its demand that Israel ease"); "demanded that
   * Iran return" only for frames where another actor acts.
   */
  private static boolean controls(Tree tree, Token governor, Token action, boolean othersAct) {
    Token above = tree.head(action);
    if (above == null || !action.isVerb() || action.index() == governor.index()) {
      return false;
    }
    if (action.relation().equals("conj") && above.isVerb()) {
      // "called on the Arabs to unite and mobilize against X": each conjunct is called for.
      return controls(tree, governor, above, othersAct);
    }
    String relation = Tree.base(action.relation());
    if (above.index() == governor.index()) {
      return relation.equals("xcomp") || othersAct && CLAUSES.contains(relation);
    }
    Token verb = tree.head(above);
    return (relation.equals("acl") || relation.equals("ccomp"))
        && verb != null
        && verb.index() == governor.index()
        && Set.of("obj", "obl").contains(Tree.base(above.relation()));
  }

  /** Protests are frames by their three-digit code, as each kind has its own sub-codes. */
  private static String frame(String code) {
    return code.startsWith(PROTEST) && code.length() >= 3
        ? code.substring(0, 3)
        : code.substring(0, 2);
  }

  /**
   * Whether the action is the protest's purpose: a clause or participle on the protest's verb or
   * noun ("marched to demand", "a rally calling for"), or on the verb whose object the protest noun
   * is ("staged protests demanding"), or on the object of the protest's verb ("continued their
   * hunger strike to demand").
   */
  private static boolean purposeOf(Tree tree, Token governor, Token action) {
    Token above = tree.head(action);
    if (above == null
        || !action.isVerb()
        || action.index() == governor.index()
        || !PURPOSES.contains(Tree.base(action.relation())) && !isParticiple(action)) {
      return false;
    }
    if (above.index() == governor.index()) {
      return true;
    }
    Token verb = tree.head(above);
    Token protestHead = tree.head(governor);
    boolean onObject =
        verb != null
            && verb.index() == governor.index()
            && Set.of("obj", "obl").contains(Tree.base(above.relation()));
    boolean onVerb =
        protestHead != null
            && protestHead.index() == above.index()
            && Tree.base(governor.relation()).equals("obj");
    return onObject || onVerb;
  }

  /** "demonstrated calling for": the parser often leaves a trailing participle as a bare dep. */
  static boolean isParticiple(Token action) {
    return action.pos().equals("VBG") && action.relation().equals("dep");
  }

  /** "swore to fight": an intent to use force, already coded as the threat it is. */
  private static boolean isThreat(String frame, String action) {
    return frame.equals(INTENT) && action.startsWith(THREAT);
  }

  /** A frame's general code (020, 02) gives way to any of its codes, others only to their own. */
  private static boolean refines(String code, String current) {
    if (code.equals(current) || code.length() < current.length()) {
      return false;
    }
    boolean general = current.length() == 2 || current.length() == 3 && current.endsWith("0");
    return general || code.startsWith(current);
  }

  private static CodedEventBuilder withCode(
      CodedEventBuilder governor, String code, CodedEventBuilder action) {
    String why =
        code.equals(governor.code().code())
            ? governor.why()
            : governor.why()
                + "; CAMEO "
                + code
                + " for "
                + Tree.lower(action.head())
                + " ("
                + action.code().code()
                + ", complements.tsv)";
    ActorFinder.Found target = governor.target();
    if (!code.startsWith(governor.code().root()) && action.target() != null) {
      // "urged the EU to support the PLO" rallies support for the PLO (053): a frame whose code
      // leaves its own root is done to whom the action is done to, not to whom it was addressed.
      target = action.target();
      why += "; target of " + Tree.lower(action.head()) + " -> target";
    }
    // "demanded that Egypt release them": who is asked to act is the demand's target.
    boolean asked =
        OTHERS_ACT.contains(governor.code().root())
            && !action.source().actor().code().equals(governor.source().actor().code());
    if (target == null && asked) {
      target = action.source();
      why += "; subject of " + Tree.lower(action.head()) + " -> target";
    }
    return governor.recoded(TABLE.get(code), target, why);
  }

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> byFrame = new HashMap<>();
    CameoTable table = CameoTable.bundled();
    for (TsvLine line : TsvLine.readResource(ComplementCodes.class, "complements.tsv")) {
      line.requireCells(3, 4);
      for (int cell = 0; cell < 3; cell++) {
        if (cell != 1 && table.find(line.cell(cell)).isEmpty()) {
          throw line.error("unknown CAMEO code '" + line.cell(cell) + "' (see cameo.tsv)");
        }
      }
      byFrame.computeIfAbsent(line.cell(0), k -> new HashMap<>()).put(line.cell(1), line.cell(2));
    }
    return byFrame;
  }
}
