package io.steppe.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The bearer token of {@code steppe serve}: from {@code --token-file}, else from STEPPE_TOKEN. */
final class Tokens {
  static final String VARIABLE = "STEPPE_TOKEN";

  /** Shorter tokens are too easy to guess, even at the rate limit. */
  static final int MIN_LENGTH = 16;

  private Tokens() {}

  /** The token, or null when neither the file nor the variable gives one. */
  static @Nullable String read(
      CommandSpec spec, @Nullable Path file, @Nullable String environment) {
    String token;
    String from;
    if (file != null) {
      token = firstLine(spec, file);
      from = "--token-file " + file;
    } else if (environment != null && !environment.isBlank()) {
      token = environment.strip();
      from = VARIABLE;
    } else {
      return null;
    }
    if (token.length() < MIN_LENGTH || token.chars().anyMatch(Character::isWhitespace)) {
      throw new ParameterException(
          spec.commandLine(),
          "the token from "
              + from
              + " must be at least "
              + MIN_LENGTH
              + " characters without spaces, found "
              + token.length()
              + "; e.g. openssl rand -hex 32");
    }
    return token;
  }

  private static String firstLine(CommandSpec spec, Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      int end = text.indexOf('\n');
      return (end < 0 ? text : text.substring(0, end)).strip();
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot read --token-file " + file + ": " + e.getMessage(), e);
    }
  }
}
