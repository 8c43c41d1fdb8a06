package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.summitry.curation.control.FormErrors;
import org.summitry.curation.control.Guard;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.AdminQuery;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Page;
import org.summitry.kernel.Text;
import org.summitry.media.boundary.GalleryPlace;
import org.summitry.media.boundary.PhotoDraft;
import org.summitry.media.boundary.Photos;
import org.summitry.media.boundary.Photos.PhotoEdit;
import org.summitry.media.boundary.RegionDraft;
import org.summitry.media.boundary.RegionView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.Messages;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.Summits;

/** A photo's metadata in the back office: review what the file said, correct it, publish. */
@Controller
@Path("admin/photos/{id: \\d+}")
@RequestScoped
public class PhotoEditor {

  private static final Map<String, String> LABELS =
      Labels.of(
          "caption",
          "headline",
          "creditLine",
          "creator",
          "agency",
          "taken",
          "sublocation",
          "city",
          "countryName",
          "copyrightNotice",
          "licenceUrl",
          "altText",
          "regions",
          "sources",
          "citations",
          "claims");

  private static final EntryDesk.Kind KIND =
      new EntryDesk.Kind("admin/photos", EntryType.PHOTO, LABELS, Photos.JOURNAL_FIELDS);

  @Inject Models models;
  @Inject EntryNames names;
  @Inject Guard guard;
  @Inject Photos photos;
  @Inject Journal journal;
  @Inject Validator validator;
  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject People people;
  @Inject Sources sources;

  private EntryDesk<PhotoEdit> desk() {
    return new EntryDesk<>(
        models,
        guard,
        journal,
        names,
        KIND,
        EntryDesk.Entries.of(photos, edit -> edit.photo().id(), edit -> edit.photo().headline()));
  }

  @GET
  @Produces("text/html;charset=UTF-8")
  public String edit(
      @PathParam("id") long id,
      @QueryParam("done") String done,
      @QueryParam("x") String x,
      @QueryParam("y") String y,
      @QueryParam("w") String w,
      @QueryParam("h") String h,
      @QueryParam("subject") String subject,
      @QueryParam("gallery") String gallery) {
    guard.require(Guard.CONTRIBUTOR);
    PhotoEdit edit = desk().find(id);
    PhotoForm form = PhotoForm.of(edit.fields());
    form.version = Long.toString(edit.state().version());
    models.put("done", done);
    models.put("galleryQuery", gallery == null || gallery.isBlank() ? null : gallery.strip());
    models.put("region", RegionForm.of(x, y, w, h, subject));
    return form(form, edit, new FormErrors(Map.of()));
  }

  /**
   * Tags a rectangle of the photo with a person or a gift; what is wrong is shown with the input
   * kept.
   */
  @POST
  @Path("regions")
  @Produces("text/html;charset=UTF-8")
  public Response addRegion(@PathParam("id") long id, @BeanParam RegionForm region) {
    PhotoEdit edit = photos.forEditing(id).orElseThrow(NotFoundException::new);
    guard.requireEditable(edit.state().published());
    FormErrors errors = new FormErrors(Map.of());
    RegionDraft draft = region.draft(edit.photo().width(), edit.photo().height(), errors);
    if (draft != null && !tags(draft.giftId()).knows(draft.personId(), draft.giftId())) {
      // A person or gift trashed (or never there) since the form was shown.
      errors.add("subject", Messages.get("form.error.regionSubject"));
      draft = null;
    }
    if (draft != null) {
      try {
        photos.addRegion(id, draft, guard.caller());
        return Response.seeOther(URI.create("admin/photos/" + id + "?done=tagged#regions")).build();
      } catch (InvalidField invalid) {
        errors.add(
            "region",
            Messages.get("form.error.regionOutside", edit.photo().width(), edit.photo().height()));
      }
    }
    PhotoForm form = PhotoForm.of(edit.fields());
    form.version = Long.toString(edit.state().version());
    models.put("region", region);
    return Response.ok(form(form, edit, errors)).build();
  }

