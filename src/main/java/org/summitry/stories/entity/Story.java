package org.summitry.stories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.summitry.journal.boundary.Entry;

/**
 * A narrative page: a title, a lede that lists and feeds show, and a body in Markdown whose embeds
 * name other entries by their address ({@code {{gift:slug}}}) or id ({@code {{photo:12}}}).
 */
@Entity
@Table(name = "story")
@NamedQuery(name = Story.BY_SLUG, query = "SELECT s FROM Story s WHERE s.slug = :slug")
public class Story extends Entry {

  public static final String BY_SLUG = "Story.bySlug";

  @Column(nullable = false, length = 80)
  private String slug;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 1000)
  private String lede;

  @Column(nullable = false, length = 100000)
  private String body;

  protected Story() {}

  public Story(String slug, String title) {
    this.slug = slug;
    this.title = title;
    this.body = "";
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

  public String getLede() {
    return lede;
  }

  public void setLede(String lede) {
    this.lede = lede;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body == null ? "" : body;
  }
}
