package org.summitry.scale;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The words the synthetic catalog is made of: personal names in the scripts their bearers write
 * them in (Hangul, Cyrillic, Chinese characters, kana and kanji, Arabic, Latin with accents), gift
 * categories with the objects in them, agencies, publishers and places. Invented combinations of
 * real words: no entry describes a real gift.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** How the people of a country write and order their names. */
  enum Culture {
    KOREAN,
    RUSSIAN,
    CHINESE,
    JAPANESE,
    ARABIC,
    ENGLISH,
    FRENCH,
    SPANISH,
    GERMAN,
    PORTUGUESE,
    ITALIAN
  }

  /** A name: how English sources write it, in its own script (null when Latin), and aliases. */
  record Name(String name, String nativeName, List<String> aliases, String surname) {}

  /** Romanisation, own script, Cyrillic (for Korean), one word of a name. */
  private record Part(String latin, String own, String cyrillic) {}

  private static Part p(String latin, String own, String cyrillic) {
    return new Part(latin, own, cyrillic);
  }

  private static final List<Part> KOREAN_FAMILY =
      List.of(
          p("Kim", "김", "Ким"),
          p("Lee", "이", "Ли"),
          p("Park", "박", "Пак"),
          p("Choi", "최", "Чхве"),
          p("Jung", "정", "Чон"),
          p("Kang", "강", "Кан"),
          p("Cho", "조", "Чо"),
          p("Yoon", "윤", "Юн"),
          p("Jang", "장", "Чан"),
          p("Lim", "임", "Лим"),
          p("Han", "한", "Хан"),
          p("Ri", "리", "Ри"));
  private static final List<Part> KOREAN_GIVEN =
      List.of(
          p("Jong", "정", "Чон"),
          p("Un", "은", "Ын"),
          p("Il", "일", "Ир"),
          p("Sung", "성", "Сон"),
          p("Min", "민", "Мин"),
          p("Ho", "호", "Хо"),
          p("Jae", "재", "Дже"),
          p("In", "인", "Ин"),
          p("Hyun", "현", "Хён"),
          p("Yong", "용", "Ён"),
          p("Chol", "철", "Чхоль"),
          p("Hee", "희", "Хи"),
          p("Soo", "수", "Су"),
          p("Woo", "우", "У"),
          p("Kyung", "경", "Кён"),
          p("Moon", "문", "Мун"),
          p("Yeol", "열", "Ёль"),
          p("Seok", "석", "Сок"),
          p("Ju", "주", "Чу"),
          p("Hwa", "화", "Хва"));

  /** First names: Latin, Cyrillic, another romanisation seen in the press (or null), female. */
  private record First(String latin, String own, String variant, boolean female) {}

  private static final List<First> RUSSIAN_FIRST =
      List.of(
          new First("Vladimir", "Владимир", null, false),
          new First("Sergei", "Сергей", "Sergey", false),
          new First("Dmitry", "Дмитрий", "Dmitri", false),
          new First("Alexei", "Алексей", "Aleksey", false),
          new First("Nikolai", "Николай", "Nikolay", false),
          new First("Mikhail", "Михаил", null, false),
          new First("Andrei", "Андрей", "Andrey", false),
          new First("Yuri", "Юрий", "Yury", false),
          new First("Igor", "Игорь", null, false),
          new First("Oleg", "Олег", null, false),
          new First("Maxim", "Максим", "Maksim", false),
          new First("Anatoly", "Анатолий", "Anatoliy", false),
          new First("Viktor", "Виктор", "Victor", false),
          new First("Anna", "Анна", null, true),
          new First("Maria", "Мария", "Mariya", true),
          new First("Elena", "Елена", "Yelena", true),
          new First("Olga", "Ольга", null, true),
          new First("Tatiana", "Татьяна", "Tatyana", true),
          new First("Valentina", "Валентина", null, true),
          new First("Natalia", "Наталья", "Natalya", true));
  private static final List<Part> RUSSIAN_SURNAME =
      List.of(
          p("Ivanov", "Иванов", null),
          p("Petrov", "Петров", null),
          p("Sokolov", "Соколов", null),
          p("Lavrov", "Лавров", null),
          p("Kuznetsov", "Кузнецов", null),
          p("Volkov", "Волков", null),
          p("Morozov", "Морозов", null),
          p("Novikov", "Новиков", null),
          p("Fyodorov", "Фёдоров", null),
          p("Popov", "Попов", null),
          p("Orlov", "Орлов", null),
          p("Belov", "Белов", null),
          p("Medvedev", "Медведев", null),
          p("Lebedev", "Лебедев", null),
          p("Golovin", "Головин", null),
          p("Zaitsev", "Зайцев", null));

  private static final List<Part> CHINESE_FAMILY =
      List.of(
          p("Wang", "王", null),
          p("Li", "李", null),
          p("Zhang", "张", null),
          p("Liu", "刘", null),
          p("Chen", "陈", null),
          p("Yang", "杨", null),
          p("Zhao", "赵", null),
          p("Huang", "黄", null),
          p("Zhou", "周", null),
          p("Wu", "吴", null),
          p("Xu", "徐", null),
          p("Sun", "孙", null),
          p("Hu", "胡", null),
          p("Gao", "高", null),
          p("Xi", "习", null),
          p("Wen", "温", null));
  private static final List<Part> CHINESE_GIVEN =
      List.of(
          p("wei", "伟", null),
          p("ming", "明", null),
          p("hua", "华", null),
          p("jian", "建", null),
          p("guo", "国", null),
          p("ping", "平", null),
          p("qiang", "强", null),
          p("yan", "燕", null),
          p("hong", "红", null),
          p("jun", "军", null),
          p("lei", "磊", null),
          p("yi", "毅", null),
          p("tao", "涛", null),
          p("jie", "杰", null),
          p("xin", "新", null),
          p("hai", "海", null),
          p("yun", "云", null),
          p("jing", "静", null));

  private static final List<Part> JAPANESE_FAMILY =
      List.of(
          p("Sato", "佐藤", null),
          p("Suzuki", "鈴木", null),
          p("Takahashi", "高橋", null),
          p("Tanaka", "田中", null),
          p("Watanabe", "渡辺", null),
          p("Ito", "伊藤", null),
          p("Yamamoto", "山本", null),
          p("Nakamura", "中村", null),
          p("Kobayashi", "小林", null),
          p("Kato", "加藤", null),
          p("Yoshida", "吉田", null),
          p("Yamada", "山田", null),
          p("Matsumoto", "松本", null),
          p("Kishida", "岸田", null));
  private static final List<Part> JAPANESE_GIVEN =
      List.of(
          p("Hiroshi", "浩", null),
          p("Takeshi", "武", null),
          p("Akira", "明", null),
          p("Kenji", "健二", null),
          p("Shinzo", "晋三", null),
          p("Fumio", "文雄", null),
          p("Taro", "太郎", null),
          p("Ichiro", "一郎", null),
          p("Yuki", "由紀", null),
          p("Naoko", "直子", null),
          p("Yoko", "洋子", null),
          p("Keiko", "恵子", null),
          p("Masako", "雅子", null),
          p("Yoshihide", "義偉", null));

  private static final List<First> ARABIC_FIRST =
      List.of(
          new First("Mohammed", "محمد", "Muhammad", false),
          new First("Abdullah", "عبد الله", "Abdallah", false),
          new First("Khalid", "خالد", "Khaled", false),
          new First("Faisal", "فيصل", "Faysal", false),
          new First("Salman", "سلمان", null, false),
          new First("Ahmed", "أحمد", "Ahmad", false),
          new First("Omar", "عمر", "Umar", false),
          new First("Hamad", "حمد", null, false),
          new First("Tamim", "تميم", null, false),
          new First("Sultan", "سلطان", null, false),
          new First("Zayed", "زايد", "Zayid", false),
          new First("Nasser", "ناصر", "Nasir", false),
          new First("Fatima", "فاطمة", "Fatimah", true),
          new First("Aisha", "عائشة", "Aysha", true),
          new First("Layla", "ليلى", "Leila", true));
  private static final List<Part> ARABIC_FAMILY =
      List.of(
          p("Al Saud", "آل سعود", null),
          p("Al Thani", "آل ثاني", null),
          p("Al Nahyan", "آل نهيان", null),
          p("Al Sabah", "آل الصباح", null),
          p("Al Khalifa", "آل خليفة", null),
          p("Al Hashimi", "الهاشمي", null),
          p("Al Maktoum", "آل مكتوم", null),
          p("Al Said", "آل سعيد", null),
          p("Haddad", "حداد", null),
          p("Mansour", "منصور", null),
          p("Khoury", "خوري", null),
          p("Aziz", "عزيز", null));

  private static final Map<Culture, List<String>> LATIN_FIRST =
      Map.of(
          Culture.ENGLISH,
          List.of(
              "James",
              "John",
              "Robert",
              "Michael",
              "William",
              "David",
              "Richard",
              "Thomas",
              "Charles",
              "Mary",
              "Patricia",
              "Jennifer",
              "Elizabeth",
              "Susan",
              "Sarah",
              "Margaret",
              "Hillary",
              "Joseph"),
          Culture.FRENCH,
          List.of(
              "Jean",
              "Pierre",
              "François",
              "Emmanuel",
              "Jacques",
              "Nicolas",
              "Marie",
              "Ségolène",
              "Hélène",
              "Élisabeth",
              "Aurélien",
              "Benoît"),
          Culture.SPANISH,
          List.of(
              "José",
              "Juan",
              "Luis",
              "Carlos",
              "Andrés",
              "Pedro",
              "María",
              "Ana",
              "Lucía",
              "Cristina",
              "Martín",
              "Sofía"),
          Culture.GERMAN,
          List.of(
              "Hans",
              "Jürgen",
              "Olaf",
              "Angela",
              "Klaus",
              "Ursula",
              "Annalena",
              "Wolfgang",
              "Helmut",
              "Jörg",
              "Günter",
              "Käthe"),
          Culture.PORTUGUESE,
          List.of(
              "João",
              "Luiz",
              "António",
              "Dilma",
              "Ana",
              "Marcelo",
              "Paulo",
              "Fernanda",
              "Inês",
              "Sebastião"),
          Culture.ITALIAN,
          List.of(
              "Giuseppe",
              "Giorgia",
              "Sergio",
              "Mario",
              "Matteo",
              "Paolo",
              "Silvio",
              "Francesca",
              "Chiara",
              "Niccolò"));
  private static final Map<Culture, List<String>> LATIN_LAST =
      Map.of(
          Culture.ENGLISH,
          List.of(
              "Smith",
              "Johnson",
              "Williams",
              "Brown",
              "Jones",
              "Miller",
              "Davis",
              "Wilson",
              "Anderson",
              "Taylor",
              "Moore",
              "Martin",
              "Jackson",
              "Thompson",
              "White",
              "Harris",
              "Clark",
              "Walker",
              "O'Brien"),
          Culture.FRENCH,
          List.of(
              "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy",
              "Moreau", "Lefèvre", "Faure", "Girard"),
          Culture.SPANISH,
          List.of(
              "García",
              "Martínez",
              "López",
              "Sánchez",
              "Pérez",
              "Gómez",
              "Fernández",
              "Rodríguez",
              "Díaz",
              "Muñoz",
              "Núñez"),
          Culture.GERMAN,
          List.of(
              "Müller",
              "Schmidt",
              "Schneider",
              "Fischer",
              "Weber",
              "Meyer",
              "Wagner",
              "Becker",
              "Schäfer",
              "Köhler",
              "Weiß"),
          Culture.PORTUGUESE,
          List.of(
              "Silva",
              "Santos",
              "Oliveira",
              "Souza",
              "Costa",
              "Pereira",
              "Ferreira",
              "Gonçalves",
              "Rodrigues",
              "Araújo"),
          Culture.ITALIAN,
          List.of(
              "Rossi",
              "Russo",
              "Ferrari",
              "Esposito",
              "Bianchi",
              "Romano",
              "Colombo",
              "Ricci",
              "Marino",
              "Conti"));

  static Name name(Culture culture, SplittableRandom random) {
    switch (culture) {
      case KOREAN -> {
        Part family = pick(KOREAN_FAMILY, random);
        Part first = pick(KOREAN_GIVEN, random);
        Part second = pick(KOREAN_GIVEN, random);
        String name = family.latin + " " + first.latin + " " + second.latin;
        return new Name(
            name,
            family.own + first.own + second.own,
            List.of(
                family.latin + " " + first.latin + "-" + second.latin.toLowerCase(Locale.ROOT),
                family.cyrillic + " " + first.cyrillic + " " + second.cyrillic),
            family.latin);
      }
      case RUSSIAN -> {
        First first = pick(RUSSIAN_FIRST, random);
        Part surname = pick(RUSSIAN_SURNAME, random);
        String latin = first.female ? surname.latin + "a" : surname.latin;
        String own = first.female ? surname.own + "а" : surname.own;
        List<String> aliases =
            first.variant == null
                ? List.of(first.latin.charAt(0) + ". " + latin)
                : List.of(first.variant + " " + latin, first.latin.charAt(0) + ". " + latin);
        return new Name(first.latin + " " + latin, first.own + " " + own, aliases, latin);
      }
      case CHINESE -> {
        Part family = pick(CHINESE_FAMILY, random);
        Part first = pick(CHINESE_GIVEN, random);
        Part second = pick(CHINESE_GIVEN, random);
        String given = capitalise(first.latin) + second.latin;
        return new Name(
            family.latin + " " + given,
            family.own + first.own + second.own,
            List.of(
                given + " " + family.latin,
                family.latin + " " + capitalise(first.latin) + "-" + second.latin),
            family.latin);
      }
      case JAPANESE -> {
        Part family = pick(JAPANESE_FAMILY, random);
        Part given = pick(JAPANESE_GIVEN, random);
        return new Name(
            given.latin + " " + family.latin,
            family.own + given.own,
            List.of(family.latin + " " + given.latin),
            family.latin);
      }
      case ARABIC -> {
        First first = pick(ARABIC_FIRST, random);
        Part family = pick(ARABIC_FAMILY, random);
        if (!first.female && random.nextInt(3) == 0) {
          First father = pick(ARABIC_FIRST.subList(0, 12), random);
          return new Name(
              first.latin + " bin " + father.latin + " " + family.latin,
              first.own + " بن " + father.own + " " + family.own,
              List.of(
                  (first.variant == null ? first.latin : first.variant) + " " + family.latin,
                  first.latin + " " + family.latin),
              family.latin);
        }
        return new Name(
            first.latin + " " + family.latin,
            first.own + " " + family.own,
            first.variant == null
                ? List.of()
                : List.of(first.variant + " " + family.latin.replace("Al ", "al-")),
            family.latin);
      }
      default -> {
        String first = pick(LATIN_FIRST.get(culture), random);
        String last = pick(LATIN_LAST.get(culture), random);
        String name = first + " " + last;
        String folded = fold(name);
        String initial = first.charAt(0) + ". " + last;
        return new Name(
            name, null, folded.equals(name) ? List.of(initial) : List.of(folded, initial), last);
      }
    }
  }

  /** The culture of a country's names, by ISO code; Latin-script English for the rest. */
  static Culture culture(String code) {
    return switch (code) {
      case "KP", "KR" -> Culture.KOREAN;
      case "RU", "BY", "KZ", "KG", "TJ" -> Culture.RUSSIAN;
      case "CN", "TW", "SG" -> Culture.CHINESE;
      case "JP" -> Culture.JAPANESE;
      case "SA",
          "AE",
          "QA",
          "KW",
          "BH",
          "OM",
          "JO",
          "EG",
          "IQ",
          "SY",
          "LB",
          "LY",
          "TN",
          "DZ",
          "MA",
          "YE",
          "SD",
          "MR" ->
          Culture.ARABIC;
      case "FR",
          "BE",
          "LU",
          "MC",
          "SN",
          "CI",
          "CM",
          "ML",
          "NE",
          "BF",
          "GA",
          "CG",
          "CD",
          "HT",
          "MG",
          "BJ",
          "TG",
          "GN" ->
          Culture.FRENCH;
      case "ES",
          "MX",
          "AR",
          "CO",
          "CL",
          "PE",
          "VE",
          "CU",
          "EC",
          "BO",
          "PY",
          "UY",
          "GT",
          "HN",
          "SV",
          "NI",
          "CR",
          "PA",
          "DO" ->
          Culture.SPANISH;
      case "DE", "AT", "CH", "LI" -> Culture.GERMAN;
      case "PT", "BR", "AO", "MZ", "CV", "GW", "ST" -> Culture.PORTUGUESE;
      case "IT", "SM", "VA" -> Culture.ITALIAN;
      default -> Culture.ENGLISH;
    };
  }

  /** Countries that meet and give most often, first; they get more people and summits. */
  static final List<String> MAJOR_COUNTRIES =
      List.of(
          "US", "CN", "RU", "KP", "KR", "JP", "FR", "DE", "GB", "IN", "SA", "AE", "QA", "TR", "BR",
          "IT", "ES", "MX", "CA", "AU", "EG", "IR", "VN", "ID", "KZ", "BY", "MN", "CU", "VE", "PK");

  /** Places leaders meet, by country code: the capital and a second city where known. */
  static final Map<String, List<String>> CITIES =
      Map.ofEntries(
          Map.entry("US", List.of("Washington", "New York", "Camp David")),
          Map.entry("CN", List.of("Beijing", "Shanghai", "Hangzhou")),
          Map.entry("RU", List.of("Moscow", "Saint Petersburg", "Vladivostok", "Sochi")),
          Map.entry("KP", List.of("Pyongyang", "Wonsan")),
          Map.entry("KR", List.of("Seoul", "Busan")),
          Map.entry("JP", List.of("Tokyo", "Osaka", "Hiroshima")),
          Map.entry("FR", List.of("Paris", "Versailles", "Biarritz")),
          Map.entry("DE", List.of("Berlin", "Bonn", "Munich")),
          Map.entry("GB", List.of("London", "Windsor", "Edinburgh")),
          Map.entry("IN", List.of("New Delhi", "Mumbai")),
          Map.entry("SA", List.of("Riyadh", "Jeddah")),
          Map.entry("AE", List.of("Abu Dhabi", "Dubai")),
          Map.entry("QA", List.of("Doha")),
          Map.entry("TR", List.of("Ankara", "Istanbul")),
          Map.entry("BR", List.of("Brasília", "Rio de Janeiro")),
          Map.entry("IT", List.of("Rome", "Florence")),
          Map.entry("ES", List.of("Madrid", "Barcelona")),
          Map.entry("MX", List.of("Mexico City")),
          Map.entry("CA", List.of("Ottawa", "Quebec City")),
          Map.entry("AU", List.of("Canberra", "Sydney")),
          Map.entry("EG", List.of("Cairo", "Sharm El Sheikh")),
          Map.entry("IR", List.of("Tehran")),
          Map.entry("VN", List.of("Hanoi", "Ho Chi Minh City")),
          Map.entry("ID", List.of("Jakarta", "Bali")),
          Map.entry("KZ", List.of("Astana", "Almaty")),
          Map.entry("BY", List.of("Minsk")),
          Map.entry("MN", List.of("Ulaanbaatar")),
          Map.entry("CU", List.of("Havana")),
          Map.entry("VE", List.of("Caracas")),
          Map.entry("PK", List.of("Islamabad")),
          Map.entry("CH", List.of("Geneva", "Bern", "Davos")),
          Map.entry("AT", List.of("Vienna")),
          Map.entry("FI", List.of("Helsinki")),
          Map.entry("IS", List.of("Reykjavík")),
          Map.entry("SG", List.of("Singapore")),
          Map.entry("TW", List.of("Taipei")),
          Map.entry("PL", List.of("Warsaw", "Kraków")),
          Map.entry("UA", List.of("Kyiv")),
          Map.entry("AR", List.of("Buenos Aires")),
          Map.entry("ZA", List.of("Pretoria", "Cape Town")),
          Map.entry("NG", List.of("Abuja")),
          Map.entry("KE", List.of("Nairobi")),
          Map.entry("ET", List.of("Addis Ababa")),
          Map.entry("TH", List.of("Bangkok")),
          Map.entry("MY", List.of("Kuala Lumpur")),
          Map.entry("PH", List.of("Manila")),
          Map.entry("NL", List.of("The Hague", "Amsterdam")),
          Map.entry("BE", List.of("Brussels")),
          Map.entry("SE", List.of("Stockholm")),
          Map.entry("NO", List.of("Oslo")),
          Map.entry("PT", List.of("Lisbon")),
          Map.entry("GR", List.of("Athens")),
          Map.entry("IL", List.of("Jerusalem")),
          Map.entry("JO", List.of("Amman")),
          Map.entry("KW", List.of("Kuwait City")),
          Map.entry("OM", List.of("Muscat")),
          Map.entry("BH", List.of("Manama")),
          Map.entry("MA", List.of("Rabat")),
          Map.entry("LA", List.of("Vientiane")),
          Map.entry("KH", List.of("Phnom Penh")),
          Map.entry("CL", List.of("Santiago")),
          Map.entry("PE", List.of("Lima")),
          Map.entry("CO", List.of("Bogotá")));

  static final List<String> VENUES =
      List.of(
          "Presidential Palace",
          "State Guesthouse",
          "Kumsusan Guesthouse",
          "Kremlin",
          "Great Hall of the People",
          "Élysée Palace",
          "Blue House",
          "Royal Palace",
          "Foreign Ministry",
          "Conference Centre",
          "Grand Hotel",
          "Peace House",
          "Akasaka Palace",
          "Diaoyutai State Guesthouse",
          "Villa Madama",
          "Government House");

  /**
   * A gift category: address, name, objects in it, and its word in Hangul, Cyrillic, Han, Japanese,
   * Arabic.
   */
  record Category(String slug, String name, List<String> objects, List<String> words) {}

  private static Category c(String slug, String name, String objects, String words) {
    return new Category(slug, name, List.of(objects.split(", ")), List.of(words.split("\\|")));
  }

  static final List<Category> CATEGORIES =
      List.of(
          c(
              "ceramics",
              "Ceramics",
              "celadon vase, porcelain bowl, tea set, dinner service, lacquered plate, stoneware jar",
              "도자기|керамика|陶瓷|陶磁器|خزف"),
          c(
              "textiles",
              "Textiles and carpets",
              "silk carpet, tapestry, embroidered shawl, kilim, silk scarf, woven rug",
              "직물|ковёр|丝绸|織物|سجادة"),
          c(
              "jewellery",
              "Jewellery",
              "gold necklace, pearl brooch, emerald ring, silver bracelet, diamond earrings, amber pendant",
              "보석|украшение|珠宝|宝飾品|مجوهرات"),
          c(
              "watches",
              "Watches and clocks",
              "wristwatch, mantel clock, pocket watch, table clock",
              "시계|часы|钟表|時計|ساعة"),
          c(
              "arms",
              "Ceremonial arms",
              "ceremonial sword, dagger, hunting rifle, sabre, shield",
              "검|шашка|宝剑|刀剣|سيف"),
          c(
              "animals",
              "Animals",
              "pair of Pungsan dogs, thoroughbred horse, falcon, pair of giant pandas, Akita dog, Alabai puppy",
              "동물|животное|动物|動物|حيوان"),
          c(
              "vehicles",
              "Vehicles",
              "limousine, motorcycle, sports car, off-road vehicle, electric car",
              "자동차|автомобиль|汽车|自動車|سيارة"),
          c(
              "books",
              "Books and manuscripts",
              "rare book, illuminated manuscript, first edition, atlas, collected works",
              "책|книга|书籍|書籍|كتاب"),
          c(
              "paintings",
              "Paintings",
              "oil painting, watercolour, portrait, landscape painting, ink painting",
              "그림|картина|绘画|絵画|لوحة"),
          c(
              "sculpture",
              "Sculpture",
              "bronze bust, marble statue, jade carving, wood carving, bronze horse",
              "조각|скульптура|雕塑|彫刻|تمثال"),
          c(
              "furniture",
              "Furniture",
              "writing desk, lacquered cabinet, carved chest, armchair, folding screen",
              "가구|мебель|家具|家具|أثاث"),
          c(
              "instruments",
              "Musical instruments",
              "guitar, gayageum, balalaika, violin, ceremonial drum, oud",
              "악기|инструмент|乐器|楽器|آلة موسيقية"),
          c(
              "food",
              "Food and drink",
              "case of wine, ginseng, caviar, tea, honey, dates, whisky, vodka",
              "음식|еда|食品|食品|طعام"),
          c(
              "clothing",
              "Clothing",
              "kimono, hanbok, fur hat, cashmere coat, silk tie, embroidered robe",
              "옷|одежда|服装|衣服|ملابس"),
          c(
              "sports",
              "Sports equipment",
              "signed football, golf clubs, ice hockey jersey, set of skis, boxing gloves",
              "운동 용품|спортинвентарь|体育用品|スポーツ用品|معدات رياضية"),
          c(
              "electronics",
              "Electronics",
              "radio set, tablet computer, camera, record player",
              "전자제품|электроника|电子产品|電子機器|إلكترونيات"),
          c(
              "decorations",
              "Orders and medals",
              "order of friendship, commemorative medal, badge of honour, star of merit",
              "훈장|орден|勋章|勲章|وسام"),
          c(
              "coins",
              "Coins and stamps",
              "set of gold coins, stamp album, commemorative coin, banknote set",
              "주화|монеты|钱币|硬貨|عملات"),
          c(
              "plants",
              "Plants",
              "bonsai tree, orchid, cherry saplings, rose bushes, olive tree",
              "식물|растение|植物|植物|نبات"),
          c(
              "documents",
              "Documents and maps",
              "historic map, facsimile of a treaty, handwritten letter, archive photographs",
              "문서|документ|文件|文書|وثيقة"),
          c(
              "tableware",
              "Tableware",
              "silver tray, crystal decanter, set of goblets, samovar, coffee service",
              "식기|посуда|餐具|食器|أواني"),
          c(
              "glass",
              "Glass",
              "crystal vase, glass bowl, stained-glass panel, perfume flacon",
              "유리|стекло|玻璃|ガラス|زجاج"),
          c(
              "photographs",
              "Photographs",
              "photo album, framed photograph, portrait photograph",
              "사진|фотография|照片|写真|صورة"),
          c(
              "models",
              "Models",
              "ship model, aircraft model, globe, model of a monument",
              "모형|модель|模型|模型|نموذج"),
          c(
              "perfume",
              "Perfume and incense",
              "perfume set, incense burner, oud oil, agarwood",
              "향수|духи|香水|香水|عطر"),
          c(
              "tobacco",
              "Cigars and tobacco",
              "box of cigars, humidor, pipe, tobacco case",
              "담배|сигары|雪茄|葉巻|سيجار"),
          c(
              "games",
              "Toys and games",
              "chess set, baduk set, matryoshka dolls, backgammon board",
              "놀이|игра|游戏|遊具|لعبة"));

  static final List<String> ADJECTIVES =
      List.of(
          "antique",
          "hand-painted",
          "gilded",
          "engraved",
          "18th-century",
          "lacquered",
          "carved",
          "silver",
          "gold-plated",
          "traditional",
          "embroidered",
          "inlaid",
          "miniature",
          "commemorative",
          "enamelled");

  static final List<String> MOTIFS =
      List.of(
          "the national emblem",
          "a personal dedication",
          "cranes and pine trees",
          "the host's portrait",
          "floral motifs",
          "a map of the world",
          "mountain landscapes",
          "the state seal");

  static final List<String> OCCASIONS =
      List.of(
          "State visit",
          "New Year greetings",
          "Birthday greetings",
          "Farewell call",
          "Courtesy call",
          "Anniversary of diplomatic relations",
          "Signing of an agreement",
          "Official dinner");

  static final List<String> WHEREABOUTS =
      List.of(
          "In the national archives",
          "Transferred to the presidential library",
          "On display at the national museum",
          "In use by the recipient",
          "Deposited with the protocol department",
          "Kept in the state gift depository",
          "Whereabouts unknown",
          "Sold at auction",
          "Returned to the giver");

  static final List<String> VALUE_NOTES =
      List.of(
          "Appraised by the protocol office",
          "Estimated by the receiving ministry",
          "Declared value",
          "Above the disclosure limit",
          "Retail price at the time");

  static final List<String> TOPICS =
      List.of(
          "trade",
          "energy",
          "security",
          "culture",
          "climate",
          "the peninsula",
          "nuclear energy",
          "tourism",
          "fisheries",
          "transport corridors",
          "space cooperation",
          "education");

  /** A news or photo agency and its usual culture of names, for credits and sources. */
  record Agency(String name, Culture culture) {}

  static final List<Agency> AGENCIES =
      List.of(
          new Agency("KCNA", Culture.KOREAN),
          new Agency("Yonhap", Culture.KOREAN),
          new Agency("TASS", Culture.RUSSIAN),
          new Agency("RIA Novosti", Culture.RUSSIAN),
          new Agency("Sputnik", Culture.RUSSIAN),
          new Agency("Xinhua", Culture.CHINESE),
          new Agency("Kyodo", Culture.JAPANESE),
          new Agency("WAM", Culture.ARABIC),
          new Agency("Reuters", Culture.ENGLISH),
          new Agency("AP", Culture.ENGLISH),
          new Agency("AFP", Culture.FRENCH),
          new Agency("EPA", Culture.GERMAN),
          new Agency("EFE", Culture.SPANISH),
          new Agency("ANSA", Culture.ITALIAN),
          new Agency("Agência Brasil", Culture.PORTUGUESE));

  static final List<String> PUBLISHERS =
      List.of(
          "The New York Times",
          "The Washington Post",
          "Le Monde",
          "Frankfurter Allgemeine Zeitung",
          "Kommersant",
          "Rossiyskaya Gazeta",
          "Rodong Sinmun",
          "Chosun Ilbo",
          "People's Daily",
          "Asahi Shimbun",
          "Al Jazeera",
          "El País",
          "Corriere della Sera",
          "Folha de S.Paulo",
          "Federal Register",
          "Reuters",
          "TASS",
          "Yonhap",
          "CBS News",
          "BBC News");

  static final List<String> CURRENCIES =
      List.of("USD", "USD", "USD", "EUR", "RUB", "KRW", "JPY", "CNY", "GBP", "CHF", "SAR", "AED");

  static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The name with its accents dropped, as some sources write it. */
  static String fold(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace("ß", "ss");
  }
}
