package org.summitry.edtf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdtfInWordsKoreanRussianTest {

  private static final Locale KOREAN = Locale.KOREAN;
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2019-04~|2019년 4월경",
        "2024-06-19|2024년 6월 19일",
        "2024-06|2024년 6월",
        "2018|2018년",
        "2018?|2018년(추정)",
        "2004-06-11%|2004년 6월 11일경(추정)",
        "201X|2010년대",
        "2024-06-XX|2024년 6월 중",
        "2018-09-18/2018-09-20|2018년 9월 18~20일",
        "2024-06-30/2024-07-02|2024년 6월 30일 ~ 7월 2일",
        "2024-06/2024-07|2024년 6월~7월",
        "2019-21|2019년 봄",
        "-0044|기원전 45년",
        "2024-06-19/..|2024년 6월 19일 이후",
        "../2018|2018년까지",
        "2024-06-19T10:15:00Z|2024년 6월 19일 10:15:00 UTC"
      })
  void koreanWritesFromTheYearDownWithSuffixes(String edtf, String words) {
    assertEquals(words, Edtf.parse(edtf).inWords(KOREAN));
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2019-04~|около апреля 2019 г.",
        "2024-06-19|19 июня 2024 г.",
        "2024-06|июнь 2024 г.",
        "2018|2018 г.",
        "2018~|около 2018 г.",
        "2024-06-19~|около 19 июня 2024 г.",
        "2018?|возможно, 2018 г.",
        "2019-04%|возможно, около апреля 2019 г.",
        "201X|2010-е годы",
        "201X~|примерно 2010-е годы",
        "2024-06-XX|в течение июня 2024 г.",
        "2024-XX|в течение 2024 г.",
        "2018-09-18/2018-09-20|18–20 сентября 2018 г.",
        "2024-06/2024-07|июнь–июль 2024 г.",
        "2019-21|весна 2019 г.",
        "-0044|45 г. до н. э.",
        "2024-06-19/..|19 июня 2024 г. и позднее",
        "../2018|2018 г. и ранее"
      })
  void russianPutsMonthsInTheCaseTheirWordsGovern(String edtf, String words) {
    assertEquals(words, Edtf.parse(edtf).inWords(RUSSIAN));
  }
}
