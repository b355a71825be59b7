package io.steppe.app.cli;

import io.steppe.analytics.ClaimCheck;
import io.steppe.analytics.Claims;
import io.steppe.model.Claim;
import io.steppe.model.Event;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steppe claims --about KAZ}: what speakers claimed, beside what followed. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Statements attributed to named speakers that concern an actor, each followed by the later",
      "asserted events involving that actor, so a prediction can be read against what happened."
    })
public final class ClaimsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--about",
      required = true,
      paramLabel = "ACTOR",
      description = "Country or organisation code, e.g. KAZ.")
  String about;

  @Option(
      names = "--later",
      defaultValue = "5",
      paramLabel = "N",
      description = "Later events shown per claim (default: 5).")
  int later;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore eventStore = Stores.open(store.location())) {
      for (ClaimCheck check : new Claims(eventStore).about(about.toUpperCase(Locale.ROOT), later)) {
        print(check, out);
      }
    }
    out.flush();
    return 0;
  }

  private static void print(ClaimCheck check, PrintWriter out) {
    Claim claim = check.claim();
    out.printf(
        "%s  %s (%s, %s): \"%s\"%n",
        claim.date(),
        claim.speaker().text(),
        Tables.code(claim.speaker()),
        claim.how(),
        Tables.shorten(claim.sentence(), 160));
    out.printf("    concerns %s%n", String.join(", ", claim.concerns()));
    if (check.later().isEmpty()) {
      out.println("    later: no asserted event involving it yet");
    }
    for (Event event : check.later()) {
      out.printf(
          "    later %s %s %s->%s %s \"%s\"%n",
          event.date(),
          event.cameo(),
          Tables.code(event.source()),
          Tables.code(event.target()),
          event.code().name(),
          Tables.shorten(event.sentence(), 100));
    }
  }
}
