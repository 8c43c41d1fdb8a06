package org.summitry.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.summitry.gifts.boundary.GiftDraft;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.media.boundary.PhotoDraft;
import org.summitry.media.boundary.Photos;
import org.summitry.media.boundary.RegionDraft;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonDraft;
import org.summitry.sources.boundary.Certainty;
import org.summitry.sources.boundary.ClaimDraft;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.stories.boundary.Stories;
import org.summitry.summits.boundary.SummitDraft;
import org.summitry.summits.boundary.SummitView.ParticipantView;
import org.summitry.summits.boundary.Summits;
import org.summitry.translations.boundary.Translation;

/**
 * The facts of the CBS News article on the gifts of the June 2024 Putin–Kim summit (the seed
 * article in {@code ../shared/seed}), as entries. Loaded in one transaction: all or nothing. The
 * article's photographs are not available, so labelled placeholder images stand in for them.
 */
@ApplicationScoped
class PyongyangSummitArticle {

  private static final String ARTICLE_PUBLISHER = "CBS News";
  private static final String ARTICLE_TITLE =
      "Photos show Kim Jong Un and Putin sharing gifts – including a limo and hunting dogs";

  private static final String KRT_DRIVE =
      "A screengrab from video aired by North Korean state TV shows the country's leader Kim Jong Un"
          + " being driven around Pyongyang by Russian President Vladimir Putin, on June 19, 2024, in"
          + " the Russian-made Aurus limousine gifted to Kim by Putin during their summit earlier in"
          + " the day.";
  private static final String KCNA_DOGS =
      "Russia's President Vladimir Putin and North Korean leader Kim Jong Un pet a pair of Pungsan"
          + " dogs gifted to Putin by Kim during a walk in the garden of the Kumsusan Guesthouse in"
          + " Pyongyang, North Korea, in an image released by the Korean Central News Agency on June"
          + " 20, 2024.";
  private static final String KRT_HORSE =
      "A screengrab from video aired by North Korean state TV on June 20, 2024 shows the country's"
          + " leader Kim Jong Un feeding a horse as visiting Russian President Vladimir Putin looks on.";

  /** Pyongyang in GeoNames. */
  private static final String PYONGYANG = "1871859";

  @Inject People people;
  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject Photos photos;
  @Inject Sources sources;
  @Inject Claims claims;
  @Inject Stories stories;

  /** Whether the archive holds this article's content (its source, loaded now or before). */
  boolean isIn() {
    return sources.has(ARTICLE_PUBLISHER, ARTICLE_TITLE);
  }

