package org.summitry.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client a request comes from. Behind a reverse proxy every request arrives from
 * the proxy, so sign-in throttling by address would lock all staff out together; when the direct
 * peer is one of the configured trusted proxies ({@code SUMMITRY_TRUSTED_PROXIES}), the client is
 * the last address in {@code X-Forwarded-For} (or the configured header) that is not itself a
 * trusted proxy. From anyone else the header is ignored, since a client may write what it likes
 * into it.
 */
@ApplicationScoped
public class ClientAddress {

  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private List<Network> trusted = List.of();
  private String header = "X-Forwarded-For";

  @Inject
  void configure(
      @ConfigProperty(name = "summitry.trusted.proxies") Optional<String> proxies,
      @ConfigProperty(name = "summitry.client.address.header", defaultValue = "X-Forwarded-For")
          String header) {
    configure(proxies.orElse(""), header);
  }

  /** For tests and the hand-wired: the trusted proxies and the header naming the client. */
  void configure(String proxies, String header) {
    this.trusted = networks(proxies);
    this.header = header.strip();
  }

  /** The client's address, as a literal IPv4 or IPv6 address. */
  public String of(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    if (!isTrusted(peer)) {
      return peer;
    }
    List<String> values = new ArrayList<>();
    Enumeration<String> headers = request.getHeaders(header);
    while (headers != null && headers.hasMoreElements()) {
      values.add(headers.nextElement());
    }
    return of(peer, values.isEmpty() ? null : String.join(",", values));
  }

  /** For tests: the client behind {@code peer}, given the forwarding header's values. */
  String of(String peer, String forwarded) {
    if (forwarded == null || !isTrusted(peer)) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    String client = peer;
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!LITERAL.matcher(hop).matches() || parse(hop) == null) {
        // Not an address (a name, "unknown", garbage): nothing further left can be trusted.
        return client;
      }
      client = hop;
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return client;
  }

  boolean isTrusted(String address) {
    if (trusted.isEmpty()) {
      return false;
    }
    byte[] bytes = parse(address);
    return bytes != null && trusted.stream().anyMatch(n -> n.contains(bytes));
  }

  /**
   * Reads "10.0.0.1, 10.1.0.0/16, ::1" into networks; a bad entry stops the start with a reason.
   */
  static List<Network> networks(String list) {
    List<Network> networks = new ArrayList<>();
    for (String item : list.split(",")) {
      String text = item.strip();
      if (text.isEmpty()) {
        continue;
      }
      int slash = text.indexOf('/');
      String host = slash < 0 ? text : text.substring(0, slash);
      byte[] address = LITERAL.matcher(host).matches() ? parse(host) : null;
      int bits = -1;
      if (address != null) {
        try {
          bits = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
          bits = -1;
        }
      }
      if (address == null || bits < 0 || bits > address.length * 8) {
        throw new IllegalStateException(
            "SUMMITRY_TRUSTED_PROXIES (summitry.trusted.proxies) takes IP addresses or networks"
                + " such as 10.0.0.5, 10.1.0.0/16 or fd00::/8, separated by commas, not \""
                + text
                + "\"");
      }
      networks.add(new Network(address, bits));
    }
    return List.copyOf(networks);
  }

  /** The bytes of a literal address; never a name lookup. */
  private static byte[] parse(String literal) {
    String text = literal.toLowerCase(Locale.ROOT);
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    if (!LITERAL.matcher(text).matches()) {
      return null;
    }
    if (text.indexOf(':') < 0 && !text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return null;
    }
    try {
      // A literal (digits, dots and colons only) is parsed, never looked up.
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** An address and the number of leading bits that make its network. */
  record Network(byte[] address, int bits) {
    boolean contains(byte[] candidate) {
      if (candidate.length != address.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (candidate[i] != address[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (candidate[whole] & mask) == (address[whole] & mask);
    }
  }
}
