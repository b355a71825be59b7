package io.steppe.ingest;

import java.util.Comparator;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the main content of a web page and removes what is not the article: navigation, headers and
 * footers, sidebars, scripts, forms, cookie banners, share buttons, related links, adverts. Menus
 * and "related stories" name countries and leaders too, and would otherwise be coded as events.
 */
final class Boilerplate {
  private static final String NOISE_TAGS =
      "nav, header, footer, aside, script, style, noscript, template, form, button, select,"
          + " iframe, svg, [hidden], [aria-hidden=true],"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
  private static final Pattern NOISE_NAMES =
      Pattern.compile(
          "nav|menu|footer|cookie|share|related|subscribe|advert|sponsor|promo|newsletter"
              + "|breadcrumb",
          Pattern.CASE_INSENSITIVE);

  private Boilerplate() {}

  /**
   * The main element, cleaned in place: the longest {@code <article>}, else {@code <main>}, else
   * the body. The page's own metadata must be read before, since headers are removed.
   */
  static Element mainContent(Document page) {
    Element main =
        page.select("article").stream()
            .max(Comparator.comparingInt(article -> article.text().length()))
            .orElse(page.selectFirst("main"));
    Element content = main == null ? page.body() : main;
    removeNoise(content);
    return content;
  }

  private static void removeNoise(Element content) {
    // Selecting within the children leaves the content element itself alone, whatever its class.
    content.children().select(NOISE_TAGS).remove();
    int contentLength = content.text().length();
    Elements candidates = content.children().select("[class], [id]");
    for (Element element : candidates) {
      if (isNoise(element, contentLength)) {
        element.remove();
      }
    }
  }

  /**
   * A class or id like "share-bar" or "related" marks noise, unless the element holds most of the
   * text: some sites wrap the whole story in {@code <div class="has-share-buttons">}.
   */
  private static boolean isNoise(Element element, int contentLength) {
    String names = element.className() + " " + element.id();
    return NOISE_NAMES.matcher(names).find() && element.text().length() * 2 < contentLength;
  }
}
