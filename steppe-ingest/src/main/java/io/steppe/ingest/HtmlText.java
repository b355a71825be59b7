package io.steppe.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML element as paragraphs separated by blank lines. Block elements (p,
 * div, headings, list items, ...) end a paragraph; {@code <br>} ends a line within one. Sentence
 * splitting later relies on these breaks: "Headline" and "First sentence" must not run together
 * into one sentence.
 */
final class HtmlText {
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "dd",
          "div",
          "dl",
          "dt",
          "figcaption",
          "figure",
          "footer",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "ol",
          "p",
          "pre",
          "section",
          "table",
          "tbody",
          "td",
          "th",
          "thead",
          "tr",
          "ul");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");

  private HtmlText() {}

  /** The paragraphs of {@code root}, joined with blank lines. */
  static String paragraphs(Element root) {
    Collector collector = new Collector();
    collector.traverse(root);
    collector.endParagraph();
    return String.join("\n\n", collector.paragraphs);
  }

  private static final class Collector implements NodeVisitor {
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        current.append(text.text());
      } else if (node instanceof Element element) {
        if (element.normalName().equals("br")) {
          current.append('\n');
        } else if (BLOCKS.contains(element.normalName())) {
          endParagraph();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        endParagraph();
      }
    }

    void endParagraph() {
      List<String> lines = new ArrayList<>();
      for (String line : current.toString().split("\n")) {
        String clean = SPACES.matcher(line).replaceAll(" ").strip();
        if (!clean.isEmpty()) {
          lines.add(clean);
        }
      }
      if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
      }
      current.setLength(0);
    }
  }
}
