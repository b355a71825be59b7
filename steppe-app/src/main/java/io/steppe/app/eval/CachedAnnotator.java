package io.steppe.app.eval;

import io.steppe.model.Document;
import io.steppe.model.SteppeException;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.TokenCodec;
import io.steppe.nlp.Annotator;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keeps each document's annotations in a folder, keyed by the annotator's description and the text,
 * so that evaluating again after a lexicon or coder change does not load CoreNLP or parse again.
 * One file per document: format version, sentence count, then per sentence its index, begin, text
 * and {@link TokenCodec} bytes.
 */
final class CachedAnnotator implements Annotator {
  private static final int VERSION = 1;

  private final Path folder;
  private final String description;
  private final Annotator annotator;

  /**
   * @param description the annotator's description, part of every key: another configuration never
   *     reads this one's annotations
   * @param annotator used, and its result kept, for documents not in the folder yet
   */
  CachedAnnotator(Path folder, String description, Annotator annotator) {
    this.folder = folder;
    this.description = description;
    this.annotator = annotator;
  }

  @Override
  public AnnotatedDocument annotate(Document document) {
    Path file = folder.resolve(key(document.text()) + ".ann");
    List<ParsedSentence> sentences = read(file);
    if (sentences != null) {
      return new AnnotatedDocument(document, sentences);
    }
    AnnotatedDocument annotated = annotator.annotate(document);
    write(file, annotated.sentences());
    return annotated;
  }

  @Override
  public String describe() {
    return description + " (annotations cached in " + folder + ")";
  }

  private String key(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(description.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static @Nullable List<ParsedSentence> read(Path file) {
    try (InputStream stream = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(stream)) {
      if (in.readInt() != VERSION) {
        return null;
      }
      int count = in.readInt();
      List<ParsedSentence> sentences = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = in.readInt();
        int begin = in.readInt();
        String text = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
        byte[] tokens = in.readNBytes(in.readInt());
        sentences.add(new ParsedSentence(index, text, begin, TokenCodec.decode(tokens)));
      }
      return sentences;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new SteppeException(
          file + ": unreadable cached annotations (" + e.getMessage() + "): delete the file", e);
    }
  }

  /** Writes beside the file and moves it in place, so that a reader never sees half a file. */
  private static void write(Path file, List<ParsedSentence> sentences) {
    try {
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), "partial-", ".ann");
      try (OutputStream stream = Files.newOutputStream(partial);
          DataOutputStream out = new DataOutputStream(stream)) {
        out.writeInt(VERSION);
        out.writeInt(sentences.size());
        for (ParsedSentence sentence : sentences) {
          out.writeInt(sentence.index());
          out.writeInt(sentence.begin());
          byte[] text = sentence.text().getBytes(StandardCharsets.UTF_8);
          out.writeInt(text.length);
          out.write(text);
          byte[] tokens = TokenCodec.encode(sentence.tokens());
          out.writeInt(tokens.length);
          out.write(tokens);
        }
      }
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new SteppeException(
          file.getParent() + ": cannot keep annotations there (" + e.getMessage() + ")", e);
    }
  }
}
