package org.summitry.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitry.media.control.MetadataSegments.exif;
import static org.summitry.media.control.MetadataSegments.jpegWith;
import static org.summitry.media.control.MetadataSegments.langAlt;
import static org.summitry.media.control.MetadataSegments.plainJpeg;
import static org.summitry.media.control.MetadataSegments.seq;
import static org.summitry.media.control.MetadataSegments.simple;
import static org.summitry.media.control.MetadataSegments.xmp;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.summitry.media.control.MetadataSegments.Iim;

class EmbeddedMetadataTest {

  private static final String KCNA_DOGS =
      "Russia's President Vladimir Putin and North Korean leader Kim Jong Un pet a pair of Pungsan"
          + " dogs gifted to Putin by Kim during a walk in the garden of the Kumsusan Guesthouse in"
          + " Pyongyang, North Korea, in an image released by the Korean Central News Agency on June"
          + " 20, 2024.";

  @Test
  void iptcIimAloneFillsEveryField() {
    byte[] photo =
        jpegWith(
            Iim.utf8()
                .with(55, "20240619")
                .with(60, "141503+0900")
                .with(80, "Gavriil Grigorov")
                .with(80, "Pool Photographer")
                .with(90, "Pyongyang")
                .with(92, "Kumsusan Guesthouse")
                .with(101, "North Korea")
                .with(105, "Putin and Kim in Pyongyang")
                .with(110, "Sputnik/Kremlin via REUTERS")
                .with(115, "Sputnik")
                .with(116, "© Sputnik 2024")
                .with(120, "Putin and Kim talk in the garden.")
                .segment());

    EmbeddedMetadata read = EmbeddedMetadata.read(photo);

    assertEquals("Putin and Kim talk in the garden.", read.caption());
    assertEquals("Putin and Kim in Pyongyang", read.headline());
    assertEquals("Sputnik/Kremlin via REUTERS", read.creditLine());
    assertEquals("Gavriil Grigorov; Pool Photographer", read.creator());
    assertEquals("© Sputnik 2024", read.copyrightNotice());
    assertEquals("2024-06-19", read.dateCreated());
    assertEquals("Kumsusan Guesthouse", read.sublocation());
    assertEquals("Pyongyang", read.city());
    assertEquals("North Korea", read.country());
    assertEquals("Sputnik", read.source());
    assertNull(read.altText(), "IIM has no alt text");
    assertEquals(1, read.orientation());
  }

  @Test
  void xmpAloneFillsEveryFieldIncludingAltText() {
    byte[] photo =
        jpegWith(
            xmp(
                langAlt("dc:description", "Putin and Kim talk in the garden."),
                simple("photoshop:Headline", "Putin and Kim in Pyongyang"),
                simple("photoshop:Credit", "Sputnik/Kremlin via REUTERS"),
                seq("dc:creator", "Gavriil Grigorov", "Pool Photographer"),
                langAlt("dc:rights", "© Sputnik 2024"),
                simple("photoshop:DateCreated", "2024-06-19T14:15:03+09:00"),
                simple("Iptc4xmpCore:Location", "Kumsusan Guesthouse"),
                simple("photoshop:City", "Pyongyang"),
                simple("photoshop:Country", "North Korea"),
                simple("photoshop:Source", "Sputnik"),
                langAlt(
                    "Iptc4xmpCore:AltTextAccessibility",
                    "Two men in dark suits walk on a lawn between pine trees.")));

    EmbeddedMetadata read = EmbeddedMetadata.read(photo);

    assertEquals(
        new EmbeddedMetadata(
            "Putin and Kim talk in the garden.",
            "Putin and Kim in Pyongyang",
            "Sputnik/Kremlin via REUTERS",
            "Gavriil Grigorov; Pool Photographer",
            "© Sputnik 2024",
            "2024-06-19",
            "Kumsusan Guesthouse",
            "Pyongyang",
            "North Korea",
            "Sputnik",
            "Two men in dark suits walk on a lawn between pine trees.",
            null,
            1),
        read);
  }

  @Test
  void whereXmpAndIimDisagreeXmpWinsAndIimFillsTheGaps() {
    byte[] photo =
        jpegWith(
            xmp(
                langAlt("dc:description", "Corrected caption"),
                simple("photoshop:Credit", "KCNA via REUTERS"),
                seq("dc:creator", "KCNA"),
                simple("photoshop:DateCreated", "2024-06-20")),
            Iim.utf8()
                .with(120, "Stale caption")
                .with(110, "REUTERS")
                .with(80, "Staff")
                .with(55, "20240619")
                .with(90, "Pyongyang")
                .segment());

    EmbeddedMetadata read = EmbeddedMetadata.read(photo);

    assertEquals("Corrected caption", read.caption());
    assertEquals("KCNA via REUTERS", read.creditLine());
    assertEquals("KCNA", read.creator());
    assertEquals("2024-06-20", read.dateCreated());
    assertEquals("Pyongyang", read.city(), "only IIM has the city");
  }

