package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import org.summitry.curation.control.FormErrors;
import org.summitry.media.boundary.RegionDraft;
import org.summitry.platform.boundary.Messages;

/**
 * The form that tags a rectangle of a photo, as typed: x, y, width and height in pixels of the
 * upright picture, and the subject as {@code person:ID} or {@code gift:ID}.
 */
public class RegionForm {

  @FormParam("x")
  public String x;

  @FormParam("y")
  public String y;

  @FormParam("w")
  public String w;

  @FormParam("h")
  public String h;

  @FormParam("subject")
  public String subject;

  @FormParam("label")
  public String label;

  /** What was typed in one of the numbers: "x", "y", "w" or "h". */
  public String value(String number) {
    return switch (number) {
      case "x" -> x;
      case "y" -> y;
      case "w" -> w;
      case "h" -> h;
      default -> throw new IllegalArgumentException("No number " + number);
    };
  }

  /** A form filled in from a suggestion's link (a region the file names). */
  static RegionForm of(String x, String y, String w, String h, String subject) {
    RegionForm form = new RegionForm();
    form.x = x;
    form.y = y;
    form.w = w;
    form.h = h;
    form.subject = subject;
    return form;
  }

  /**
   * The region to store, or null with what is wrong added to {@code errors}: numbers that are not
   * whole numbers, an empty rectangle or one leaving the picture, no person or gift chosen.
   */
  RegionDraft draft(int width, int height, FormErrors errors) {
    Integer left = number("x", x, errors);
    Integer top = number("y", y, errors);
    Integer across = number("w", w, errors);
    Integer down = number("h", h, errors);
    if (left != null && top != null && across != null && down != null) {
      if (across <= 0 || down <= 0) {
        errors.add("region", Messages.get("form.error.regionEmpty"));
      } else if (left < 0
          || top < 0
          || (long) left + across > width
          || (long) top + down > height) {
        errors.add("region", Messages.get("form.error.regionOutside", width, height));
      }
    }
    Long personId = subjectId("person:");
    Long giftId = subjectId("gift:");
    if (personId == null && giftId == null) {
      errors.add("subject", Messages.get("form.error.regionSubject"));
    }
    String text = label == null ? null : label.strip();
    if (text != null && text.length() > 200) {
      errors.add("label", Messages.get("form.error.regionLabel"));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new RegionDraft(left, top, across, down, personId, giftId, text);
  }

  private static Integer number(String field, String text, FormErrors errors) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      errors.add(field, Messages.get("form.error.regionNumber." + field));
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      errors.add(field, Messages.get("form.error.number", value));
      return null;
    }
  }

  private Long subjectId(String prefix) {
    String value = subject == null ? "" : subject.strip();
    if (!value.startsWith(prefix)) {
      return null;
    }
    try {
      return Long.valueOf(value.substring(prefix.length()));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
