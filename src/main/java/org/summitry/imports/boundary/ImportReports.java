package org.summitry.imports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.summitry.accounts.boundary.Access;
import org.summitry.accounts.boundary.Roles;

/**
 * The full report of an import's dry run as a CSV file. Not an MVC controller: the answer is a
 * file, not a view.
 */
@Path("admin/imports/{id: \\d+}/report.csv")
@RequestScoped
public class ImportReports {

  @Inject Access access;
  @Inject Imports imports;

  @GET
  public Response report(@PathParam("id") long id) {
    access.require(Roles.CURATOR);
    imports.find(id).orElseThrow(NotFoundException::new);
    return Response.ok(imports.report(id), "text/csv;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"")
        .cacheControl(CacheControl.valueOf("private, no-store"))
        .build();
  }
}
