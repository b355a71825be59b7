package io.steppe.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses feed XML safely (no external entities or DTDs: a feed must not make Steppe read local
 * files or the network) and reads the raw item dates, which Rome would convert to instants and so
 * lose the writer's own day.
 */
final class FeedXml {
  private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "RDF");
  private static final List<String> DATE_ELEMENTS =
      List.of("pubDate", "published", "date", "updated", "issued", "modified");

  private FeedXml() {}

  /** The parsed document; rejects XML that is not well-formed or not a feed. */
  static Document parse(String xml) throws RejectedInputException {
    Document document;
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(new Strict());
      document = builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new RejectedInputException(
          "not well-formed XML at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new RejectedInputException("cannot parse XML: " + e.getMessage());
    }
    Element root = document.getDocumentElement();
    if (!FEED_ROOTS.contains(root.getLocalName())) {
      throw new RejectedInputException(
          "XML root element <"
              + root.getTagName()
              + "> is not an RSS or Atom feed (expected <rss>, <feed> or <rdf:RDF>)");
    }
    return document;
  }

  /** For each item or entry in document order, the text of its first date element, or null. */
  static List<@Nullable String> rawItemDates(Document document) {
    String itemName =
        document.getDocumentElement().getLocalName().equals("feed") ? "entry" : "item";
    NodeList items = document.getElementsByTagNameNS("*", itemName);
    List<@Nullable String> dates = new ArrayList<>();
    for (int i = 0; i < items.getLength(); i++) {
      dates.add(firstDate((Element) items.item(i)));
    }
    return dates;
  }

  private static @Nullable String firstDate(Element item) {
    for (String name : DATE_ELEMENTS) {
      for (Node child = item.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element element && name.equals(element.getLocalName())) {
          return element.getTextContent();
        }
      }
    }
    return null;
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    // Old RSS 0.91 feeds declare a DOCTYPE, so it is allowed, but never loaded or expanded.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  /** Fails on the first problem instead of printing "[Fatal Error]" lines to stderr. */
  private static final class Strict implements ErrorHandler {
    @Override
    public void warning(SAXParseException exception) {}

    @Override
    public void error(SAXParseException exception) throws SAXException {
      throw exception;
    }

    @Override
    public void fatalError(SAXParseException exception) throws SAXException {
      throw exception;
    }
  }
}
