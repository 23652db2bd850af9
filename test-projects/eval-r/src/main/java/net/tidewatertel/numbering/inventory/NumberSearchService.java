package net.tidewatertel.numbering.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.tidewatertel.numbering.config.DashboardSettings;
import net.tidewatertel.numbering.dashboard.DashboardEndpoints;
import net.tidewatertel.numbering.dashboard.DashboardHttp;
import net.tidewatertel.numbering.dashboard.DashboardPaths;
import net.tidewatertel.numbering.dashboard.model.NpaNxxSearchResult;

/**
 * Number search for the provisioning UI: available numbers by area code, exchanges by area code.
 */
@Singleton
public class NumberSearchService {

  private static final Pattern TN_ELEMENT = Pattern.compile("<TelephoneNumber>([^<]+)</TelephoneNumber>");

  private final WebClient web;
  private final DashboardSettings settings;
  private final XmlMapper xml;
  private final String username;
  private final String password;

  @Inject
  public NumberSearchService(WebClient web,
                             DashboardSettings settings,
                             XmlMapper xml,
                             @Named("dashboard.username") String username,
                             @Named("dashboard.password") String password) {
    this.web = web;
    this.settings = settings;
    this.xml = xml;
    this.username = username;
    this.password = password;
  }

  public Future<List<String>> searchByAreaCode(int areaCode, int quantity) {
    String path = DashboardPaths.API_ACCOUNTS + settings.accountId() + DashboardPaths.AVAILABLE;
    return web.get(DashboardEndpoints.HTTPS_PORT, settings.host(), path)
        .ssl(true)
        .basicAuthentication(username, password)
        .putHeader("Accept", DashboardHttp.XML)
        .setQueryParam("areaCode", Integer.toString(areaCode))
        .setQueryParam("quantity", Integer.toString(quantity))
        .send()
        .compose(resp -> DashboardHttp.body(resp, "availableNumbers"))
        .map(NumberSearchService::telephoneNumbers);
  }

  public Future<Map<Integer, List<String>>> exchangesByAreaCode(String areaCode) {
    String url = String.format("%s/accounts/%s/availableNpaNxx?areaCode=%s",
        settings.baseUrl(), settings.accountId(), areaCode);
    return web.getAbs(url)
        .basicAuthentication(username, password)
        .send()
        .compose(resp -> DashboardHttp.body(resp, "availableNpaNxx"))
        .map(this::groupByNpa);
  }

  Map<Integer, List<String>> groupByNpa(String body) {
    NpaNxxSearchResult result;
    try {
      result = xml.readValue(body, NpaNxxSearchResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable availableNpaNxx answer", e);
    }
    Map<Integer, List<String>> byNpa = new TreeMap<>();
    for (NpaNxxSearchResult.Entry entry : result.getEntries()) {
      if (entry.getNpa() >= 800 && entry.getNpa() <= 899) {
        continue; // toll-free NPAs are ordered through the toll-free desk
      }
      if (entry.getQuantity() > 0) {
        byNpa.computeIfAbsent(entry.getNpa(), k -> new ArrayList<>()).add(entry.getNxx());
      }
    }
    return byNpa;
  }

  static List<String> telephoneNumbers(String body) {
    List<String> out = new ArrayList<>();
    Matcher m = TN_ELEMENT.matcher(body);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
