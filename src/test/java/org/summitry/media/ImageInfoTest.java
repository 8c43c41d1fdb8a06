package org.summitry.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.summitry.media.control.ImageInfo;

class ImageInfoTest {

  @Test
  void typeAndSizeComeFromTheContent() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/demo/pungsan-dogs.jpg")) {
      ImageInfo info = ImageInfo.of(in.readAllBytes());
      assertEquals("image/jpeg", info.mediaType());
      assertEquals(1200, info.width());
      assertEquals(800, info.height());
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", png);
    ImageInfo info = ImageInfo.of(png.toByteArray());
    assertEquals("image/png", info.mediaType());
    assertEquals(30, info.width());
  }

  @Test
  void scriptableOrUnknownFilesAreRefusedWhateverTheirName() {
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> ImageInfo.of(svg));
    assertTrue(refused.getMessage().contains("JPEG, PNG, WebP, GIF and TIFF"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ImageInfo.of("<html></html>".getBytes(StandardCharsets.UTF_8)));
    assertThrows(IllegalArgumentException.class, () -> ImageInfo.of(new byte[0]));
  }

  @Test
  void aTruncatedJpegIsReportedAsDamaged() {
    byte[] header = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    assertThrows(IllegalArgumentException.class, () -> ImageInfo.of(header));
  }
}
