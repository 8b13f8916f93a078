package dev.crisisdesk.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** {@code postgres://USER:PASSWORD@HOST:PORT/DB} (or {@code postgresql://}) as JDBC wants it. */
record StoreUrl(String jdbcUrl, String user, String password) {
  static StoreUrl parse(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a store URL: " + e.getMessage());
    }
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw new IllegalArgumentException("a store URL starts with postgres://, not " + url.replaceAll(":[^:@/]*@", ":***@"));
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new IllegalArgumentException("a store URL names a host and a database: postgres://USER:PASSWORD@HOST:PORT/DB");
    }
    String user = "postgres";
    String password = "";
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      if (parts.length == 2) password = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
    }
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new StoreUrl("jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + uri.getRawPath() + query,
        user, password);
  }
}
