package io.steppe.app.exchange;

/**
 * Positions (0-based) of the GDELT 2.0 event table's columns that Steppe writes or reads. An actor
 * block has 10 columns from its code, a geography block 8 from its type.
 */
final class GdeltColumns {
  static final int COUNT = 61;

  static final int GLOBAL_EVENT_ID = 0;
  static final int DAY = 1;
  static final int MONTH_YEAR = 2;
  static final int YEAR = 3;
  static final int FRACTION_DATE = 4;
  static final int ACTOR1 = 5;
  static final int ACTOR2 = 15;
  static final int IS_ROOT_EVENT = 25;
  static final int EVENT_CODE = 26;
  static final int EVENT_BASE_CODE = 27;
  static final int EVENT_ROOT_CODE = 28;
  static final int QUAD_CLASS = 29;
  static final int GOLDSTEIN = 30;
  static final int NUM_MENTIONS = 31;
  static final int NUM_SOURCES = 32;
  static final int NUM_ARTICLES = 33;
  static final int AVG_TONE = 34;
  static final int ACTOR1_GEO = 35;
  static final int ACTOR2_GEO = 43;
  static final int ACTION_GEO = 51;
  static final int DATE_ADDED = 59;
  static final int SOURCE_URL = 60;

  /** Offsets inside an actor block. */
  static final int NAME = 1;

  static final int COUNTRY = 2;
  static final int KNOWN_GROUP = 3;
  static final int TYPE1 = 7;

  /** Offsets inside a geography block. */
  static final int GEO_FULL_NAME = 1;

  static final int GEO_COUNTRY = 2;

  /** The prefix of a SOURCEURL that carries a Steppe event id instead of a web address. */
  static final String STEPPE_PREFIX = "steppe:";

  private GdeltColumns() {}
}