  /** Asks before taking a tag off the photo. */
  @GET
  @Path("regions/{region: \\d+}/delete")
  @Produces("text/html;charset=UTF-8")
  public String confirmRemoveRegion(@PathParam("id") long id, @PathParam("region") long regionId) {
    PhotoEdit edit = photos.forEditing(id).orElseThrow(NotFoundException::new);
    guard.requireEditable(edit.state().published());
    List<RegionView> regions = photos.regions(id);
    RegionTags.Row row =
        new RegionTags(people.pickablePeople(), tagGifts(id, regions))
            .rows(regions).stream()
                .filter(r -> r.region().id() == regionId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    String entry = "/admin/photos/" + id;
    models.put("heading", Messages.get("admin.regions.delete.title", row.name()));
    models.put("warning", Messages.get("admin.regions.delete.warning"));
    models.put("action", entry + "/regions/" + regionId + "/delete");
    models.put("confirm", Messages.get("admin.regions.delete.confirm"));
    models.put("back", entry + "#regions");
    models.put("cancel", Messages.get("admin.regions.delete.cancel"));
    models.put("problem", null);
    models.put("refused", false);
    return "admin/confirm-delete.html";
  }

  /** Takes a tag off the photo. */
  @POST
  @Path("regions/{region: \\d+}/delete")
  public Response removeRegion(@PathParam("id") long id, @PathParam("region") long regionId) {
    PhotoEdit edit = photos.forEditing(id).orElseThrow(NotFoundException::new);
    guard.requireEditable(edit.state().published());
    photos.removeRegion(id, regionId, guard.caller());
    return Response.seeOther(URI.create("admin/photos/" + id + "?done=untagged#regions")).build();
  }

  /** The tags' names, knowing of gifts only the one {@code giftId} (may be null) names. */
  private RegionTags tags(Long giftId) {
    return new RegionTags(
        people.pickablePeople(),
        giftId == null
            ? List.of()
            : gifts.forEditing(giftId).filter(g -> !g.state().trashed()).stream().toList());
  }

  /**
   * The gifts a tag of this photo offers: those of the galleries it is in, those given at the
   * summits whose galleries it is in, those it is tagged with, and those a search for another
   * gallery found. Never every gift: no list of choices can offer thousands.
   */
  private List<Gifts.GiftEdit> tagGifts(long photoId, List<RegionView> regions) {
    Set<Long> ids = new LinkedHashSet<>();
    for (GalleryPlace place : photos.galleriesOf(photoId)) {
      if (place.entryType() == EntryType.GIFT) {
        ids.add(place.entryId());
      } else if (place.entryType() == EntryType.SUMMIT) {
        gifts.atSummit(place.entryId()).forEach(gift -> ids.add(gift.id()));
      }
    }
    regions.stream().map(RegionView::giftId).filter(Objects::nonNull).forEach(ids::add);
    if (models.get("galleryGifts") instanceof Page<?> found) {
      found.items().forEach(gift -> ids.add(((Gifts.GiftEdit) gift).gift().id()));
    }
    return ids.stream()
        .map(gifts::forEditing)
        .flatMap(Optional::stream)
        .filter(gift -> !gift.state().trashed())
        .sorted(Comparator.comparing(gift -> gift.gift().title(), String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  @POST
  @Produces("text/html;charset=UTF-8")
  public Response update(@PathParam("id") long id, @BeanParam PhotoForm form) {
    return save(desk().editable(id), form, Change.UPDATED);
  }

  /** The photo's revisions: who changed what and when, each restorable. */
  @GET
  @Path("history")
  @Produces("text/html;charset=UTF-8")
  public String history(@PathParam("id") long id) {
    return desk().history(id);
  }

  @GET
  @Path("diff")
  @Produces("text/html;charset=UTF-8")
  public String diff(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return desk().diff(id, from, to);
  }

  /**
   * Brings back a revision's metadata, sources and claims; tags of people stay as they are now
   * (they are added and removed one by one, each its own revision).
   */
  @POST
  @Path("revisions/{revision: \\d+}/restore")
  @Produces("text/html;charset=UTF-8")
  public Response restore(@PathParam("id") long id, @PathParam("revision") long revision) {
    EntryDesk<PhotoEdit> desk = desk();
    PhotoEdit edit = desk.editable(id);
    Revision old = desk.revision(id, revision);
    PhotoForm form = PhotoForm.of(old.fields());
    form.version = Long.toString(edit.state().version());
    return save(edit, form, Change.REVERTED);
  }

  private Response save(PhotoEdit edit, PhotoForm form, Change change) {
    EntryDesk<PhotoEdit> desk = desk();
    long id = edit.photo().id();
    FormErrors errors = new FormErrors(Map.of());
    PhotoDraft draft =
        new PhotoDraft(
            form.caption,
            form.headline,
            form.creditLine,
            form.creator,
            form.agency,
            Text.strippedOrNull(form.taken),
            form.sublocation,
            form.city,
            form.countryName,
            form.copyrightNotice,
            Text.strippedOrNull(form.licenceUrl),
            form.altText,
            edit.photo().placeholder(),
            form.citations(errors),
            form.claimDrafts(Claims.facts(EntryType.PHOTO), errors));
    errors.addAll(validator.validate(draft), LABELS);
    if (!errors.isEmpty()) {
      return Response.ok(form(form, edit, errors)).build();
    }
    try {
      photos.save(id, Versions.parse(form.version), draft, guard.caller(), change);
      return desk.saved(id, change);
    } catch (EditConflict conflict) {
      PhotoEdit current = desk.conflict(edit, form.fields());
      form.version = Long.toString(conflict.currentVersion());
      return Response.status(Response.Status.CONFLICT).entity(form(form, current, errors)).build();
    } catch (InvalidField invalid) {
      errors.add(invalid.field(), invalid.message(Messages.locale()));
      return Response.ok(form(form, edit, errors)).build();
    }
  }

  @POST
  @Path("{change: publish|unpublish|trash|restore}")
  @Produces("text/html;charset=UTF-8")
  public Response change(@PathParam("id") long id, @PathParam("change") String change) {
    PhotoEdit edit = photos.forEditing(id).orElseThrow(NotFoundException::new);
    guard.require(Guard.CURATOR);
    Change what = Workflow.change(change);
    try {
      photos.change(id, what, guard.caller());
    } catch (InvalidField invalid) {
      FormErrors errors = new FormErrors(Map.of());
      errors.add(invalid.field(), invalid.message(Messages.locale()));
      PhotoForm form = PhotoForm.of(edit.fields());
      form.version = Long.toString(edit.state().version());
      return Response.ok(form(form, edit, errors)).build();
    }
    return Response.seeOther(URI.create("admin/photos/" + id + "?done=" + change)).build();
  }

  /** Asks an administrator to confirm that a trashed photo is deleted for good. */
  @GET
  @Path("purge")
  @Produces("text/html;charset=UTF-8")
  public String confirmPurge(@PathParam("id") long id) {
    guard.require(Guard.ADMIN);
    return desk().confirmPurge(desk().trashed(id), null);
  }

  /** Deletes a trashed photo for good: its record, its places in galleries, its file. */
  @POST
  @Path("purge")
  @Produces("text/html;charset=UTF-8")
  public Response purge(@PathParam("id") long id) {
    guard.require(Guard.ADMIN);
    EntryDesk<PhotoEdit> desk = desk();
    return desk.purge(desk.trashed(id));
  }

  /** Adds the photo to another gallery ("summit:slug" or "gift:slug"); with removal, a move. */
  @POST
  @Path("galleries")
  public Response addToGallery(
      @PathParam("id") long id,
      @FormParam("target") String target,
      @FormParam("gallery") String gallery) {
    PhotoEdit edit = photos.forEditing(id).orElseThrow(NotFoundException::new);
    guard.requireEditable(edit.state().published());
    String value = target == null ? "" : target.strip();
    if (value.isEmpty()) {
      models.put("galleryQuery", gallery == null || gallery.isBlank() ? null : gallery.strip());
      FormErrors errors = new FormErrors(Map.of());
      errors.add("target", Messages.get("photos.addTo.error.none"));
      PhotoForm form = PhotoForm.of(edit.fields());
      form.version = Long.toString(edit.state().version());
      return Response.ok(form(form, edit, errors)).build();
    }
    int colon = value.indexOf(':');
    String kind = colon < 0 ? "" : value.substring(0, colon);
    String slug = colon < 0 ? "" : value.substring(colon + 1);
    if (kind.equals("summit")) {
      var summit = summits.anySummit(slug).orElseThrow(NotFoundException::new);
      // The gallery changes the summit's page: contributors may add only to drafts.
      guard.requireEditable(
          summits.forEditing(summit.id()).orElseThrow(NotFoundException::new).state().published());
      photos.addToGallery(id, EntryType.SUMMIT, summit.id());
      return Response.seeOther(URI.create("admin/summits/" + summit.id() + "#gallery")).build();
    }
    if (kind.equals("gift")) {
      // Found by its address, whichever of thousands it is; not one in the trash.
      var gift =
          gifts
              .idOfAny(slug)
              .flatMap(gifts::forEditing)
              .filter(g -> !g.state().trashed())
              .orElseThrow(NotFoundException::new);
      guard.requireEditable(gift.state().published());
      photos.addToGallery(id, EntryType.GIFT, gift.gift().id());
      return Response.seeOther(URI.create("admin/gifts/" + gift.gift().id() + "#gallery")).build();
    }
    throw new NotFoundException();
  }

  /** How many summits, and how many gifts, a search for another gallery shows at most. */
  static final int GALLERY_MATCHES = 20;

  private String form(PhotoForm form, PhotoEdit edit, FormErrors errors) {
    models.put("form", form);
    models.put("edit", edit);
    models.put("errors", errors.asMap());
    models.put("datePreview", DatePreview.of(form.taken));
    models.put("sourceChoices", sources.pickable());
    models.put("claimFacts", Claims.facts(EntryType.PHOTO));
    models.put("galleries", photos.galleriesOf(edit.photo().id()));
    if (models.get("galleryQuery") instanceof String query) {
      // The summits and gifts whose title or address holds the words: the archive holds
      // thousands, which no list of choices can offer whole.
      AdminQuery matching = new AdminQuery(query, "title", false, 1, GALLERY_MATCHES);
      models.put("gallerySummits", summits.adminList(matching));
      models.put("galleryGifts", gifts.adminList(matching));
      models.put("galleryPick", GALLERY_MATCHES);
    }
    List<RegionView> regions = photos.regions(edit.photo().id());
    var giftChoices = tagGifts(edit.photo().id(), regions);
    models.put("giftChoices", giftChoices);
    List<PersonView> personChoices = people.pickablePeople();
    models.put("personChoices", personChoices);
    RegionTags tags = new RegionTags(personChoices, giftChoices);
    models.put("regions", tags.rows(regions));
    models.put("suggestions", tags.suggestions(photos.tagsInFile(edit.photo().id()), regions));
    if (models.get("region") == null) {
      models.put("region", new RegionForm());
    }
    return "admin/photos/form.html";
  }
}