  @Test
  void koreanAndRussianIimTextDeclaredUtf8IsReadIntact() {
    byte[] photo =
        jpegWith(
            Iim.utf8()
                .with(120, "김정은 국무위원장과 푸틴 대통령")
                .with(105, "Путин и Ким Чен Ын в Пхеньяне")
                .with(80, "김정은")
                .with(80, "Путин")
                .with(90, "평양")
                .with(101, "Россия")
                .segment());

    EmbeddedMetadata read = EmbeddedMetadata.read(photo);

    assertEquals("김정은 국무위원장과 푸틴 대통령", read.caption());
    assertEquals("Путин и Ким Чен Ын в Пхеньяне", read.headline());
    assertEquals("김정은; Путин", read.creator());
    assertEquals("평양", read.city());
    assertEquals("Россия", read.country());
  }

  @Test
  void latin1IimTextWithoutCharsetDeclarationIsReadAsLatin1() {
    byte[] photo =
        jpegWith(
            Iim.undeclared(StandardCharsets.ISO_8859_1)
                .with(120, "Emmanuel Macron reçoit le président à l'Élysée.")
                .with(92, "Palais de l'Élysée")
                .with(90, "Paris")
                .with(116, "© Présidence de la République")
                .segment());

    EmbeddedMetadata read = EmbeddedMetadata.read(photo);

    assertEquals("Emmanuel Macron reçoit le président à l'Élysée.", read.caption());
    assertEquals("Palais de l'Élysée", read.sublocation());
    assertEquals("© Présidence de la République", read.copyrightNotice());
  }

  @Test
  void windowsQuotesAndDashesInUndeclaredIimTextAreNotControlCharacters() {
    // Western software wrote Windows-1252, which puts typographic punctuation at 0x80-0x9F, where
    // strict Latin-1 has invisible C1 control characters.
    byte[] photo =
        jpegWith(
            Iim.undeclared(Charset.forName("windows-1252"))
                .with(120, "Macron’s guests — “a historic day” — paid €5")
                .segment());

    assertEquals(
        "Macron’s guests — “a historic day” — paid €5", EmbeddedMetadata.read(photo).caption());
  }

  @Test
  void utf8IimTextWithoutCharsetDeclarationIsRecognised() {
    byte[] photo =
        jpegWith(
            Iim.undeclared(StandardCharsets.UTF_8)
                .with(80, "김정은")
                .with(105, "Путин в Пхеньяне")
                .with(92, "Palais de l'Élysée")
                .segment());

    EmbeddedMetadata read = EmbeddedMetadata.read(photo);

    assertEquals("김정은", read.creator());
    assertEquals("Путин в Пхеньяне", read.headline());
    assertEquals("Palais de l'Élysée", read.sublocation());
  }

  @Test
  void withoutXmpOrIimDateTheCameraDateIsUsed() {
    EmbeddedMetadata cameraOnly =
        EmbeddedMetadata.read(jpegWith(exif(null, "2024:06:19 14:15:03")));
    assertEquals("2024-06-19", cameraOnly.dateCreated());

    EmbeddedMetadata withIim =
        EmbeddedMetadata.read(
            jpegWith(exif(null, "2024:06:19 23:59:59"), Iim.utf8().with(55, "20240620").segment()));
    assertEquals("2024-06-20", withIim.dateCreated(), "the IIM date beats the camera clock");

    EmbeddedMetadata noClock = EmbeddedMetadata.read(jpegWith(exif(null, "0000:00:00 00:00:00")));
    assertNull(noClock.dateCreated(), "a camera without a clock writes zeros");
  }

  @Test
  void aDateKnownOnlyToTheMonthOrYearKeepsThatPrecision() {
    assertEquals(
        "2024-06",
        EmbeddedMetadata.read(jpegWith(Iim.utf8().with(55, "20240600").segment())).dateCreated());
    assertEquals(
        "2024",
        EmbeddedMetadata.read(jpegWith(Iim.utf8().with(55, "20240000").segment())).dateCreated());
    assertEquals(
        "2024-06",
        EmbeddedMetadata.read(jpegWith(xmp(simple("photoshop:DateCreated", "2024-06"))))
            .dateCreated());
    assertNull(
        EmbeddedMetadata.read(jpegWith(Iim.utf8().with(55, "20241399").segment())).dateCreated(),
        "an impossible date is dropped rather than offered");
  }

