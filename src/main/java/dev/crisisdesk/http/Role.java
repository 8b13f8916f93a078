package dev.crisisdesk.http;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The roles of the contract's table and what each may do. */
public enum Role {
  INGEST(EnumSet.of(Permission.POST_COMMENTS, Permission.READ_COMMENTS)),
  MANAGER(EnumSet.of(Permission.READ_COMMENTS, Permission.READ_QUEUES, Permission.WORK_QUEUES, Permission.READ_CRISES,
      Permission.READ_RULES)),
  STRATEGIST(EnumSet.of(Permission.READ_COMMENTS, Permission.READ_QUEUES, Permission.READ_CRISES, Permission.MANAGE_CRISES,
      Permission.READ_RULES, Permission.WRITE_RULES)),
  ADMIN(EnumSet.allOf(Permission.class));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = permissions;
  }

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What a key may be allowed to do, one row of the contract's role table each. */
  public enum Permission {
    POST_COMMENTS, READ_COMMENTS, ERASE_COMMENTS, READ_QUEUES, WORK_QUEUES, READ_CRISES, MANAGE_CRISES,
    READ_RULES, WRITE_RULES, MANAGE_KEYS, READ_AUDIT, BACKUP
  }
}
