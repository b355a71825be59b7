/**
 * Readers for actor and agent dictionaries in the PETRARCH/TABARI text format, producing the same
 * {@link io.steppe.actors.ActorDictionary} Steppe's own data files give, so that a user with those
 * dictionaries (or the UD-PETRARCH validation suite) can code with them.
 *
 * <p>Entry point: {@link io.steppe.actors.petrarch.PetrarchActors}. {@link
 * io.steppe.actors.petrarch.TabariLines}, {@link io.steppe.actors.petrarch.TabariWords} and {@link
 * io.steppe.actors.petrarch.Tally} are shared with the verb dictionary reader in steppe-coder.
 */
@NullMarked
package io.steppe.actors.petrarch;

import org.jspecify.annotations.NullMarked;
