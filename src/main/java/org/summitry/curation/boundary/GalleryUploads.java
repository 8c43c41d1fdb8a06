package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.summitry.curation.control.Guard;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryState;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Refusal;
import org.summitry.media.boundary.PhotoDraft;
import org.summitry.media.boundary.PhotoNotStored;
import org.summitry.media.boundary.Photos;
import org.summitry.media.boundary.RegionDraft;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.Pages;
import org.summitry.summits.boundary.Summits;

/**
 * Photos uploaded into the gallery of a summit or a gift, many at once. Each file is judged on its
 * own: the good ones are stored (as drafts, for the curator to review) even when others are
 * refused, and each refusal names the file and the reason. The uploaded name is only ever shown,
 * never used as a path.
 *
 * <p>Not an MVC controller: Krazo checks CSRF tokens of multipart forms only in a header, which a
 * plain HTML form cannot send, so this resource checks the form's token field itself.
 */
@Path("admin/{kind: summits|gifts}/{id: \\d+}/photos")
@RequestScoped
public class GalleryUploads {

  /** Largest file accepted, in bytes (the whole request may carry several). */
  static final long MAX_FILE_BYTES = 30L * 1024 * 1024;

  @Inject Guard guard;
  @Inject Photos photos;
  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject People people;
  @Inject Pages pages;

  @Inject MetricRegistry registry;

  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  /** {@code summitry_photo_uploads_total} in {@code /metrics}, by outcome. */
  private static final Metadata UPLOADS =
      Metadata.builder()
          .withName("summitry.photo.uploads")
          .withDescription("Photo files uploaded, by outcome: stored, existing (a copy) or refused")
          .build();

  /** What became of one file: stored, found already in the archive, or refused and why. */
  public record Outcome(String fileName, Long photoId, boolean existing, String refusal) {}

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces("text/html;charset=UTF-8")
  public Response upload(@PathParam("kind") String kind, @PathParam("id") long id) {
    EntryType type = kind.equals("summits") ? EntryType.SUMMIT : EntryType.GIFT;
    EntryState state =
        type == EntryType.SUMMIT
            ? summits.forEditing(id).orElseThrow(NotFoundException::new).state()
            : gifts.forEditing(id).orElseThrow(NotFoundException::new).state();
    guard.requireEditable(state.published());
    Collection<Part> parts;
    try {
      parts = request.getParts();
    } catch (IllegalStateException tooLarge) {
      return page(
          kind,
          id,
          List.of(),
          Messages.get("upload.error.request"),
          Response.Status.REQUEST_ENTITY_TOO_LARGE);
    } catch (IOException | ServletException unreadable) {
      return page(
          kind,
          id,
          List.of(),
          Messages.get("upload.error.unreadable"),
          Response.Status.BAD_REQUEST);
    }
    if (!pages.validCsrfToken(parts)) {
      throw new CsrfValidationException("The upload form carried no valid CSRF token.");
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Part part : parts) {
      if (!"photos".equals(part.getName()) || part.getSubmittedFileName() == null) {
        continue;
      }
      if (part.getSubmittedFileName().isEmpty() && part.getSize() == 0) {
        continue;
      }
      outcomes.add(store(part, type, id));
    }
    for (Outcome outcome : outcomes) {
      registry
          .counter(
              UPLOADS,
              new Tag(
                  "outcome",
                  outcome.refusal() != null
                      ? "refused"
                      : outcome.existing() ? "existing" : "stored"))
          .inc();
    }
    if (outcomes.isEmpty()) {
      return page(
          kind, id, outcomes, Messages.get("upload.error.none"), Response.Status.BAD_REQUEST);
    }
    return page(kind, id, outcomes, null, Response.Status.OK);
  }

  private Outcome store(Part part, EntryType type, long id) {
    String name = shown(part.getSubmittedFileName());
    if (part.getSize() == 0) {
      return refused(name, Messages.get("upload.error.empty"));
    }
    if (part.getSize() > MAX_FILE_BYTES) {
      return refused(name, Messages.get("upload.error.tooLarge", MAX_FILE_BYTES / (1024 * 1024)));
    }
    byte[] content;
    try (InputStream in = part.getInputStream()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      return refused(name, Messages.get("upload.error.unreadable"));
    }
    try {
      Photos.Upload upload = photos.upload(content, prefill(content), type, id, guard.caller());
      if (!upload.existing()) {
        tagPeopleShown(upload.photoId());
      }
      return new Outcome(name, upload.photoId(), upload.existing(), null);
    } catch (Refusal refused) {
      return refused(name, refused.message(Messages.locale()));
    } catch (PhotoNotStored refused) {
      return refused(name, refused.message(Messages.locale()));
    } catch (IllegalArgumentException refused) {
      return refused(name, refused.getMessage());
    } catch (ConstraintViolationException tooLong) {
      return refused(name, Messages.get("upload.error.metadata"));
    }
  }

  /**
   * The metadata a file carries (IPTC, XMP, Exif), cut to the fields' limits so that a photo with
   * an overlong caption is still stored for the curator to fix.
   */
  private PhotoDraft prefill(byte[] content) {
    Photos.Embedded found = photos.embeddedMetadata(content);
    return new PhotoDraft(
        cut(found.caption(), 5000),
        cut(found.headline(), 500),
        cut(found.creditLine(), 500),
        cut(found.creator(), 300),
        cut(found.source(), 300),
        found.dateCreated(),
        cut(found.sublocation(), 300),
        cut(found.city(), 200),
        cut(found.country(), 200),
        cut(found.copyrightNotice(), 1000),
        whole(found.licenceUrl(), 2000),
        cut(found.altText(), 1000),
        false);
  }

  /**
   * Tags the regions the file marks (IPTC Image Regions) with the archive's persons their names
   * match; the names that match no one are offered on the photo's page as suggestions.
   */
  private void tagPeopleShown(Long photoId) {
    Photos.FileTags file = photos.tagsInFile(photoId);
    if (file.regions().isEmpty()) {
      return;
    }
    RegionTags tags = new RegionTags(people.pickablePeople(), List.of());
    Set<Long> tagged = new HashSet<>();
    for (Photos.FileRegion region : file.regions()) {
      tags.person(region.name())
          .filter(person -> tagged.add(person.id()))
          .ifPresent(
              person ->
                  photos.addRegion(
                      photoId,
                      new RegionDraft(
                          region.x(), region.y(), region.w(), region.h(), person.id(), null, null),
                      guard.caller()));
    }
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** An address is kept whole or not at all: a cut address would lead elsewhere. */
  private static String whole(String text, int max) {
    return text == null || text.length() <= max ? text : null;
  }

  private static Outcome refused(String name, String reason) {
    return new Outcome(name, null, false, reason);
  }

  /** The uploaded name as people see it: no folders, at most 120 characters. */
  static String shown(String submitted) {
    String name = submitted.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    if (name.isBlank()) {
      name = "(no name)";
    }
    return name.length() > 120 ? name.substring(0, 119) + "…" : name;
  }

  private Response page(
      String kind, long id, List<Outcome> outcomes, String problem, Response.Status status) {
    Map<String, Object> model =
        Map.of(
            "outcomes",
            outcomes,
            "problem",
            problem == null ? "" : problem,
            "back",
            "/admin/" + kind + "/" + id,
            "stored",
            outcomes.stream().filter(o -> o.refusal() == null).count(),
            "refused",
            outcomes.stream().filter(o -> o.refusal() != null).count());
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(pages.render("admin/upload-result", model, request, response))
        .build();
  }
}