  @Test
  void orientationComesFromExif() {
    EmbeddedMetadata rotated = EmbeddedMetadata.read(jpegWith(exif(6, null)));
    assertEquals(6, rotated.orientation());
    assertFalse(rotated.isEmpty());

    assertEquals(1, EmbeddedMetadata.read(jpegWith(exif(9, null))).orientation());
  }

  @Test
  void aPhotoWithoutMetadataGivesAnEmptyRecord() {
    EmbeddedMetadata read = EmbeddedMetadata.read(plainJpeg());

    assertTrue(read.isEmpty());
    assertNull(read.caption());
    assertNull(read.dateCreated());
    assertEquals(1, read.orientation());
  }

  @Test
  void damagedOrForeignFilesGiveAnEmptyRecordWithoutThrowing() {
    byte[] photo =
        jpegWith(
            exif(6, "2024:06:19 14:15:03"),
            Iim.utf8().with(120, KCNA_DOGS).segment(),
            xmp(langAlt("dc:description", KCNA_DOGS)));
    byte[] garbage = new byte[4096];
    new Random(20240619).nextBytes(garbage);
    byte[] jpegThenGarbage = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8}, 4098);
    System.arraycopy(garbage, 0, jpegThenGarbage, 2, garbage.length);

    for (byte[] file :
        new byte[][] {
          new byte[0],
          Arrays.copyOf(photo, 3),
          Arrays.copyOf(photo, 60),
          Arrays.copyOf(photo, 400),
          garbage,
          jpegThenGarbage,
          "<html><body>not a photo</body></html>".getBytes(StandardCharsets.UTF_8)
        }) {
      EmbeddedMetadata read = EmbeddedMetadata.read(file);
      assertTrue(read.isEmpty(), () -> file.length + " bytes gave " + read);
    }
  }

  @Test
  void theKcnaPhotoOfThePungsanDogsPrefillsCaptionAndCredit() {
    byte[] photo =
        jpegWith(
            exif(1, "2024:06:19 16:40:12"),
            xmp(
                langAlt("dc:description", KCNA_DOGS),
                simple("photoshop:Credit", "KCNA via REUTERS"),
                simple("photoshop:Source", "KCNA"),
                simple("photoshop:City", "Pyongyang"),
                simple("photoshop:Country", "North Korea"),
                langAlt("dc:rights", "KCNA")),
            Iim.utf8()
                .with(120, KCNA_DOGS)
                .with(110, "KCNA via REUTERS")
                .with(115, "KCNA")
                .with(55, "20240619")
                .segment());

    EmbeddedMetadata read = EmbeddedMetadata.read(photo);

    assertEquals(KCNA_DOGS, read.caption());
    assertEquals("KCNA via REUTERS", read.creditLine());
    assertEquals("KCNA", read.source());
    assertEquals("2024-06-19", read.dateCreated());
    assertEquals("North Korea", read.country());
  }

  @Test
  void textIsTrimmedAndBlankBecomesNothing() {
    byte[] photo =
        jpegWith(
            Iim.utf8()
                .with(110, "  KCNA via REUTERS \n")
                .with(120, "   ")
                .with(105, "Headline\0")
                .segment(),
            xmp(simple("photoshop:Credit", " "), langAlt("dc:description", "")));

    EmbeddedMetadata read = EmbeddedMetadata.read(photo);

    assertEquals("KCNA via REUTERS", read.creditLine(), "a blank XMP value does not hide IIM");
    assertNull(read.caption());
    assertEquals("Headline", read.headline());
  }

  @Test
  void theRightsWebStatementFillsTheLicenceAddress() {
    EmbeddedMetadata read =
        EmbeddedMetadata.read(
            jpegWith(
                xmp(
                    simple(
                        "xmpRights:WebStatement",
                        " https://creativecommons.org/licenses/by/4.0/ "))));

    assertEquals("https://creativecommons.org/licenses/by/4.0/", read.licenceUrl());
  }

  @Test
  void aWebStatementThatIsNoHttpAddressIsLeftOut() {
    for (String statement :
        List.of("javascript:alert(1)", "file:///etc/passwd", "All rights reserved", "//x.org/l")) {
      EmbeddedMetadata read =
          EmbeddedMetadata.read(jpegWith(xmp(simple("xmpRights:WebStatement", statement))));
      assertNull(read.licenceUrl(), statement);
    }
  }
}
