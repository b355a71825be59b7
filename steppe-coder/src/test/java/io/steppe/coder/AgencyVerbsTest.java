package io.steppe.coder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** agency.tsv loads (its checks run when the class does) and reads as documented. */
class AgencyVerbsTest {
  @Test
  void lightVerbs_takeTheirObjectOrTheirNamedPhrase() {
    assertThat(AgencyVerbs.isLight("launch", "")).isTrue();
    assertThat(AgencyVerbs.isLight("speed", "")).isTrue();
    assertThat(AgencyVerbs.isLight("engage", "in")).isTrue();
    assertThat(AgencyVerbs.isLight("engage", "")).isFalse();
    assertThat(AgencyVerbs.isLight("condemn", "")).isFalse();
  }

  @Test
  void statalVerbs_nameTheirPreposition() {
    assertThat(AgencyVerbs.statalPreposition("engage")).isEqualTo("in");
    assertThat(AgencyVerbs.statalPreposition("oppose")).isEqualTo("to");
    assertThat(AgencyVerbs.statalPreposition("commit")).isNull();
  }
}
