package org.summitry.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.summitry.testing.FakeRequest;

class FrontDoorTest {

  private final FrontDoor door = new FrontDoor();

  FrontDoorTest() {
    door.configure(1024, 31536000, Optional.empty());
  }

  private int refusal(FakeRequest request) {
    var built = request.build();
    return door.bodyRefusal(built, built.getRequestURI());
  }

  @Test
  void aFormOfOrdinarySizeIsRead() {
    assertEquals(
        0,
        refusal(
            FakeRequest.post("/sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Content-Length", "120")));
    assertEquals(0, refusal(FakeRequest.get("/gifts")), "no body at all");
  }

  @Test
  void aFormLargerThanTheLimitIsRefusedBeforeItIsRead() {
    FakeRequest hundredMegabytes =
        FakeRequest.post("/sign-in")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Content-Length", Long.toString(100L * 1024 * 1024));
    assertEquals(413, refusal(hundredMegabytes));
    assertEquals(
        413,
        refusal(hundredMegabytes.at("/admin/gifts/1")),
        "back-office forms are small too: only uploads may be large");
    assertEquals(
        413,
        refusal(
            FakeRequest.post("/oai")
                .header("Content-Type", "text/plain")
                .header("Content-Length", Long.toString(1024 * 1024 + 1))),
        "whatever the type");
  }

  @Test
  void aBodyOfUnstatedLengthIsRefusedUnlessItIsABackOfficeUpload() {
    assertEquals(
        411,
        refusal(
            FakeRequest.post("/oai")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Transfer-Encoding", "chunked")));
    assertEquals(
        0,
        refusal(
            FakeRequest.post("/admin/summits/1/photos")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .header("Transfer-Encoding", "chunked")));
    assertEquals(
        411,
        refusal(
            FakeRequest.post("/sign-in")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .header("Transfer-Encoding", "chunked")),
        "an upload outside the back office is no upload");
  }

  @Test
  void aLargeUploadToTheBackOfficeIsLeftToItsOwnLimit() {
    assertEquals(
        0,
        refusal(
            FakeRequest.post("/admin/archive/restore")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .header("Content-Length", Long.toString(150L * 1024 * 1024))));
  }

  @Test
  void hostHeadersAreNamesOrAddressesWithAnOptionalPort() {
    for (String good :
        new String[] {
          "summitry.example",
          "summitry.example:8080",
          "localhost",
          "127.0.0.1:18555",
          "[::1]:8080",
          "app_1",
          "xn--9n2bp8q.example."
        }) {
      assertEquals(true, FrontDoor.validHost(good), good);
    }
    for (String bad :
        new String[] {
          "bad host[",
          "",
          "evil.example/path",
          "a@b",
          "example.org:80:80",
          "[::1",
          "h\tx",
          "example.org:123456"
        }) {
      assertEquals(false, FrontDoor.validHost(bad), bad);
    }
  }
}
