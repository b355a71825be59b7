/**
 * Reads PETRARCH/TABARI verb dictionaries into Steppe's {@link io.steppe.coder.Lexicon}, and their
 * discard lists, so that the coder can run with the dictionaries of the UD-PETRARCH validation
 * suite or of a PETRARCH user.
 *
 * <p>Entry points: {@link io.steppe.coder.petrarch.PetrarchVerbs} and {@link
 * io.steppe.coder.petrarch.DiscardList}; the rest is package-private.
 */
@NullMarked
package io.steppe.coder.petrarch;

import org.jspecify.annotations.NullMarked;
