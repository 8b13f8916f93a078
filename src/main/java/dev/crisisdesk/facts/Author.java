package dev.crisisdesk.facts;

/**
 * Who wrote a comment, as the platform reported it. Unknown values are empty strings, zero
 * followers ({@code followersKnown} false) and not verified.
 *
 * <p>Getters (not record accessors) because rules read properties by their JavaBean names:
 * {@code author.followers >= 10000}.
 */
public final class Author {
  public static final Author UNKNOWN = new Author("", "", null, false);

  private final String id;
  private final String handle;
  private final long followers;
  private final boolean followersKnown;
  private final boolean verified;

  /** {@code followers} null when the platform did not say. */
  public Author(String id, String handle, Long followers, boolean verified) {
    if (followers != null && followers < 0) throw new IllegalArgumentException("followers < 0: " + followers);
    this.id = id == null ? "" : id;
    this.handle = handle == null ? "" : handle;
    this.followers = followers == null ? 0 : followers;
    this.followersKnown = followers != null;
    this.verified = verified;
  }

  public String getId() {
    return id;
  }

  public String getHandle() {
    return handle;
  }

  public long getFollowers() {
    return followers;
  }

  /** Whether the platform said how many followers the author has (0 followers is then a fact, not a gap). */
  public boolean isFollowersKnown() {
    return followersKnown;
  }

  /** The followers the platform reported, or null. */
  public Long followersOrNull() {
    return followersKnown ? followers : null;
  }

  public boolean isVerified() {
    return verified;
  }

  /** Verified, or at least {@code followers} followers: the audience a complaint can reach. */
  public boolean hasAudience(long followers) {
    return verified || this.followers >= followers;
  }

  @Override
  public String toString() {
    return "Author[" + handle + ", followers=" + followers + ", verified=" + verified + "]";
  }
}
