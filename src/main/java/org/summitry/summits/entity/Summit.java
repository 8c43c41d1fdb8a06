package org.summitry.summits.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.summitry.edtf.DateSpec;
import org.summitry.journal.boundary.Entry;

/**
 * A meeting of leaders: where (city, venue, host country), when (an EDTF date or interval), who
 * took part and in which role. The host country and the participants belong to the people component
 * and are referenced by id.
 */
@Entity
@Table(name = "summit")
@NamedQuery(name = Summit.BY_SLUG, query = "SELECT s FROM Summit s WHERE s.slug = :slug")
@NamedQuery(name = Summit.BY_IDS, query = "SELECT s FROM Summit s WHERE s.id IN :ids")
@NamedQuery(
    name = Summit.PUBLISHED_NEWEST_FIRST,
    query =
        "SELECT s FROM Summit s WHERE s.published = TRUE AND s.deletedAt IS NULL"
            + " ORDER BY s.dates.earliest DESC, s.id DESC")
@NamedQuery(
    name = Summit.COUNT_PUBLISHED,
    query = "SELECT COUNT(s) FROM Summit s WHERE s.published = TRUE AND s.deletedAt IS NULL")
@NamedQuery(
    name = Summit.WITH_PARTICIPANT,
    query =
        "SELECT DISTINCT s FROM Summit s JOIN s.participants p WHERE s.published = TRUE AND s.deletedAt IS NULL"
            + " AND p.personId = :personId ORDER BY s.dates.earliest DESC")
public class Summit extends Entry {

  public static final String BY_SLUG = "Summit.bySlug";
  public static final String BY_IDS = "Summit.byIds";
  public static final String PUBLISHED_NEWEST_FIRST = "Summit.publishedNewestFirst";
  public static final String COUNT_PUBLISHED = "Summit.countPublished";
  public static final String WITH_PARTICIPANT = "Summit.withParticipant";

  @Column(nullable = false, length = 80)
  private String slug;

  @Column(nullable = false, length = 300)
  private String title;

  @Embedded
  @AttributeOverride(name = "edtf", column = @Column(name = "date_edtf"))
  @AttributeOverride(name = "earliest", column = @Column(name = "date_earliest"))
  @AttributeOverride(name = "latest", column = @Column(name = "date_latest"))
  private DateSpec dates;

  @Column(length = 200)
  private String city;

  @Column(length = 300)
  private String venue;

  /** The city's place in GeoNames, or null. */
  @Column(name = "geonames_id")
  private Long geonamesId;

  /** The summit's own Wikidata item, when it has one, or null. */
  @Column(name = "wikidata_id", length = 20)
  private String wikidataId;

  @Column(name = "country_id")
  private Long countryId;

  @Column(length = 20000)
  private String summary;

  /** Decimal degrees north (negative south), WGS 84; null when the place is not known. */
  @Column(precision = 8, scale = 6)
  private BigDecimal latitude;

  /** Decimal degrees east (negative west), WGS 84; set together with {@link #latitude}. */
  @Column(precision = 9, scale = 6)
  private BigDecimal longitude;

  // Lists of summits read every summit's participants: one IN query for all, not one each.
  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "summit_participant", joinColumns = @JoinColumn(name = "summit_id"))
  @OrderColumn(name = "position")
  private List<Participant> participants = new ArrayList<>();

  protected Summit() {}

  public Summit(String slug, String title) {
    this.slug = slug;
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public DateSpec getDates() {
    return dates;
  }

  public void setDates(DateSpec dates) {
    this.dates = dates;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public Long getCountryId() {
    return countryId;
  }

  public void setCountryId(Long countryId) {
    this.countryId = countryId;
  }

  public Long getGeonamesId() {
    return geonamesId;
  }

  public void setGeonamesId(Long geonamesId) {
    this.geonamesId = geonamesId;
  }

  public String getWikidataId() {
    return wikidataId;
  }

  public void setWikidataId(String wikidataId) {
    this.wikidataId = wikidataId;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  /**
   * Places the summit on the globe, or forgets where it was with two nulls. Degrees keep six
   * decimals (about ten centimetres), as the database does.
   *
   * @throws IllegalArgumentException when only one is given or either is out of range
   */
  public void setPlace(BigDecimal latitude, BigDecimal longitude) {
    if ((latitude == null) != (longitude == null)) {
      throw new IllegalArgumentException("a place needs both latitude and longitude");
    }
    if (latitude != null
        && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
            || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
      throw new IllegalArgumentException("latitude or longitude out of range");
    }
    this.latitude = latitude == null ? null : latitude.setScale(6, RoundingMode.HALF_UP);
    this.longitude = longitude == null ? null : longitude.setScale(6, RoundingMode.HALF_UP);
  }

  public List<Participant> getParticipants() {
    return List.copyOf(participants);
  }

  /** Replaces the participants, keeping the given order. */
  public void replaceParticipants(List<? extends ParticipantSource> list) {
    participants.clear();
    list.forEach(p -> participants.add(new Participant(p.personId(), p.role())));
  }

  /** Anything that names a participant: a person id and a role. */
  public interface ParticipantSource {
    Long personId();

    String role();
  }

  /**
   * Puts {@code into} wherever {@code from} took part, as when two records of one person are
   * merged; where {@code into} took part already, {@code from}'s place is dropped and its role
   * fills an empty one of {@code into}'s. Returns whether anything changed.
   */
  public boolean replacePerson(Long from, Long into) {
    if (participants.stream().noneMatch(p -> p.getPersonId().equals(from))) {
      return false;
    }
    List<Participant> merged = new ArrayList<>();
    for (Participant p : participants) {
      Long id = p.getPersonId().equals(from) ? into : p.getPersonId();
      Participant already =
          merged.stream().filter(m -> m.getPersonId().equals(id)).findFirst().orElse(null);
      if (already == null) {
        merged.add(new Participant(id, p.getRole()));
      } else if (blank(already.getRole()) && !blank(p.getRole())) {
        merged.set(merged.indexOf(already), new Participant(id, p.getRole()));
      }
    }
    participants.clear();
    participants.addAll(merged);
    return true;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public void addParticipant(Long personId, String role) {
    participants.add(new Participant(personId, role));
  }
}
