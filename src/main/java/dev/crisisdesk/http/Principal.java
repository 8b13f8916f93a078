package dev.crisisdesk.http;

import dev.crisisdesk.http.Role.Permission;
import java.util.Set;

/** Who is calling: a key's id, name, role and brands. An admin acts on every brand. */
public record Principal(String keyId, String name, Role role, Set<String> brands) {
  public Principal {
    brands = Set.copyOf(brands);
  }

  public boolean sees(String brand) {
    return role == Role.ADMIN || brands.contains(brand);
  }

  /** Whether the key was created with a person's name (not its role's default name): it then acts as that person. */
  public boolean isPerson() {
    return role != Role.ADMIN && !name.equals(role.label());
  }

  /**
   * Who acts on a queue item: a key created with a person's name acts as that person ({@code requested}
   * may be left out; naming anyone else is 403); any other key names its agent (400 when it does not).
   */
  public String agent(String requested) {
    if (isPerson()) {
      if (requested != null && !requested.equals(name)) {
        throw ApiException.forbidden("this key acts as '" + name + "'; it may not act as '" + requested + "'");
      }
      return name;
    }
    if (requested == null) throw ApiException.invalidField("/agent", "is required");
    return requested;
  }

  /** Throws 403 unless the key's role allows the action on the brand. */
  public void require(Permission permission, String brand) {
    if (!role.may(permission)) throw ApiException.forbidden("a " + role.label() + " key may not do this");
    if (brand != null && !sees(brand)) throw ApiException.forbidden("this key does not act on brand '" + brand + "'");
  }
}
