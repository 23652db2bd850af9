package net.tidewatertel.numbering.inventory;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.ext.web.client.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.tidewatertel.numbering.config.DashboardSettings;
import net.tidewatertel.numbering.dashboard.DashboardEndpoints;
import net.tidewatertel.numbering.dashboard.DashboardHttp;
import net.tidewatertel.numbering.dashboard.DashboardPaths;
import net.tidewatertel.numbering.dashboard.DashboardRequestBuilder;

/**
 * Numbers for the capacity planning dashboard: what is left to order per area code, and
 * what we hold in service per area code and rate center.
 */
@Singleton
public class AreaCapacityReport {

  private static final int AVAILABLE_CAP = 1000;

  private final WebClient web;
  private final DashboardSettings settings;
  private final DashboardHttp dashboard;
  private final String username;
  private final String password;

  @Inject
  public AreaCapacityReport(WebClient web,
                            DashboardSettings settings,
                            DashboardHttp dashboard,
                            @Named("dashboard.username") String username,
                            @Named("dashboard.password") String password) {
    this.web = web;
    this.settings = settings;
    this.dashboard = dashboard;
    this.username = username;
    this.password = password;
  }

  public Future<Integer> availableCount(String npa) {
    return DashboardRequestBuilder.on(web)
        .host(settings.host(), DashboardEndpoints.HTTPS_PORT, true)
        .segment("api")
        .segment("accounts")
        .segment(settings.accountId())
        .segment("availableNumbers")
        .query("areaCode", npa)
        .query("quantity", AVAILABLE_CAP)
        .credentials(username, password)
        .build()
        .send()
        .compose(resp -> DashboardHttp.body(resp, "availableNumbers " + npa))
        .map(body -> NumberSearchService.telephoneNumbers(body).size());
  }

  public Future<String> inServiceForArea(String npa, String rateCenter) {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("areaCode", npa);
    if (rateCenter != null) {
      filters.put("rateCenter", rateCenter);
    }
    return inService(filters);
  }

  Future<String> inService(Map<String, String> filters) {
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, String> filter : filters.entrySet()) {
      query.append(query.length() == 0 ? '?' : '&')
          .append(filter.getKey())
          .append('=')
          .append(URLEncoder.encode(filter.getValue(), StandardCharsets.UTF_8));
    }
    return dashboard.getXml(DashboardPaths.IN_SERVICE + query);
  }
}
