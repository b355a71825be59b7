package io.steppe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One ingest run over a folder of hostile files beside good ones: every good document is stored,
 * every bad input is reported once with its file and reason, and the run exits with 3 ("completed
 * with rejects"), not 1 ("failed").
 */
class HostileInputTest {
  private static final String GOOD =
      "Tajikistan condemned Israel on Friday. Uzbekistan urged restraint.";
  private static final String LATIN1 =
      "Kyrgyzstan's foreign minister praised the café talks in Bishkek with Turkey on Monday.";
  private static final String UTF16 =
      "Turkmenistan hosted a delegation from Azerbaijan and signed a gas agreement in Ashgabat.";
  private static final String FRENCH =
      "Le président du Kazakhstan a rencontré son homologue français à Paris. Les deux pays ont"
          + " signé un accord sur l'énergie et la coopération économique.";
  private static final String RUSSIAN =
      "Россия и Казахстан подписали в понедельник соглашение о сотрудничестве в области"
          + " энергетики и транспорта.";
  private static final long HUNDRED_MB = 100L * 1024 * 1024;

  @TempDir static Path dir;
  static Map<String, String> bad = new TreeMap<>();
  static List<String> good = new ArrayList<>();
  static Cli run;

  @BeforeAll
  static void ingestHostileFolder() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in, "good-1.txt", "Title: Good one\nDate: 2025-06-14\n\n" + GOOD, true);
    write(
        in,
        "good-2.md",
        "# Good two\n\nRussia offered to mediate between Israel and Iran. China called for a ceasefire.",
        true);
    write(
        in,
        "good-3.html",
        "<html><head><title>Good three</title></head><body><article><p>Kazakhstan welcomed the ceasefire between Israel and Iran.</p></article></body></html>",
        true);
    write(in, "binary.txt", "abc\u0000\u0001\u0002def", false);
    write(in, "binary.html", "<html>\u0000\u0000</html>", false);
    convert(in, "latin1.txt", LATIN1, StandardCharsets.ISO_8859_1);
    convert(in, "utf16.md", "\uFEFF" + UTF16, StandardCharsets.UTF_16LE);
    Files.write(
        in.resolve("undetectable.txt"),
        "Caf\u00e9 x \u00e9\u00e8".getBytes(StandardCharsets.ISO_8859_1));
    bad.put("undetectable.txt", "not valid UTF-8: invalid byte sequence at byte offset 3;");
    Files.writeString(in.resolve("french.txt"), FRENCH);
    Files.writeString(in.resolve("russian.txt"), RUSSIAN);
    write(in, "empty.txt", "", false);
    write(in, "binary.md", "\u0000\u0000\u0000", false);
    write(in, "nul.jsonl", "\u0000{}\n", false);
    write(in, "broken.xml", "<?xml version=\"1.0\"?><rss><channel><item>", false);
    write(in, "whitespace.html", "<html><body>   </body></html>", false);
    write(in, "empty.md", "", false);
    write(in, "blank.txt", "   \n\n  \t\n", false);
    write(in, "empty.html", "", false);
    write(in, "nobody.html", "<html><head><title>No body</title></head></html>", false);
    write(in, "script-only.html", "<html><body><script>var x = 1;</script></body></html>", false);
    write(
        in,
        "broken.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>t</item></channel>",
        false);
    write(
        in,
        "broken.atom",
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>t</feed>",
        false);
    write(
        in,
        "no-items.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Empty feed</title></channel></rss>",
        false);
    write(in, "not-a-feed.xml", "<?xml version=\"1.0\"?><catalog><book>x</book></catalog>", false);
    write(in, "document.pdf", "%PDF-1.4 fake", false);
    write(in, "letter.docx", "PK fake", false);
    write(in, "program.exe", "MZ fake", false);
    write(in, "data.csv", "a,b\n1,2\n", false);
    write(in, "empty.jsonl", "", false);
    write(in, "invalid.jsonl", "{not json}\n", false);
    write(in, "no-id.jsonl", "{\"text\": \"" + GOOD + "\"}\n", false);
    write(in, "no-text.jsonl", "{\"id\": \"n1\"}\n", false);
    write(in, "number-text.jsonl", "{\"id\": \"n2\", \"text\": 42}\n", false);
    write(in, "blank-id.jsonl", "{\"id\": \"\", \"text\": \"" + GOOD + "\"}\n", false);
    write(in, "array.jsonl", "[1, 2, 3]\n", false);
    write(in, "trailing.jsonl", "{\"id\": \"t1\", \"text\": \"x\"} extra\n", false);
    String mixed =
        "{\"id\": \"m1\", \"date\": \"2025-02-30\", \"text\": \"Turkey condemned the raid.\"}\n"
            + "{\"id\": \"m1\", \"text\": \"again\"}\n";
    write(in, "duplicate-id.jsonl", mixed, false);
    good.add("m1");
    huge(in.resolve("huge.txt"));
    bad.put("huge.txt", "file is 104857600 bytes, larger than the limit of 20 MB");
    hugeLine(in.resolve("huge-line.jsonl"));
    bad.put("huge-line.jsonl", "line is larger than the limit of 20 MB");
    write(
        in,
        "long-sentence.txt",
        "Tajikistan condemned " + "the strikes and ".repeat(3000) + "Israel.",
        true);
    run = Cli.run("ingest", "--db", dir.resolve("store.duckdb").toString(), in.toString());
  }

  private static void write(Path in, String name, String text, boolean accepted)
      throws IOException {
    Files.writeString(in.resolve(name), text);
    if (accepted) {
      good.add(name.substring(0, name.indexOf('.')));
    } else if (!name.equals("duplicate-id.jsonl")) {
      bad.put(name, "");
    }
  }

  private static void convert(Path in, String name, String text, Charset charset)
      throws IOException {
    Files.write(in.resolve(name), text.getBytes(charset));
    good.add(name.substring(0, name.indexOf('.')));
  }

  /** 100 MB, sparse: the reader must refuse it by its size, without reading it. */
  private static void huge(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(HUNDRED_MB);
    }
  }

  /** One JSON Lines line of 100 MB: read in chunks and skipped, never held whole. */
  private static void hugeLine(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] megabyte = new byte[1024 * 1024];
      Arrays.fill(megabyte, (byte) 'a');
      for (int i = 0; i < 100; i++) {
        out.write(megabyte);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void hostileFolder_exitsWithCompletedWithRejects() {
    assertThat(bad).hasSizeGreaterThanOrEqualTo(30);
    assertThat(run.exit()).as(run.err()).isEqualTo(Steppe.EXIT_REJECTS);
  }

  @Test
  void hostileFolder_reportsEveryBadFileOnceWithReason() {
    List<String> rejects = run.err().lines().filter(l -> l.startsWith("rejected ")).toList();
    for (Map.Entry<String, String> entry : bad.entrySet()) {
      List<String> lines = rejects.stream().filter(l -> l.contains("/" + entry.getKey())).toList();
      assertThat(lines).as(entry.getKey() + " in\n" + run.err()).hasSize(1);
      assertThat(lines.get(0)).contains(entry.getValue()).containsPattern(": \\S");
    }
    assertThat(rejects.stream().filter(l -> l.contains("duplicate-id.jsonl:2"))).hasSize(1);
  }

  @Test
  void hostileFolder_storesEveryGoodDocument() {
    Cli ids =
        Cli.run(
            "sql",
            "--db",
            dir.resolve("store.duckdb").toString(),
            "SELECT id FROM documents ORDER BY id");
    for (String id : good) {
      assertThat(ids.out()).contains(id);
    }
    assertThat(ids.out()).doesNotContain("french").doesNotContain("russian");
    assertThat(run.out()).contains(good.size() + " documents stored");
  }

  @Test
  void hostileFolder_convertedFilesAreNamedOnceWithTheirCharset() {
    List<String> notices = run.err().lines().filter(l -> l.startsWith("notice ")).toList();

    assertThat(notices)
        .containsExactly(
            "notice "
                + dir.resolve("in/latin1.txt")
                + ": not UTF-8: converted from ISO-8859-1 (detection confidence 45 of 100)",
            "notice "
                + dir.resolve("in/utf16.md")
                + ": not UTF-8: converted from UTF-16LE (detection confidence 100 of 100)");
  }

  @Test
  void hostileFolder_otherLanguagesAreSkippedAndCountedByLanguage() {
    List<String> skipped = run.err().lines().filter(l -> l.startsWith("skipped ")).toList();

    assertThat(skipped)
        .containsExactly(
            "skipped "
                + dir.resolve("in/french.txt")
                + ": not English (detected language fr): skipped, not coded",
            "skipped "
                + dir.resolve("in/russian.txt")
                + ": not English (detected language ru): skipped, not coded");
    assertThat(run.out()).contains("skipped: 2 documents not in English (fr 1, ru 1)\n");
  }
}
