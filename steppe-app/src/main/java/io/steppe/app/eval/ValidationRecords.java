package io.steppe.app.eval;

import io.steppe.model.SteppeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the UD-PETRARCH validation records ({@code PETR_Validate_records_2_02.xml}). The file is
 * not well-formed XML (comments hold {@code --} and nested markers, and {@code <PLEvent {...}>}
 * lines are not elements), so it is read as text: from {@code <Sentences>}, comments removed, each
 * {@code <Sentence ...>} with its {@code <EventCoding .../>} lines and its {@code <Text>}.
 */
final class ValidationRecords {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern SENTENCE =
      Pattern.compile("<Sentence\\s([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*?)/?>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
  private static final String NO_TARGET = "---";

  /** An expected event; {@code target} is null where the suite writes "---". */
  record Expected(String code, String source, @Nullable String target) {}

  /** A record to evaluate: no expected events when it says noevents or error. */
  record ValidationRecord(
      String id, String category, @Nullable LocalDate date, String text, List<Expected> expected) {}

  private ValidationRecords() {}

  /** The records marked {@code evaluate="true"}, the first {@code limit} of them if limit > 0. */
  static List<ValidationRecord> read(Path file, int limit) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SteppeException("cannot read " + file + ": " + e.getMessage(), e);
    }
    int start = text.indexOf("<Sentences>");
    if (start < 0) {
      throw new SteppeException(file + ": no <Sentences> element: not a validation record file");
    }
    String body = COMMENT.matcher(text.substring(start)).replaceAll("");
    List<ValidationRecord> records = new ArrayList<>();
    Matcher sentence = SENTENCE.matcher(body);
    while (sentence.find() && (limit <= 0 || records.size() < limit)) {
      Map<String, String> attributes = attributes(sentence.group(1));
      if ("true".equalsIgnoreCase(attributes.get("evaluate"))) {
        records.add(record(attributes, sentence.group(2)));
      }
    }
    return records;
  }

  private static ValidationRecord record(Map<String, String> attributes, String body) {
    List<Expected> expected = new ArrayList<>();
    Matcher coding = CODING.matcher(body);
    while (coding.find()) {
      Map<String, String> event = attributes(coding.group(1));
      String code = event.get("eventcode");
      if (code != null) {
        String target = event.getOrDefault("targetcode", NO_TARGET);
        expected.add(
            new Expected(
                code,
                event.getOrDefault("sourcecode", ""),
                target.equals(NO_TARGET) ? null : target));
      }
    }
    Matcher text = TEXT.matcher(body);
    String sentence = text.find() ? unescape(text.group(1).strip().replaceAll("\\s+", " ")) : "";
    return new ValidationRecord(
        attributes.getOrDefault("id", "?"),
        attributes.getOrDefault("category", ""),
        date(attributes.getOrDefault("date", "")),
        sentence,
        expected);
  }

  /** The five XML entities; "&amp;" last so that "&amp;lt;" stays "&lt;". */
  static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> attributes = new HashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(text);
    while (attribute.find()) {
      attributes.put(attribute.group(1), attribute.group(2));
    }
    return attributes;
  }

  private static @Nullable LocalDate date(String yyyymmdd) {
    try {
      return LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
