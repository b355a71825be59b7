package io.steppe.store;

import io.steppe.model.Actor;
import io.steppe.model.Claim;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes claims to and reads them from the {@code claims} table. */
final class ClaimRows {
  static final String INSERT =
      "INSERT INTO claims (claim_id, doc_id, sentence_index, sentence, date, speaker_code,"
          + " speaker_country, speaker_sector, speaker_org, speaker_text, concerns, how)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String ABOUT =
      "SELECT * FROM claims WHERE concerns LIKE ? ORDER BY date, doc_id, sentence_index";

  private ClaimRows() {}

  static void write(Connection connection, List<Claim> claims) throws SQLException {
    Sql.batch(connection, INSERT, claims.stream().map(ClaimRows::row).toList());
  }

  private static List<@Nullable Object> row(Claim claim) {
    Actor speaker = claim.speaker();
    List<@Nullable Object> row = new ArrayList<>();
    row.add(claim.claimId());
    row.add(claim.docId());
    row.add(claim.sentenceIndex());
    row.add(claim.sentence());
    row.add(claim.date() == null ? null : Date.valueOf(claim.date()));
    row.add(speaker.code().isEmpty() ? null : speaker.code());
    row.add(speaker.country());
    row.add(speaker.sector());
    row.add(speaker.org());
    row.add(speaker.text());
    row.add("," + String.join(",", claim.concerns()) + ",");
    row.add(claim.how());
    return row;
  }

  /** The LIKE pattern for claims about one actor code; the code is bound, never spliced. */
  static String aboutPattern(String party) {
    return "%," + party + ",%";
  }

  static Claim read(ResultSet rows) throws SQLException {
    String code = rows.getString("speaker_code");
    Actor speaker =
        new Actor(
            code == null ? "" : code,
            rows.getString("speaker_country"),
            rows.getString("speaker_sector"),
            rows.getString("speaker_org"),
            rows.getString("speaker_text"));
    Date date = rows.getDate("date");
    String concerns = rows.getString("concerns");
    List<String> codes = Arrays.stream(concerns.split(",")).filter(s -> !s.isEmpty()).toList();
    return new Claim(
        rows.getString("claim_id"),
        rows.getString("doc_id"),
        rows.getInt("sentence_index"),
        rows.getString("sentence"),
        date == null ? null : date.toLocalDate(),
        speaker,
        codes,
        rows.getString("how"));
  }
}
