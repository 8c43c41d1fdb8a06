package org.summitry.opendata.boundary.api;

/** Descriptions the OpenAPI document repeats for every operation, written once. */
final class ApiDocs {

  private ApiDocs() {}

  static final String ETAG =
      "A validator of this document: send it back as If-None-Match to get 304 while it is"
          + " unchanged.";
  static final String LINK = "RFC 8288 links to the first, previous, next and last page.";
  static final String NOT_MODIFIED = "Unchanged since the ETag sent as If-None-Match";
  static final String BAD_PARAMETER =
      "A query parameter was not understood; the problem's parameter member names it";
  static final String NOT_FOUND = "No published entry has this address";
  static final String PAGE = "Page number, from 1";
  static final String SIZE = "Items per page, from 1 to 100";
}
