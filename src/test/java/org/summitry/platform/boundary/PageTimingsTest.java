package org.summitry.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTimingsTest {

  @Test
  void methodsHttpDefinesAreTaggedAsTheyAreAndAnyOtherTokenAsOther() {
    assertEquals("GET", PageTimings.method("GET"));
    assertEquals("POST", PageTimings.method("POST"));
    assertEquals("OTHER", PageTimings.method("FOOBAR"), "a client may send any token");
    assertEquals("OTHER", PageTimings.method("get"), "methods are case-sensitive");
  }
}
