package org.summitry.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitry.testing.FakeRequest;

class RenderingRequestTest {

  @Test
  void aRenderingReadsTheRequestsAttributesButKeepsItsOwnToItself() {
    HttpServletRequest request = FakeRequest.get("/gifts").build();
    request.setAttribute("csrf", "token-1");
    RenderingRequest page = new RenderingRequest(request);

    page.setAttribute("card", "Aurus limousine");
    assertEquals("token-1", page.getAttribute("csrf"));
    assertEquals("Aurus limousine", page.getAttribute("card"));
    assertNull(request.getAttribute("card"), "the page's variable stays out of the request");

    // A fragment drawn inside the page, with a variable of the same name, leaves the page's alone.
    RenderingRequest fragment = new RenderingRequest(request);
    fragment.setAttribute("card", "Tea set");
    assertEquals("Tea set", fragment.getAttribute("card"));
    assertEquals("Aurus limousine", page.getAttribute("card"));
  }

  @Test
  void anAttributeRemovedWhileRenderingIsGoneForTheRenderingOnly() {
    HttpServletRequest request = FakeRequest.get("/gifts").build();
    request.setAttribute("lang", "en");
    RenderingRequest page = new RenderingRequest(request);
    page.setAttribute("item", "first");

    page.removeAttribute("lang");
    page.setAttribute("item", null);

    assertNull(page.getAttribute("lang"));
    assertNull(page.getAttribute("item"));
    assertEquals("en", request.getAttribute("lang"));
    page.setAttribute("extra", 1);
    assertEquals(List.of("extra"), Collections.list(page.getAttributeNames()));
  }
}
