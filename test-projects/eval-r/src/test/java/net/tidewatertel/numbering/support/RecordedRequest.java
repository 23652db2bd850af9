package net.tidewatertel.numbering.support;

import io.vertx.core.MultiMap;

/**
 * One request the {@link DashboardStub} received.
 */
public record RecordedRequest(String method, String path, String query, MultiMap headers, String body) {

  public String header(String name) {
    return headers.get(name);
  }

  public String queryParam(String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return pair.substring(eq + 1);
      }
    }
    return null;
  }
}
