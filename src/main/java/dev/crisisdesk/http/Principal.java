package dev.crisisdesk.http;

import dev.crisisdesk.http.Role.Permission;
import dev.crisisdesk.http.ApiException;
import java.util.Set;

/** Who is calling: a key's id, name, role and brands. An admin acts on every brand. */
public record Principal(String keyId, String name, Role role, Set<String> brands) {
  public Principal {
    brands = Set.copyOf(brands);
  }

  public boolean sees(String brand) {
    return role == Role.ADMIN || brands.contains(brand);
  }

  /** Throws 403 unless the key's role allows the action on the brand. */
  public void require(Permission permission, String brand) {
    if (!role.may(permission)) throw ApiException.forbidden("a " + role.label() + " key may not do this");
    if (brand != null && !sees(brand)) throw ApiException.forbidden("this key does not act on brand '" + brand + "'");
  }
}
