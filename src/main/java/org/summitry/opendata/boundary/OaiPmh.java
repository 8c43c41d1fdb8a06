package org.summitry.opendata.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.Config;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Stamp;
import org.summitry.kernel.EntryType;
import org.summitry.opendata.control.OaiRequest;
import org.summitry.opendata.control.Xml;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.PublicAddress;
import org.summitry.platform.boundary.PublicLinks;

/**
 * {@code /oai}: an OAI-PMH 2.0 repository of the public summits, gifts and photos as {@code oai_dc}
 * records, for harvesters. A record's datestamp is the time of its entry's latest journal row, so
 * harvesting {@code from} the last harvest brings exactly what changed since. Deleted records are
 * kept for good ({@code deletedRecord} "persistent"): an entry the public could once see that is
 * unpublished, trashed or purged is listed as a header with {@code status="deleted"}, dated like
 * any record by its latest journal row; drafts that were never public are not listed at all. Long
 * lists come in pages with resumption tokens that carry the arguments and the last datestamp sent,
 * so a harvest resumes correctly however long it pauses and on whichever instance.
 */
@Path("oai")
@RequestScoped
public class OaiPmh {

  static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/";
  static final String OAI_DC_NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
  static final String DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String MEDIA_TYPE = "text/xml;charset=UTF-8";
  static final int DEFAULT_PAGE_SIZE = 100;

  @Inject Config config;
  @Inject PublicAddress address;
  @Inject Journal journal;
  @Inject OaiRecords records;
  @Context UriInfo uri;

  @GET
  @Produces(MEDIA_TYPE)
  public Response get() {
    return answer(uri.getQueryParameters());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MEDIA_TYPE)
  public Response post(MultivaluedMap<String, String> form) {
    return answer(form);
  }

