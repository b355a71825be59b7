/**
 * {@code steppe eval}: measures the coder against public gold standards read at run time from
 * {@code ../shared/data/peers} (never copied into the repository): the CAMEO codebook's example
 * sentences, the PLOVER gold-standard records made from the CAMEO manual, and the UD-PETRARCH
 * functional validation suite coded with that suite's own dictionaries; and times coding alone.
 *
 * <p>Entry point: {@link io.steppe.app.eval.Evaluation}; each set has its reader and scorer.
 */
@NullMarked
package io.steppe.app.eval;

import org.jspecify.annotations.NullMarked;
