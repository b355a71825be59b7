/**
 * Event exchange with other tools: PLOVER JSON records, GDELT 2.0 event rows out ({@link
 * io.steppe.app.exchange.GdeltRows}) and in ({@link io.steppe.app.exchange.GdeltImport}), and the
 * ISO alpha-3 to FIPS 10-4 country codes GDELT's place columns need ({@code iso3-fips.tsv}).
 */
@NullMarked
package io.steppe.app.exchange;

import org.jspecify.annotations.NullMarked;
