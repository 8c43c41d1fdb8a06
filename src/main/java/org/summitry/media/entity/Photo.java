package org.summitry.media.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.summitry.edtf.DateSpec;
import org.summitry.journal.boundary.Entry;

/**
 * A press photograph and what its caption and credit say. The file itself is stored by its SHA-256
 * digest, so the same picture is never stored twice and its URL never changes.
 */
@Entity
@Table(name = "photo")
@NamedQuery(name = Photo.BY_SHA256, query = "SELECT p FROM Photo p WHERE p.sha256 = :sha256")
public class Photo extends Entry {

  public static final String BY_SHA256 = "Photo.bySha256";

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "media_type", nullable = false, length = 50)
  private String mediaType;

  @Column(name = "byte_size", nullable = false)
  private long byteSize;

  @Column(nullable = false)
  private int width;

  @Column(nullable = false)
  private int height;

  @Column(length = 5000)
  private String caption;

  @Column(length = 500)
  private String headline;

  @Column(name = "credit_line", length = 500)
  private String creditLine;

  @Column(length = 300)
  private String creator;

  @Column(length = 300)
  private String agency;

  @Embedded
  @AttributeOverride(name = "edtf", column = @Column(name = "date_edtf"))
  @AttributeOverride(name = "earliest", column = @Column(name = "date_earliest"))
  @AttributeOverride(name = "latest", column = @Column(name = "date_latest"))
  private DateSpec taken;

  @Column(length = 300)
  private String sublocation;

  @Column(length = 200)
  private String city;

  @Column(name = "country_name", length = 200)
  private String countryName;

  @Column(name = "copyright_notice", length = 1000)
  private String copyrightNotice;

  @Column(name = "licence_url", length = 2000)
  private String licenceUrl;

  @Column(name = "alt_text", length = 1000)
  private String altText;

  /** True for a stand-in image made because the real photograph could not be had. */
  @Column(nullable = false)
  private boolean placeholder;

  protected Photo() {}

  public Photo(String sha256, String mediaType, long byteSize, int width, int height) {
    this.sha256 = sha256;
    this.mediaType = mediaType;
    this.byteSize = byteSize;
    this.width = width;
    this.height = height;
  }

  public String getSha256() {
    return sha256;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getByteSize() {
    return byteSize;
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public String getHeadline() {
    return headline;
  }

  public void setHeadline(String headline) {
    this.headline = headline;
  }

  public String getCreditLine() {
    return creditLine;
  }

  public void setCreditLine(String creditLine) {
    this.creditLine = creditLine;
  }

  public String getCreator() {
    return creator;
  }

  public void setCreator(String creator) {
    this.creator = creator;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public DateSpec getTaken() {
    return taken;
  }

  public void setTaken(DateSpec taken) {
    this.taken = taken;
  }

  public String getSublocation() {
    return sublocation;
  }

  public String getCity() {
    return city;
  }

  public String getCountryName() {
    return countryName;
  }

  public void setLocation(String sublocation, String city, String countryName) {
    this.sublocation = sublocation;
    this.city = city;
    this.countryName = countryName;
  }

  public String getCopyrightNotice() {
    return copyrightNotice;
  }

  public void setCopyrightNotice(String copyrightNotice) {
    this.copyrightNotice = copyrightNotice;
  }

  public String getLicenceUrl() {
    return licenceUrl;
  }

  public void setLicenceUrl(String licenceUrl) {
    this.licenceUrl = licenceUrl;
  }

  public String getAltText() {
    return altText;
  }

  public void setAltText(String altText) {
    this.altText = altText;
  }

  public boolean isPlaceholder() {
    return placeholder;
  }

  public void setPlaceholder(boolean placeholder) {
    this.placeholder = placeholder;
  }
}
