package io.steppe.model.text;

import io.steppe.model.SteppeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A sentence's tokens as compact bytes, so that a store can keep annotations and code them again
 * after a lexicon or dictionary change without parsing again. Version byte, token count, then per
 * token its fields in record order, lemma left out when it equals the word; all deflated.
 */
public final class TokenCodec {
  private static final int VERSION = 1;

  private TokenCodec() {}

  public static byte[] encode(List<Token> tokens) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * tokens.size() + 8);
    // The fastest level: the store keeps annotations for recoding, and the writer must not slow the
    // pipeline; the next levels saved a few percent of space for twice the time.
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater))) {
      out.writeByte(VERSION);
      out.writeInt(tokens.size());
      for (Token token : tokens) {
        out.writeUTF(token.word());
        boolean sameLemma = token.lemma().equals(token.word());
        out.writeBoolean(sameLemma);
        if (!sameLemma) {
          out.writeUTF(token.lemma());
        }
        out.writeUTF(token.pos());
        out.writeUTF(token.ner());
        out.writeInt(token.begin());
        out.writeInt(token.end());
        out.writeInt(token.head());
        out.writeUTF(token.relation());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode tokens", e);
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }

  public static List<Token> decode(byte[] encoded) {
    try (DataInputStream in =
        new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(encoded)))) {
      int version = in.readUnsignedByte();
      if (version != VERSION) {
        throw new SteppeException(
            "stored annotations have format "
                + version
                + ", this Steppe reads "
                + VERSION
                + ": ingest the documents into a new store with this Steppe");
      }
      int count = in.readInt();
      List<Token> tokens = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String word = in.readUTF();
        String lemma = in.readBoolean() ? word : in.readUTF();
        tokens.add(
            new Token(
                i,
                word,
                lemma,
                in.readUTF(),
                in.readUTF(),
                in.readInt(),
                in.readInt(),
                in.readInt(),
                in.readUTF()));
      }
      return tokens;
    } catch (IOException e) {
      throw new SteppeException("stored annotations are damaged: " + e.getMessage(), e);
    }
  }
}