  @Transactional
  void load() {
    Long russia = people.ensureCountry("RU", "Russia", "Q159");
    Long northKorea = people.ensureCountry("KP", "North Korea", "Q423");
    Long southKorea = people.ensureCountry("KR", "South Korea", "Q884");

    Long putin =
        people.ensurePerson(
            new PersonDraft(
                "vladimir-putin",
                "Vladimir Putin",
                "Владимир Путин",
                List.of("Vladimir Vladimirovich Putin", "Владимир Владимирович Путин"),
                "President of Russia",
                "RU",
                "President of the Russian Federation. Visited Pyongyang in June 2024 for a summit"
                    + " with Kim Jong Un, his first visit to North Korea in 24 years.",
                "Q7747"));
    Long kim =
        people.ensurePerson(
            new PersonDraft(
                "kim-jong-un",
                "Kim Jong Un",
                "김정은",
                List.of("Kim Jong-un", "Ким Чен Ын", "Kim Jong-eun"),
                "Leader of North Korea",
                "KP",
                "General Secretary of the Workers' Party of Korea and President of the State Affairs"
                    + " of the Democratic People's Republic of Korea.",
                "Q56226"));
    Long ushakov =
        people.ensurePerson(
            new PersonDraft(
                "yuri-ushakov",
                "Yuri Ushakov",
                "Юрий Ушаков",
                List.of("Yuri Viktorovich Ushakov", "Юрий Викторович Ушаков"),
                "Foreign policy adviser to the President of Russia",
                "RU",
                "Vladimir Putin's top foreign affairs adviser, who told reporters about the gifts"
                    + " exchanged at the June 2024 summit."));
    Long moon =
        people.ensurePerson(
            new PersonDraft(
                "moon-jae-in",
                "Moon Jae-in",
                "문재인",
                List.of("Moon Jae In", "Мун Чжэ Ин"),
                "President of South Korea (2017–2022)",
                "KR",
                "Former South Korean president, who met Kim Jong Un in Pyongyang in September 2018.",
                "Q21001"));

    Long pyongyang2024 =
        summits.ensure(
            new SummitDraft(
                    "putin-kim-summit-pyongyang-2024",
                    "Putin–Kim summit in Pyongyang",
                    "2024-06-19",
                    "Pyongyang",
                    "Kumsusan Guesthouse",
                    northKorea,
                    "Vladimir Putin's visit to Pyongyang, where he and Kim Jong Un exchanged gifts: a second"
                        + " Aurus limousine, a tea set and a naval officer's dirk from Putin; an artwork"
                        + " depicting Putin and a pair of Pungsan hunting dogs from Kim. State media showed"
                        + " the two leaders taking turns driving each other in the new limousine.",
                    List.of(
                        new ParticipantView(kim, "Host"),
                        new ParticipantView(putin, "Visiting head of state"),
                        new ParticipantView(ushakov, "Foreign policy adviser to Putin")),
                    null,
                    null,
                    PYONGYANG,
                    null,
                    null)
                .at(39.0392, 125.7625)
                .withTranslations(
                    List.of(
                        new Translation(
                            "ko",
                            "평양 북러 정상회담",
                            "블라디미르 푸틴 대통령의 평양 방문. 푸틴과 김정은은 이 자리에서 선물을 주고받았다. 푸틴은"
                                + " 두 번째 아우루스 리무진과 다기 세트, 해군 장교용 단검을, 김정은은 푸틴을 그린"
                                + " 미술품과 풍산개 한 쌍을 선물했다. 국영 매체는 두 정상이 새 리무진을 번갈아"
                                + " 운전하는 모습을 보도했다."),
                        new Translation(
                            "ru",
                            "Саммит Путина и Ким Чен Ына в Пхеньяне",
                            "Визит Владимира Путина в Пхеньян, во время которого он и Ким Чен Ын"
                                + " обменялись подарками: от Путина — второй лимузин Aurus, чайный"
                                + " сервиз и офицерский морской кортик, от Кима — картина с портретом"
                                + " Путина и пара собак породы пхунсан. Государственные СМИ показали,"
                                + " как лидеры по очереди возили друг друга на новом лимузине."))));
    Long farEast2023 =
        summits.ensure(
            new SummitDraft(
                    "putin-kim-summit-russian-far-east-2023",
                    "Putin–Kim summit in Russia's Far East",
                    "2023-09-13",
                    "Tsiolkovsky, Amur Oblast",
                    "Vostochny Cosmodrome",
                    russia,
                    "The leaders' meeting in Russia's Far East, where Putin showed Kim his Aurus"
                        + " limousine. Several months later Kim received an Aurus of his own from the"
                        + " Kremlin.",
                    List.of(
                        new ParticipantView(putin, "Host"),
                        new ParticipantView(kim, "Visiting leader")))
                .at(51.8844, 128.3336));
    Long pyongyang2018 =
        summits.ensure(
            new SummitDraft(
                    "inter-korean-summit-pyongyang-2018",
                    "Inter-Korean summit in Pyongyang",
                    "2018-09-18/2018-09-20",
                    "Pyongyang",
                    null,
                    northKorea,
                    "Moon Jae-in's visit to Pyongyang during a brief period of cordial inter-Korean"
                        + " relations, after which Kim gave him a pair of Pungsan dogs.",
                    List.of(
                        new ParticipantView(kim, "Host"),
                        new ParticipantView(moon, "Visiting head of state")),
                    null,
                    null,
                    PYONGYANG,
                    null,
                    null)
                .at(39.0392, 125.7625));

    gifts.ensureCategory("vehicle", "Vehicle");
    gifts.ensureCategory("ceremonial-arms", "Ceremonial arms");
    gifts.ensureCategory("animal", "Animal");
    gifts.ensureCategory("artwork", "Artwork");
    gifts.ensureCategory("tableware", "Tableware");

    Long secondAurus =
        gifts.ensure(
            new GiftDraft(
                    "aurus-limousine-2024",
                    "Aurus limousine (Kim's second)",
                    "A second Russian-made Aurus limousine, the hulking car Kim is said to have taken a"
                        + " shine to when Putin showed him his own in 2023. The leaders were shown taking"
                        + " turns driving each other around Pyongyang in it on the day of the summit.",
                    "vehicle",
                    1,
                    putin,
                    russia,
                    kim,
                    northKorea,
                    pyongyang2024,
                    null,
                    "2024-06-19",
                    null,
                    null,
                    null,
                    "In use by the recipient")
                .withTranslations(
                    List.of(
                        new Translation("ko", "아우루스 리무진 (김정은의 두 번째)", null),
                        new Translation("ru", "Лимузин Aurus (второй у Ким Чен Ына)", null))));
    Long firstAurus =
        gifts.ensure(
            new GiftDraft(
                "aurus-limousine-2024-02",
                "Aurus limousine (Kim's first)",
                "Kim's first Aurus, delivered courtesy of the Kremlin several months after the 2023"
                    + " meeting in Russia's Far East, where Putin had shown him his own.",
                "vehicle",
                1,
                putin,
                russia,
                kim,
                northKorea,
                null,
                "Delivered months after the September 2023 summit in Russia's Far East",
                "2024-02~",
                null,
                null,
                null,
                null));
    Long teaSet =
        gifts.ensure(
            new GiftDraft(
                "tea-set-2024",
                "Tea set",
                "A tea set, among Putin's gifts to Kim at the Pyongyang summit.",
                "tableware",
                1,
                putin,
                russia,
                kim,
                northKorea,
                pyongyang2024,
                null,
                "2024-06-19",
                null,
                null,
                null,
                null));
    Long dirk =
        gifts.ensure(
            new GiftDraft(
                "naval-officers-dirk-2024",
                "Naval officer's dirk",
                "A naval officer's dirk, or small dagger, given by Putin to Kim.",
                "ceremonial-arms",
                1,
                putin,
                russia,
                kim,
                northKorea,
                pyongyang2024,
                null,
                "2024-06-19",
                null,
                null,
                null,
                null));
    Long artwork =
        gifts.ensure(
            new GiftDraft(
                "artwork-depicting-putin-2024",
                "Artwork depicting Vladimir Putin",
                "Artwork depicting the Russian leader, among Kim's presents to Putin according to Yuri"
                    + " Ushakov.",
                "artwork",
                1,
                kim,
                northKorea,
                putin,
                russia,
                pyongyang2024,
                null,
                "2024-06-19",
                null,
                null,
                null,
                null));
    Long dogsForPutin =
        gifts.ensure(
            new GiftDraft(
                "pungsan-dogs-for-putin-2024",
                "Pair of Pungsan dogs",
                "Two Pungsan dogs, a local North Korean breed raised in the north of the country as"
                    + " hunting animals. State TV showed the leaders admiring them, tied to a fence"
                    + " covered in roses in the gardens of the Kumsusan Guesthouse.",
                "animal",
                2,
                kim,
                northKorea,
                putin,
                russia,
                pyongyang2024,
                null,
                "2024-06-19",
                null,
                null,
                null,
                null));
    Long dogsForMoon =
        gifts.ensure(
            new GiftDraft(
                "pungsan-dogs-for-moon-2018",
                "Pair of Pungsan dogs",
                "Two Pungsan dogs given by Kim to South Korea's president Moon Jae-in in 2018, during"
                    + " a fleeting period of much more cordial inter-Korean relations.",
                "animal",
                2,
                kim,
                northKorea,
                moon,
                southKorea,
                pyongyang2018,
                null,
                "2018",
                null,
                null,
                null,
                null));

    Long article = sources.ensureSource(ARTICLE_PUBLISHER, ARTICLE_TITLE, null, "2024-06");
    for (Long summit : List.of(pyongyang2024, farEast2023, pyongyang2018)) {
      sources.cite(article, EntryType.SUMMIT, summit, null);
    }
    for (Long gift :
        List.of(secondAurus, firstAurus, teaSet, dirk, artwork, dogsForPutin, dogsForMoon)) {
      sources.cite(article, EntryType.GIFT, gift, null);
    }
    // Which of the article's facts rest on whom: the Kremlin's word, North Korean state media's,
    // or the article's own hedge.
    claims.set(
        EntryType.GIFT,
        secondAurus,
        List.of(
            new ClaimDraft(
                "giver",
                article,
                Certainty.REPORTED,
                true,
                null,
                "Putin's foreign affairs adviser Yuri Ushakov told reporters, 19 June 2024")));
    claims.set(
        EntryType.GIFT,
        firstAurus,
        List.of(
            new ClaimDraft(
                "date",
                article,
                Certainty.UNCERTAIN,
                true,
                null,
                "“Several months after that encounter, Kim got his first Aurus delivered”")));
    claims.set(
        EntryType.GIFT,
        artwork,
        List.of(
            new ClaimDraft(
                "giver",
                article,
                Certainty.REPORTED,
                true,
                null,
                "“Ushakov said during the summit that Kim's presents to Putin included artwork”")));
    claims.set(
        EntryType.GIFT,
        dogsForPutin,
        List.of(
            new ClaimDraft(
                "giver",
                article,
                Certainty.REPORTED,
                true,
                null,
                "“the North's state-run media said Thursday that Kim had also given his counterpart"
                    + " a pair of Pungsan dogs”")));

    Long drive =
        photos.add(
            image("aurus-drive.jpg"),
            photo(
                KRT_DRIVE,
                "Kim Jong Un driven by Vladimir Putin in the new Aurus",
                "KRT/North Korean state TV",
                "KRT",
                "2024-06-19",
                null,
                "Placeholder image labelled “placeholder”, standing in for the state TV screengrab of"
                    + " Kim Jong Un being driven by Vladimir Putin in an Aurus limousine."),
            EntryType.SUMMIT,
            pyongyang2024);
    photos.addToGallery(drive, EntryType.GIFT, secondAurus);
    Long dogs =
        photos.add(
            image("pungsan-dogs.jpg"),
            photo(
                KCNA_DOGS,
                "Putin and Kim with a pair of Pungsan dogs",
                "KCNA via REUTERS",
                "Korean Central News Agency (KCNA)",
                "2024-06-19",
                "Kumsusan Guesthouse garden",
                "Placeholder image labelled “placeholder”, standing in for the photograph of Vladimir"
                    + " Putin and Kim Jong Un petting two Pungsan dogs in a garden."),
            EntryType.SUMMIT,
            pyongyang2024);
    photos.addToGallery(dogs, EntryType.GIFT, dogsForPutin);
    // Who stands where in the 1200 × 800 picture: Kim on the left, Putin on the right, the dogs
    // between them in front.
    photos.addRegion(dogs, new RegionDraft(60, 80, 400, 680, kim, null, null), "system");
    photos.addRegion(dogs, new RegionDraft(470, 470, 260, 290, null, dogsForPutin, null), "system");
    photos.addRegion(dogs, new RegionDraft(740, 80, 400, 680, putin, null, null), "system");
    Long horse =
        photos.add(
            image("horse.jpg"),
            photo(
                KRT_HORSE,
                "Kim Jong Un feeds a horse as Putin looks on",
                "KRT/Reuters",
                "KRT",
                "2024-06-19",
                "Kumsusan Guesthouse garden",
                "Placeholder image labelled “placeholder”, standing in for the state TV screengrab of"
                    + " Kim Jong Un feeding carrots to a horse while Vladimir Putin watches."),
            EntryType.SUMMIT,
            pyongyang2024);
    for (Long photo : List.of(drive, dogs, horse)) {
      sources.cite(article, EntryType.PHOTO, photo, null);
    }
    stories.ensureStory(
        "pyongyang-june-2024-a-limousine-for-a-pair-of-dogs",
        "Pyongyang, June 2024: a limousine for a pair of dogs",
        "At their summit in Pyongyang, Putin gave Kim a second Aurus limousine and Kim gave Putin"
            + " two Pungsan hunting dogs: what the leaders exchanged, and what it echoed.",
        story(drive));
  }

