package org.summitry.search.boundary;

/** How a list page is ordered: by date either way (undated entries last), or by title. */
public enum ListOrder {
  NEWEST,
  OLDEST,
  TITLE
}
