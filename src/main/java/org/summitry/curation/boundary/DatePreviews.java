package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.summitry.curation.control.Guard;
import org.summitry.platform.boundary.Messages;

/**
 * What an EDTF text means in words, as plain text for the date fields' live preview. A plain
 * resource, not an MVC controller: its answer is text, not the name of a view.
 */
@Path("admin/edtf")
@RequestScoped
public class DatePreviews {

  @Inject Guard guard;

  @GET
  @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
  public String meaning(@QueryParam("text") String text) {
    guard.require(Guard.CONTRIBUTOR);
    DatePreview preview = DatePreview.of(text);
    if (preview.problem() != null) {
      return preview.problem();
    }
    return preview.words() == null ? "" : Messages.get("form.date.means", preview.words());
  }
}
