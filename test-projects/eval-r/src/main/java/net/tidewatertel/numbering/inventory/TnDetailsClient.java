package net.tidewatertel.numbering.inventory;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.ext.web.client.WebClient;
import net.tidewatertel.numbering.config.DashboardSettings;
import net.tidewatertel.numbering.dashboard.DashboardHttp;

/**
 * Number-level lookups ({@code /tns/{tn}}), which live outside the account path.
 */
@Singleton
public class TnDetailsClient {

  /** Kept in service on our account for monitoring only; never assigned to a subscriber. */
  static final String HEALTHCHECK_TN = "7575550100";

  private final WebClient web;
  private final DashboardSettings settings;
  private final String username;
  private final String password;

  @Inject
  public TnDetailsClient(WebClient web,
                         DashboardSettings settings,
                         @Named("dashboard.username") String username,
                         @Named("dashboard.password") String password) {
    this.web = web;
    this.settings = settings;
    this.username = username;
    this.password = password;
  }

  public Future<String> details(String tn) {
    return web.getAbs(settings.baseUrl() + "/tns/" + tn + "/tndetails")
        .basicAuthentication(username, password)
        .send()
        .compose(resp -> DashboardHttp.body(resp, "tndetails"));
  }

  public Future<String> siteOf(String tn) {
    return web.getAbs(String.format("%s/tns/%s/sites", settings.baseUrl(), tn))
        .basicAuthentication(username, password)
        .send()
        .compose(resp -> DashboardHttp.body(resp, "tn sites"));
  }

  /** Used by /health: the Dashboard is up and our account answers. */
  public Future<Boolean> healthCheck() {
    return details(HEALTHCHECK_TN)
        .map(body -> body.contains("<Status>Inservice</Status>"))
        .otherwise(false);
  }
}
