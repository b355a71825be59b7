package io.steppe.actors;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a dictionary name stands for.
 *
 * @param kind how the name refers to its actor; decides the default sector
 * @param roles for people, the dated roles (country, sector) they held; others have one role
 * @param origin file and line, for validator messages
 */
record Entry(Kind kind, List<Role> roles, String origin) {

  enum Kind {
    PERSON,
    SEAT,
    ORGANISATION,
    COUNTRY,
    CAPITAL,
    ADJECTIVE,
    /**
     * An organisation's name as news writes it bare ("the Security Council"), which a country or an
     * agent phrase in the same phrase makes another body ("Russia's Security Council", "the
     * National Security Council"): the weakest name, kept only when nothing qualifies it.
     */
    BARE
  }

  /** One role: the actor parts it gives, and the dates it holds for. */
  record Role(
      @Nullable String country,
      @Nullable String sector,
      @Nullable String org,
      String code,
      Period period) {}

  Entry {
    roles = List.copyOf(roles);
  }

  /** The role held on the date, or the undated fallback, or null. */
  @Nullable Role roleOn(java.time.@Nullable LocalDate date) {
    Role fallback = null;
    Role best = null;
    // Most entries have one role; an index loop makes no iterator on the resolver's path.
    for (int i = 0; i < roles.size(); i++) {
      Role role = roles.get(i);
      if (role.period().isAlways()) {
        fallback = role;
      } else if (date == null || role.period().contains(date)) {
        best = best == null || laterStart(role, best) ? role : best;
      }
    }
    return best != null ? best : fallback;
  }

  private static boolean laterStart(Role a, Role b) {
    if (a.period().from() == null) {
      return false;
    }
    return b.period().from() == null || a.period().from().isAfter(b.period().from());
  }
}
