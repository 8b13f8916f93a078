package dev.crisisdesk.kpi;

import dev.crisisdesk.http.Role.Permission;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Requests;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** {@code GET /v1/kpis?brand=B&from=T&to=T}: the brand's key figures, the last 24 hours by default. */
public final class KpiHandler {
  static final Duration DEFAULT_PERIOD = Duration.ofHours(24);
  static final Duration MAX_PERIOD = Duration.ofDays(366);

  private final KpiStore kpis;
  private final Clock clock;
  private final Blocking blocking;

  public KpiHandler(KpiStore kpis, Clock clock, Blocking blocking) {
    this.kpis = kpis;
    this.clock = clock;
    this.blocking = blocking;
  }

  public void kpis(RoutingContext ctx) {
    String brand = Requests.requiredParam(ctx, "brand");
    Requests.principal(ctx).require(Permission.READ_CRISES, brand);
    long to = time(ctx, "to", clock.millis());
    long from = time(ctx, "from", to - DEFAULT_PERIOD.toMillis());
    if (from >= to) throw ApiException.invalidParameter("from", "must be before to");
    if (to - from > MAX_PERIOD.toMillis()) throw ApiException.invalidParameter("from", "the period is at most 366 days");
    blocking.respond(ctx, 200, () -> KpiReport.of(brand, from, to, kpis.read(brand, from, to), clock.millis()).json());
  }

  private static long time(RoutingContext ctx, String name, long fallback) {
    String value = ctx.queryParams().get(name);
    if (value == null) return fallback;
    try {
      return OffsetDateTime.parse(value).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      throw ApiException.invalidParameter(name, "must be an ISO-8601 time like 2026-11-01T00:00:00Z");
    }
  }
}
