package org.summitry.opendata.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitry.journal.boundary.Stamp;

/**
 * An OAI-PMH 2.0 request, checked against the protocol: which verb, which arguments, and the errors
 * the protocol names for whatever is wrong (section 3.6). Pure, so every rule is unit-tested; the
 * repository answers what this class accepts.
 *
 * @param verb one of the six verbs
 * @param arguments the arguments as given, for the response's {@code request} element
 * @param identifier GetRecord's and ListMetadataFormats' identifier, else null
 * @param metadataPrefix always {@code oai_dc} once accepted
 * @param set a set spec, or null for all
 * @param from the inclusive lower bound of datestamps, or null
 * @param before the exclusive upper bound of datestamps (until plus its granularity), or null
 * @param after where a resumed list goes on (the last stamp sent), or null
 * @param cursor how many records earlier pages of this list held
 */
public record OaiRequest(
    String verb,
    Map<String, String> arguments,
    String identifier,
    String metadataPrefix,
    String set,
    OffsetDateTime from,
    OffsetDateTime before,
    Stamp after,
    long cursor,
    String fromText,
    String untilText) {

  public static final String OAI_DC = "oai_dc";
  public static final Set<String> SETS = Set.of("summit", "gift", "photo");
  private static final String TOKEN_VERSION = "1";

  /** A request the protocol refuses, with its error code and a message for the harvester. */
  public static final class Refused extends RuntimeException {
    private final String code;

    public Refused(String code, String message) {
      super(message);
      this.code = code;
    }

    public String code() {
      return code;
    }

    /** badVerb and badArgument answers do not echo the request's attributes (section 3.2). */
    public boolean echoesRequest() {
      return !code.equals("badVerb") && !code.equals("badArgument");
    }
  }

  private static final Map<String, Set<String>> REQUIRED =
      Map.of(
          "Identify", Set.of(),
          "ListMetadataFormats", Set.of(),
          "ListSets", Set.of(),
          "ListIdentifiers", Set.of("metadataPrefix"),
          "ListRecords", Set.of("metadataPrefix"),
          "GetRecord", Set.of("identifier", "metadataPrefix"));

  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "Identify", Set.of(),
          "ListMetadataFormats", Set.of("identifier"),
          "ListSets", Set.of("resumptionToken"),
          "ListIdentifiers", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"),
          "ListRecords", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"),
          "GetRecord", Set.of("identifier", "metadataPrefix"));

  /**
   * Reads a request's parameters (each with every value it was given).
   *
   * @throws Refused with badVerb, badArgument, badResumptionToken or cannotDisseminateFormat
   */
  public static OaiRequest parse(Map<String, List<String>> parameters) {
    List<String> verbs = parameters.get("verb");
    if (verbs == null || verbs.isEmpty()) {
      throw new Refused("badVerb", "The request has no verb.");
    }
    if (verbs.size() > 1) {
      throw new Refused("badVerb", "The verb is given more than once.");
    }
    String verb = verbs.get(0);
    if (!ALLOWED.containsKey(verb)) {
      throw new Refused("badVerb", "\"" + verb + "\" is not an OAI-PMH verb.");
    }
    Map<String, String> arguments = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      if (name.equals("verb")) {
        continue;
      }
      if (!ALLOWED.get(verb).contains(name)) {
        throw new Refused("badArgument", verb + " does not take the argument \"" + name + "\".");
      }
      if (parameter.getValue().size() != 1) {
        throw new Refused("badArgument", "The argument \"" + name + "\" is given more than once.");
      }
      arguments.put(name, parameter.getValue().get(0));
    }
    String token = arguments.get("resumptionToken");
    if (token != null) {
      if (arguments.size() > 1) {
        throw new Refused(
            "badArgument",
            "resumptionToken is an exclusive argument: give it alone with the verb.");
      }
      if (verb.equals("ListSets")) {
        throw new Refused("badResumptionToken", "The set list is complete; it has no tokens.");
      }
      return resume(verb, arguments, token);
    }
    for (String required : REQUIRED.get(verb)) {
      if (arguments.get(required) == null || arguments.get(required).isEmpty()) {
        throw new Refused("badArgument", verb + " needs the argument \"" + required + "\".");
      }
    }
    String prefix = arguments.get("metadataPrefix");
    String set = arguments.get("set");
    String fromText = arguments.get("from");
    String untilText = arguments.get("until");
    OffsetDateTime from = fromText == null ? null : start(fromText, "from");
    OffsetDateTime before = untilText == null ? null : endAfter(untilText, "until");
    if (fromText != null && untilText != null) {
      if (fromText.length() != untilText.length()) {
        throw new Refused("badArgument", "from and until must have the same granularity.");
      }
      if (from.isAfter(start(untilText, "until"))) {
        throw new Refused("badArgument", "from is later than until.");
      }
    }
    if (prefix != null && !prefix.equals(OAI_DC)) {
      throw new Refused(
          "cannotDisseminateFormat", "This repository offers oai_dc only, not \"" + prefix + "\".");
    }
    if (set != null && !SETS.contains(set)) {
      throw new Refused("noRecordsMatch", "There is no set \"" + set + "\".");
    }
    return new OaiRequest(
        verb,
        arguments,
        arguments.get("identifier"),
        prefix,
        set,
        from,
        before,
        null,
        0,
        fromText,
        untilText);
  }

  /** This request's list going on after {@code last}, {@code sent} records later, as a token. */
  public String token(Stamp last, long sent) {
    String text =
        String.join(
            "\n",
            TOKEN_VERSION,
            metadataPrefix,
            set == null ? "" : set,
            fromText == null ? "" : fromText,
            untilText == null ? "" : untilText,
            last.at().withOffsetSameInstant(ZoneOffset.UTC).toString(),
            last.entryType(),
            last.entryId().toString(),
            Long.toString(cursor + sent));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static OaiRequest resume(String verb, Map<String, String> arguments, String token) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
      if (parts.length != 9 || !parts[0].equals(TOKEN_VERSION) || !parts[1].equals(OAI_DC)) {
        throw new IllegalArgumentException("not a token of this repository");
      }
      String set = parts[2].isEmpty() ? null : parts[2];
      if (set != null && !SETS.contains(set)) {
        throw new IllegalArgumentException("unknown set");
      }
      String fromText = parts[3].isEmpty() ? null : parts[3];
      String untilText = parts[4].isEmpty() ? null : parts[4];
      Stamp after =
          new Stamp(
              parts[6],
              Long.valueOf(parts[7]),
              OffsetDateTime.parse(parts[5]).withOffsetSameInstant(ZoneOffset.UTC));
      long cursor = Long.parseLong(parts[8]);
      if (cursor < 0) {
        throw new IllegalArgumentException("negative cursor");
      }
      return new OaiRequest(
          verb,
          arguments,
          null,
          OAI_DC,
          set,
          fromText == null ? null : start(fromText, "from"),
          untilText == null ? null : endAfter(untilText, "until"),
          after,
          cursor,
          fromText,
          untilText);
    } catch (RuntimeException e) {
      throw new Refused(
          "badResumptionToken", "The resumption token is not one this repository handed out.");
    }
  }

  /** The instant a date or datetime argument starts at. */
  static OffsetDateTime start(String text, String name) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE)
            .atStartOfDay()
            .atOffset(ZoneOffset.UTC);
      }
      if (text.length() == 20 && text.endsWith("Z")) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .withOffsetSameInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw new Refused(
        "badArgument",
        name + " must be a date YYYY-MM-DD or a time YYYY-MM-DDThh:mm:ssZ, not \"" + text + "\".");
  }

  /** The first instant after an until argument: the next day, or the next second. */
  static OffsetDateTime endAfter(String text, String name) {
    OffsetDateTime start = start(text, name);
    return text.length() == 10 ? start.plusDays(1) : start.plusSeconds(1);
  }
}