  private Response answer(Map<String, List<String>> parameters) {
    PublicLinks links = new PublicLinks(address.base());
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = Xml.writer(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, "OAI-PMH");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeNamespace("xsi", XSI);
      xml.writeAttribute(
          "xsi",
          XSI,
          "schemaLocation",
          NAMESPACE + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
      Xml.element(xml, "responseDate", AtomFeed.timestamp(OffsetDateTime.now(ZoneOffset.UTC)));
      OaiRequest request;
      try {
        request = OaiRequest.parse(parameters);
      } catch (OaiRequest.Refused refused) {
        requestElement(xml, links, null);
        error(xml, refused);
        return finish(xml, out);
      }
      // The body is written into a buffer first, so that an error found late still answers alone.
      StringWriter body = new StringWriter();
      XMLStreamWriter inner = Xml.writer(body);
      inner.setDefaultNamespace(NAMESPACE);
      try {
        respond(inner, request, links);
        inner.flush();
        requestElement(xml, links, request);
        xml.flush();
        out.write(body.toString());
      } catch (OaiRequest.Refused refused) {
        requestElement(xml, links, refused.echoesRequest() ? request : null);
        error(xml, refused);
      }
      return finish(xml, out);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Response finish(XMLStreamWriter xml, StringWriter out) throws XMLStreamException {
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return Response.ok(out.toString(), MEDIA_TYPE).build();
  }

  private void respond(XMLStreamWriter xml, OaiRequest request, PublicLinks links)
      throws XMLStreamException {
    switch (request.verb()) {
      case "Identify" -> identify(xml, links);
      case "ListMetadataFormats" -> listMetadataFormats(xml, request, links);
      case "ListSets" -> listSets(xml);
      case "GetRecord" -> getRecord(xml, request, links);
      default -> list(xml, request, links, request.verb().equals("ListRecords"));
    }
  }

  private void identify(XMLStreamWriter xml, PublicLinks links) throws XMLStreamException {
    xml.writeStartElement("Identify");
    Xml.element(xml, "repositoryName", Messages.get("site.name"));
    Xml.element(xml, "baseURL", links.path("oai"));
    Xml.element(xml, "protocolVersion", "2.0");
    Xml.element(
        xml,
        "adminEmail",
        config
            .getOptionalValue("summitry.contact.email", String.class)
            .filter(email -> !email.isBlank())
            .orElse("webmaster@" + links.base().getHost()));
    Xml.element(
        xml,
        "earliestDatestamp",
        AtomFeed.timestamp(journal.earliestChange().orElse(OffsetDateTime.now(ZoneOffset.UTC))));
    Xml.element(xml, "deletedRecord", "persistent");
    Xml.element(xml, "granularity", "YYYY-MM-DDThh:mm:ssZ");
    xml.writeEndElement();
  }

  private void listMetadataFormats(XMLStreamWriter xml, OaiRequest request, PublicLinks links)
      throws XMLStreamException {
    if (request.identifier() != null) {
      find(request.identifier(), links);
    }
    xml.writeStartElement("ListMetadataFormats");
    xml.writeStartElement("metadataFormat");
    Xml.element(xml, "metadataPrefix", OaiRequest.OAI_DC);
    Xml.element(xml, "schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
    Xml.element(xml, "metadataNamespace", OAI_DC_NAMESPACE);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void listSets(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("ListSets");
    for (String set : OaiRecords.SETS.keySet()) {
      xml.writeStartElement("set");
      Xml.element(xml, "setSpec", set);
      Xml.element(xml, "setName", Messages.get("oai.set." + set));
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private void getRecord(XMLStreamWriter xml, OaiRequest request, PublicLinks links)
      throws XMLStreamException {
    Map.Entry<EntryType, Long> entry = find(request.identifier(), links);
    // Null for a deleted record, which has a header and no metadata.
    List<OaiRecords.Element> dc =
        records.describe(entry.getKey(), List.of(entry.getValue()), links).get(entry.getValue());
    OffsetDateTime stamp =
        journal
            .latestChanges(entry.getKey().name(), List.of(entry.getValue()))
            .get(entry.getValue());
    xml.writeStartElement("GetRecord");
    record(
        xml,
        links,
        new Stamp(
            entry.getKey().name(),
            entry.getValue(),
            stamp == null ? OffsetDateTime.now(ZoneOffset.UTC) : stamp),
        dc,
        true);
    xml.writeEndElement();
  }

  /** The public or withdrawn entry an identifier names, or idDoesNotExist. */
  private Map.Entry<EntryType, Long> find(String identifier, PublicLinks links) {
    return OaiRecords.parse(links, identifier)
        .filter(
            e ->
                !records.describe(e.getKey(), List.of(e.getValue()), links).isEmpty()
                    || journal.withdrawal(e.getKey().name(), e.getValue()).isPresent())
        .orElseThrow(
            () ->
                new OaiRequest.Refused(
                    "idDoesNotExist",
                    "No public record has the identifier \"" + identifier + "\"."));
  }

  private void list(XMLStreamWriter xml, OaiRequest request, PublicLinks links, boolean withRecords)
      throws XMLStreamException {
    int pageSize = pageSize();
    List<String> types =
        request.set() == null
            ? OaiRecords.SETS.values().stream().map(Enum::name).toList()
            : List.of(OaiRecords.SETS.get(request.set()).name());
    // One more than a page, so the last page is known to be the last and gets no token.
    List<Item> found = new ArrayList<>();
    Stamp after = request.after();
    while (found.size() <= pageSize) {
      List<Stamp> batch =
          journal.latestChanges(types, request.from(), request.before(), after, pageSize + 1);
      if (batch.isEmpty()) {
        break;
      }
      after = batch.get(batch.size() - 1);
      Map<String, Set<Long>> byType = new LinkedHashMap<>();
      batch.forEach(
          s ->
              byType
                  .computeIfAbsent(s.entryType(), t -> new java.util.HashSet<>())
                  .add(s.entryId()));
      Map<String, List<OaiRecords.Element>> described = new HashMap<>();
      Set<String> withdrawn = new java.util.HashSet<>();
      byType.forEach(
          (type, ids) -> {
            records
                .describe(EntryType.valueOf(type), ids, links)
                .forEach((id, dc) -> described.put(type + "/" + id, dc));
            List<Long> hidden =
                ids.stream().filter(id -> !described.containsKey(type + "/" + id)).toList();
            journal
                .withdrawals(type, hidden)
                .keySet()
                .forEach(id -> withdrawn.add(type + "/" + id));
          });
      for (Stamp stamp : batch) {
        String key = stamp.entryType() + "/" + stamp.entryId();
        List<OaiRecords.Element> dc = described.get(key);
        if ((dc != null || withdrawn.contains(key)) && found.size() <= pageSize) {
          found.add(new Item(stamp, dc));
        }
      }
      if (batch.size() <= pageSize) {
        break;
      }
    }
    if (found.isEmpty()) {
      throw new OaiRequest.Refused("noRecordsMatch", "No record matches these arguments.");
    }
    boolean more = found.size() > pageSize;
    List<Item> page = more ? found.subList(0, pageSize) : found;
    xml.writeStartElement(withRecords ? "ListRecords" : "ListIdentifiers");
    for (Item item : page) {
      if (withRecords) {
        record(xml, links, item.stamp(), item.dc(), true);
      } else {
        header(xml, links, item.stamp(), item.dc() == null);
      }
    }
    if (more || request.after() != null) {
      xml.writeStartElement("resumptionToken");
      xml.writeAttribute("cursor", Long.toString(request.cursor()));
      if (more) {
        xml.writeCharacters(request.token(page.get(page.size() - 1).stamp(), page.size()));
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  /** One record of a list: its entry and datestamp, and its Dublin Core, null when deleted. */
  private record Item(Stamp stamp, List<OaiRecords.Element> dc) {}

  private int pageSize() {
    return Math.max(
        1,
        config.getOptionalValue("summitry.oai.page-size", Integer.class).orElse(DEFAULT_PAGE_SIZE));
  }

  private static void record(
      XMLStreamWriter xml,
      PublicLinks links,
      Stamp stamp,
      List<OaiRecords.Element> dc,
      boolean withMetadata)
      throws XMLStreamException {
    xml.writeStartElement("record");
    header(xml, links, stamp, dc == null);
    if (withMetadata && dc != null) {
      xml.writeStartElement("metadata");
      xml.writeStartElement("oai_dc", "dc", OAI_DC_NAMESPACE);
      xml.writeNamespace("oai_dc", OAI_DC_NAMESPACE);
      xml.writeNamespace("dc", DC_NAMESPACE);
      xml.writeNamespace("xsi", XSI);
      xml.writeAttribute(
          "xsi",
          XSI,
          "schemaLocation",
          OAI_DC_NAMESPACE + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
      for (OaiRecords.Element element : dc) {
        xml.writeStartElement("dc", element.name(), DC_NAMESPACE);
        xml.writeCharacters(Xml.clean(element.value()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static void header(XMLStreamWriter xml, PublicLinks links, Stamp stamp, boolean deleted)
      throws XMLStreamException {
    EntryType type = EntryType.valueOf(stamp.entryType());
    xml.writeStartElement("header");
    if (deleted) {
      xml.writeAttribute("status", "deleted");
    }
    Xml.element(xml, "identifier", OaiRecords.identifier(links, type, stamp.entryId()));
    Xml.element(xml, "datestamp", AtomFeed.timestamp(stamp.at()));
    Xml.element(xml, "setSpec", OaiRecords.setOf(type));
    xml.writeEndElement();
  }

  private static void requestElement(XMLStreamWriter xml, PublicLinks links, OaiRequest request)
      throws XMLStreamException {
    xml.writeStartElement("request");
    if (request != null) {
      xml.writeAttribute("verb", request.verb());
      for (Map.Entry<String, String> argument : request.arguments().entrySet()) {
        xml.writeAttribute(argument.getKey(), Xml.clean(argument.getValue()));
      }
    }
    xml.writeCharacters(links.path("oai"));
    xml.writeEndElement();
  }

  private static void error(XMLStreamWriter xml, OaiRequest.Refused refused)
      throws XMLStreamException {
    xml.writeStartElement("error");
    xml.writeAttribute("code", refused.code());
    xml.writeCharacters(Xml.clean(refused.getMessage()));
    xml.writeEndElement();
  }
}
