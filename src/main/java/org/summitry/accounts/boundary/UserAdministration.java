package org.summitry.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.summitry.accounts.entity.Role;
import org.summitry.kernel.Page;
import org.summitry.platform.boundary.InvalidRequest;

/**
 * The admins' pages for users: the list with search, order and pages; a form to create a user; and
 * each user's page to change their role, disable or enable them, or set a new password. Every other
 * caller gets 403. Forms that cannot be accepted come back with the input kept and what is wrong.
 */
@Controller
@Path("admin/users")
@RequestScoped
public class UserAdministration {

  static final int PAGE_SIZE = 25;

  private static final String LIST = "accounts/users.html";
  private static final String NEW = "accounts/user-new.html";
  private static final String SHOW = "accounts/user.html";

  @Inject Models models;
  @Inject Access access;
  @Inject Users users;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(
      @QueryParam("q") String search,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page) {
    access.require(Roles.ADMIN);
    String query = search == null ? "" : search.strip();
    UserOrder order =
        sort == null || sort.isBlank()
            ? UserOrder.USERNAME
            : UserOrder.of(sort).orElseThrow(() -> new InvalidRequest("accounts.error.sort", sort));
    Page<UserView> result = users.users(query, order, pageNumber(page), PAGE_SIZE);
    models.put("users", result);
    models.put("q", query);
    models.put("sort", order.key());
    models.put("orders", Arrays.stream(UserOrder.values()).map(UserOrder::key).toList());
    models.put(
        "pageBase",
        "/admin/users?q="
            + URLEncoder.encode(query, StandardCharsets.UTF_8)
            + "&sort="
            + order.key()
            + "&");
    return LIST;
  }

  @GET
  @Path("new")
  @Produces("text/html;charset=UTF-8")
  public String newUser() {
    access.require(Roles.ADMIN);
    return newForm("", Roles.CONTRIBUTOR, Map.of());
  }

  @POST
  @Produces("text/html;charset=UTF-8")
  public Response create(
      @FormParam("username") String username,
      @FormParam("role") String role,
      @FormParam("password") String password,
      @FormParam("confirmation") String confirmation) {
    access.require(Roles.ADMIN);
    try {
      UserView user = users.create(username, role, password, confirmation, access.caller());
      return Response.seeOther(URI.create("/admin/users/" + user.id() + "?created")).build();
    } catch (InvalidForm invalid) {
      String view = newForm(username == null ? "" : username.strip(), role, invalid.errors());
      return Response.status(Response.Status.BAD_REQUEST).entity(view).build();
    }
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  @Produces("text/html;charset=UTF-8")
  public String show(
      @PathParam("id") Long id,
      @QueryParam("created") String created,
      @QueryParam("saved") String saved) {
    access.require(Roles.ADMIN);
    models.put(
        "notice",
        created != null ? "accounts.user.created" : saved != null ? "accounts.user.saved" : null);
    return userPage(id, null, Map.of());
  }

  @POST
  @Path("{id: [0-9]{1,18}}/role")
  @Produces("text/html;charset=UTF-8")
  public Response changeRole(@PathParam("id") Long id, @FormParam("role") String role) {
    access.require(Roles.ADMIN);
    try {
      users.changeRole(id, role, access.caller());
      return saved(id);
    } catch (InvalidForm invalid) {
      return rejected(id, role, invalid);
    }
  }

  @POST
  @Path("{id: [0-9]{1,18}}/enabled")
  @Produces("text/html;charset=UTF-8")
  public Response setEnabled(@PathParam("id") Long id, @FormParam("enabled") String enabled) {
    access.require(Roles.ADMIN);
    try {
      users.setEnabled(id, "true".equals(enabled), access.caller());
      return saved(id);
    } catch (InvalidForm invalid) {
      return rejected(id, null, invalid);
    }
  }

  @POST
  @Path("{id: [0-9]{1,18}}/password")
  @Produces("text/html;charset=UTF-8")
  public Response resetPassword(
      @PathParam("id") Long id,
      @FormParam("password") String password,
      @FormParam("confirmation") String confirmation) {
    access.require(Roles.ADMIN);
    try {
      users.resetPassword(id, password, confirmation, access.caller());
      return saved(id);
    } catch (InvalidForm invalid) {
      return rejected(id, null, invalid);
    }
  }

  private String newForm(String username, String role, Map<String, String> errors) {
    models.put("username", username);
    models.put("role", role);
    models.put("roles", roleKeys());
    models.put("errors", errors);
    return NEW;
  }

  private String userPage(Long id, String role, Map<String, String> errors) {
    UserView user = users.user(id).orElseThrow(NotFoundException::new);
    models.put("user", user);
    models.put("role", role == null ? user.role() : role);
    models.put("roles", roleKeys());
    models.put("errors", errors);
    models.put("self", user.username().equals(access.caller()));
    return SHOW;
  }

  private Response rejected(Long id, String role, InvalidForm invalid) {
    String view = userPage(id, role, invalid.errors());
    return Response.status(Response.Status.BAD_REQUEST).entity(view).build();
  }

  private static Response saved(Long id) {
    return Response.seeOther(URI.create("/admin/users/" + id + "?saved")).build();
  }

  private static List<String> roleKeys() {
    return Arrays.stream(Role.values()).map(Role::key).toList();
  }

  private static int pageNumber(String page) {
    if (page == null || page.isBlank()) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      throw new InvalidRequest("error.param.page");
    }
  }
}