  /** The demo's story, told from the seed article, with its gifts and a photo embedded. */
  private static String story(Long drivePhoto) {
    return String.join(
        "\n",
        "On 19 June 2024 Vladimir Putin landed in Pyongyang for his first visit to North Korea in"
            + " 24 years. Before he left, he and Kim Jong Un had traded gifts that said as much as"
            + " the treaty they signed.",
        "",
        "## The car",
        "",
        "Kim had taken a shine to Putin's own Aurus when he was shown it at the 2023 meeting in"
            + " Russia's Far East. A first Aurus followed months later; in Pyongyang Putin brought a"
            + " second, and state television showed the two leaders taking turns driving each"
            + " other around the city in it.",
        "",
        "{{gift:aurus-limousine-2024}}",
        "",
        "{{photo:" + drivePhoto + "}}",
        "",
        "Putin also gave Kim a tea set and a naval officer's dirk.",
        "",
        "## The dogs",
        "",
        "Kim's answer was a pair of Pungsan dogs, a breed raised in the north of the country as"
            + " hunting animals. State TV showed the leaders admiring them, tied to a fence covered"
            + " in roses in the gardens of the Kumsusan Guesthouse.",
        "",
        "{{gift:pungsan-dogs-for-putin-2024}}",
        "",
        "It was not the first time Kim had given the breed away: in 2018 a pair went to South"
            + " Korea's president Moon Jae-in, during a fleeting period of much more cordial"
            + " inter-Korean relations.",
        "",
        "{{gift:pungsan-dogs-for-moon-2018}}",
        "",
        "## The summit",
        "",
        "{{summit:putin-kim-summit-pyongyang-2024}}",
        "",
        "{{gallery:putin-kim-summit-pyongyang-2024}}");
  }

  private static PhotoDraft photo(
      String caption,
      String headline,
      String credit,
      String agency,
      String taken,
      String sublocation,
      String alt) {
    return new PhotoDraft(
        caption,
        headline,
        credit,
        null,
        agency,
        taken,
        sublocation,
        "Pyongyang",
        "North Korea",
        null,
        null,
        alt,
        true);
  }

  private static byte[] image(String name) {
    try (InputStream in = PyongyangSummitArticle.class.getResourceAsStream("/demo/" + name)) {
      if (in == null) {
        throw new IllegalStateException("The demo image " + name + " is missing from the WAR.");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
