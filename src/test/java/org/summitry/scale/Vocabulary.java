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

  /** Where each of {@link #CITIES} lies: latitude and longitude in decimal degrees. */
  static final Map<String, double[]> PLACES =
      Map.ofEntries(
          Map.entry("Abu Dhabi", new double[] {24.4539, 54.3773}),
          Map.entry("Abuja", new double[] {9.0765, 7.3986}),
          Map.entry("Addis Ababa", new double[] {8.9806, 38.7578}),
          Map.entry("Almaty", new double[] {43.222, 76.8512}),
          Map.entry("Amman", new double[] {31.9454, 35.9284}),
          Map.entry("Amsterdam", new double[] {52.3676, 4.9041}),
          Map.entry("Ankara", new double[] {39.9334, 32.8597}),
          Map.entry("Astana", new double[] {51.1694, 71.4491}),
          Map.entry("Athens", new double[] {37.9838, 23.7275}),
          Map.entry("Bali", new double[] {-8.3405, 115.092}),
          Map.entry("Bangkok", new double[] {13.7563, 100.5018}),
          Map.entry("Barcelona", new double[] {41.3874, 2.1686}),
          Map.entry("Beijing", new double[] {39.9042, 116.4074}),
          Map.entry("Berlin", new double[] {52.52, 13.405}),
          Map.entry("Bern", new double[] {46.948, 7.4474}),
          Map.entry("Biarritz", new double[] {43.4832, -1.5586}),
          Map.entry("Bogotá", new double[] {4.711, -74.0721}),
          Map.entry("Bonn", new double[] {50.7374, 7.0982}),
          Map.entry("Brasília", new double[] {-15.7975, -47.8919}),
          Map.entry("Brussels", new double[] {50.8503, 4.3517}),
          Map.entry("Buenos Aires", new double[] {-34.6037, -58.3816}),
          Map.entry("Busan", new double[] {35.1796, 129.0756}),
          Map.entry("Cairo", new double[] {30.0444, 31.2357}),
          Map.entry("Camp David", new double[] {39.6483, -77.465}),
          Map.entry("Canberra", new double[] {-35.2809, 149.13}),
          Map.entry("Cape Town", new double[] {-33.9249, 18.4241}),
          Map.entry("Caracas", new double[] {10.4806, -66.9036}),
          Map.entry("Davos", new double[] {46.8027, 9.836}),
          Map.entry("Doha", new double[] {25.2854, 51.531}),
          Map.entry("Dubai", new double[] {25.2048, 55.2708}),
          Map.entry("Edinburgh", new double[] {55.9533, -3.1883}),
          Map.entry("Florence", new double[] {43.7696, 11.2558}),
          Map.entry("Geneva", new double[] {46.2044, 6.1432}),
          Map.entry("Hangzhou", new double[] {30.2741, 120.1551}),
          Map.entry("Hanoi", new double[] {21.0278, 105.8342}),
          Map.entry("Havana", new double[] {23.1136, -82.3666}),
          Map.entry("Helsinki", new double[] {60.1699, 24.9384}),
          Map.entry("Hiroshima", new double[] {34.3853, 132.4553}),
          Map.entry("Ho Chi Minh City", new double[] {10.8231, 106.6297}),
          Map.entry("Islamabad", new double[] {33.6844, 73.0479}),
          Map.entry("Istanbul", new double[] {41.0082, 28.9784}),
          Map.entry("Jakarta", new double[] {-6.2088, 106.8456}),
          Map.entry("Jeddah", new double[] {21.4858, 39.1925}),
          Map.entry("Jerusalem", new double[] {31.7683, 35.2137}),
          Map.entry("Kraków", new double[] {50.0647, 19.945}),
          Map.entry("Kuala Lumpur", new double[] {3.139, 101.6869}),
          Map.entry("Kuwait City", new double[] {29.3759, 47.9774}),
          Map.entry("Kyiv", new double[] {50.4501, 30.5234}),
          Map.entry("Lima", new double[] {-12.0464, -77.0428}),
          Map.entry("Lisbon", new double[] {38.7223, -9.1393}),
          Map.entry("London", new double[] {51.5074, -0.1278}),
          Map.entry("Madrid", new double[] {40.4168, -3.7038}),
          Map.entry("Manama", new double[] {26.2285, 50.586}),
          Map.entry("Manila", new double[] {14.5995, 120.9842}),
          Map.entry("Mexico City", new double[] {19.4326, -99.1332}),
          Map.entry("Minsk", new double[] {53.9006, 27.559}),
          Map.entry("Moscow", new double[] {55.7558, 37.6173}),
          Map.entry("Mumbai", new double[] {19.076, 72.8777}),
          Map.entry("Munich", new double[] {48.1351, 11.582}),
          Map.entry("Muscat", new double[] {23.588, 58.3829}),
          Map.entry("Nairobi", new double[] {-1.2921, 36.8219}),
          Map.entry("New Delhi", new double[] {28.6139, 77.209}),
          Map.entry("New York", new double[] {40.7128, -74.006}),
          Map.entry("Osaka", new double[] {34.6937, 135.5023}),
          Map.entry("Oslo", new double[] {59.9139, 10.7522}),
          Map.entry("Ottawa", new double[] {45.4215, -75.6972}),
          Map.entry("Paris", new double[] {48.8566, 2.3522}),
          Map.entry("Phnom Penh", new double[] {11.5564, 104.9282}),
          Map.entry("Pretoria", new double[] {-25.7479, 28.2293}),
          Map.entry("Pyongyang", new double[] {39.0392, 125.7625}),
          Map.entry("Quebec City", new double[] {46.8139, -71.208}),
          Map.entry("Rabat", new double[] {34.0209, -6.8416}),
          Map.entry("Reykjavík", new double[] {64.1466, -21.9426}),
          Map.entry("Rio de Janeiro", new double[] {-22.9068, -43.1729}),
          Map.entry("Riyadh", new double[] {24.7136, 46.6753}),
          Map.entry("Rome", new double[] {41.9028, 12.4964}),
          Map.entry("Saint Petersburg", new double[] {59.9311, 30.3609}),
          Map.entry("Santiago", new double[] {-33.4489, -70.6693}),
          Map.entry("Seoul", new double[] {37.5665, 126.978}),
          Map.entry("Shanghai", new double[] {31.2304, 121.4737}),
          Map.entry("Sharm El Sheikh", new double[] {27.9158, 34.33}),
          Map.entry("Singapore", new double[] {1.3521, 103.8198}),
          Map.entry("Sochi", new double[] {43.6028, 39.7342}),
          Map.entry("Stockholm", new double[] {59.3293, 18.0686}),
          Map.entry("Sydney", new double[] {-33.8688, 151.2093}),
          Map.entry("Taipei", new double[] {25.033, 121.5654}),
          Map.entry("Tehran", new double[] {35.6892, 51.389}),
          Map.entry("The Hague", new double[] {52.0705, 4.3007}),
          Map.entry("Tokyo", new double[] {35.6762, 139.6503}),
          Map.entry("Ulaanbaatar", new double[] {47.8864, 106.9057}),
          Map.entry("Versailles", new double[] {48.8049, 2.1204}),
          Map.entry("Vienna", new double[] {48.2082, 16.3738}),
          Map.entry("Vientiane", new double[] {17.9757, 102.6331}),
          Map.entry("Vladivostok", new double[] {43.1155, 131.8855}),
          Map.entry("Warsaw", new double[] {52.2297, 21.0122}),
          Map.entry("Washington", new double[] {38.8951, -77.0364}),
          Map.entry("Windsor", new double[] {51.4839, -0.6044}),
          Map.entry("Wonsan", new double[] {39.1528, 127.4436}));

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
