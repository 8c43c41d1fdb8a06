package org.summitry.sources.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.summitry.edtf.DateSpec;
import org.summitry.journal.boundary.Entry;

/** A publication a claim rests on: a news article, a register notice, a press release. */
@Entity
@Table(name = "source")
@NamedQuery(
    name = Source.BY_TITLE,
    query = "SELECT s FROM Source s WHERE s.title = :title AND s.publisher = :publisher")
public class Source extends Entry {

  public static final String BY_TITLE = "Source.byTitle";

  @Column(length = 300)
  private String publisher;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(length = 2000)
  private String url;

  @Embedded
  @AttributeOverride(name = "edtf", column = @Column(name = "date_edtf"))
  @AttributeOverride(name = "earliest", column = @Column(name = "date_earliest"))
  @AttributeOverride(name = "latest", column = @Column(name = "date_latest"))
  private DateSpec publishedOn;

  protected Source() {}

  public Source(String publisher, String title, String url, DateSpec publishedOn) {
    this.publisher = publisher;
    this.title = title;
    this.url = url;
    this.publishedOn = publishedOn;
  }

  public String getPublisher() {
    return publisher;
  }

  public String getTitle() {
    return title;
  }

  public String getUrl() {
    return url;
  }

  public DateSpec getPublishedOn() {
    return publishedOn;
  }

  public void setPublisher(String publisher) {
    this.publisher = publisher;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public void setPublishedOn(DateSpec publishedOn) {
    this.publishedOn = publishedOn;
  }
}
