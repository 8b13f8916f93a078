package dev.crisisdesk.events;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which addresses a webhook may reach: public ones only. A host is resolved and every address it
 * resolves to is judged (loopback, private, link-local, unique-local, carrier-grade NAT,
 * multicast, reserved and unspecified are internal, IPv4 and IPv6, including IPv4 inside IPv6);
 * the one checked address is what a delivery connects to, so a DNS answer that changes between the
 * check and the connection (rebinding) reaches nothing new. Numeric spellings (decimal, octal,
 * hex) are judged by what they resolve to, as the connection would be. An operator may name hosts
 * that are allowed anyway ({@code serve --webhook-allow-host}).
 */
public final class WebhookAddresses {
  /** Why a URL may not be delivered to, as a short category a manager can read. */
  public static final class Refused extends Exception {
    private final String category;

    Refused(String category, String message) {
      super(message, null, false, false);
      this.category = category;
    }

    public String category() {
      return category;
    }
  }

  // a real domain's last label is never a number: a host ending in one is an address
  private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(^|\\.)(0x[0-9a-fA-F]*|[0-9]+)\\.?$");
  private static final Pattern CANONICAL_V4 =
      Pattern.compile("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

  private final Set<String> allowedHosts;

  public WebhookAddresses(Collection<String> allowedHosts) {
    this.allowedHosts = Set.copyOf(allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
  }

  /** The address a delivery to this URL connects to; blocks on DNS. */
  public InetAddress resolve(String url) throws Refused {
    String host = URI.create(url).getHost();
    if (host == null) throw new Refused("invalid_url", "the URL has no host");
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (!bare.contains(":") && NUMERIC_LAST_LABEL.matcher(bare).find() && !CANONICAL_V4.matcher(bare).matches()) {
      // 2130706433, 0x7f.1, 0177.0.0.1: resolvers disagree on what these mean, so none is taken
      throw new Refused("numeric_spelling", "the host " + host + " is an address in an unusual spelling; write it as four decimal numbers");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(bare);
    } catch (UnknownHostException e) {
      throw new Refused("dns", "the host " + host + " does not resolve");
    }
    if (allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) return addresses[0];
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        throw new Refused("internal_address", "the host " + host + " resolves to an internal address (" + address.getHostAddress() + ")");
      }
    }
    return addresses[0];
  }

  static boolean isInternal(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) return isInternalV4(b);
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) return true; // fc00::/7 unique local
      if (first == 0xff) return true; // multicast
      if (first == 0xfe && (b[1] & 0xc0) == 0xc0) return true; // fec0::/10 site local
      boolean zeroPrefix = true;
      for (int i = 0; i < 10; i++) zeroPrefix &= b[i] == 0;
      if (zeroPrefix && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
        return isInternalV4(new byte[] {b[12], b[13], b[14], b[15]}); // ::a.b.c.d and ::ffff:a.b.c.d
      }
      if (first == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
        return isInternalV4(new byte[] {b[12], b[13], b[14], b[15]}); // 64:ff9b::/96 NAT64
      }
      if (first == 0x20 && b[1] == 0x02) return isInternalV4(new byte[] {b[2], b[3], b[4], b[5]}); // 2002::/16 6to4
      if (first == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == (byte) 0xb8) return true; // documentation
    }
    return false;
  }

  private static boolean isInternalV4(byte[] b) {
    int a = b[0] & 0xff;
    int second = b[1] & 0xff;
    return a == 0 || a == 10 || a == 127 || a >= 224
        || (a == 100 && second >= 64 && second < 128)
        || (a == 169 && second == 254)
        || (a == 172 && second >= 16 && second < 32)
        || (a == 192 && second == 168)
        || (a == 192 && second == 0 && (b[2] & 0xff) == 0)
        || (a == 198 && (second == 18 || second == 19));
  }
}
