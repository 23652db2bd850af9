package io.github.irismigrate.recipes;

/**
 * A request builder of a project's own, as the recipe tests give it to the parser: a class named for a request with a
 * nested {@code Builder} whose {@code base}, {@code path} and {@code query} steps build the URL and whose other steps
 * do not ({@code IrisRequest.builder().base(b).method(POST).path("accounts", id, "addresses").build()}).
 */
final class OwnRequestBuilderStub {
    //language=java
    static final String IRIS_REQUEST = """
      package com.acme.http;
      import java.net.URI;
      import java.util.ArrayList;
      import java.util.LinkedHashMap;
      import java.util.List;
      import java.util.Map;
      public final class IrisRequest {
          public enum Method { GET, POST, DELETE }
          private final URI uri;
          private IrisRequest(URI uri) { this.uri = uri; }
          public URI uri() { return uri; }
          public static Builder builder() { return new Builder(); }
          public static final class Builder {
              private String base = "";
              private final List<String> segments = new ArrayList<>();
              private final Map<String, String> query = new LinkedHashMap<>();
              public Builder base(String base) { this.base = base; return this; }
              public Builder method(Method method) { return this; }
              public Builder path(String... parts) { segments.addAll(List.of(parts)); return this; }
              public Builder query(String name, String value) { query.put(name, value); return this; }
              public Builder xml(String xml) { return this; }
              public IrisRequest build() { return new IrisRequest(URI.create(base + "/" + String.join("/", segments))); }
          }
      }
      """;

    /**
     * A top-level request builder started on the project's Vert.x web client ({@code DashboardRequestBuilder.on(web)
     * .host(host, 443, true).segment("api").segment("accounts")...query("areaCode", npa).build()}).
     */
    //language=java
    static final String DASHBOARD_REQUEST_BUILDER = """
      package com.acme.http;
      import io.vertx.core.buffer.Buffer;
      import io.vertx.ext.web.client.HttpRequest;
      import io.vertx.ext.web.client.WebClient;
      import java.util.ArrayList;
      import java.util.List;
      public final class DashboardRequestBuilder {
          private final WebClient web;
          private String host;
          private int port;
          private final List<String> segments = new ArrayList<>();
          private DashboardRequestBuilder(WebClient web) { this.web = web; }
          public static DashboardRequestBuilder on(WebClient web) { return new DashboardRequestBuilder(web); }
          public DashboardRequestBuilder host(String host, int port, boolean ssl) { this.host = host; this.port = port; return this; }
          public DashboardRequestBuilder segment(String segment) { segments.add(segment); return this; }
          public DashboardRequestBuilder query(String name, Object value) { return this; }
          public HttpRequest<Buffer> build() { return web.get(port, host, "/" + String.join("/", segments)); }
      }
      """;

    private OwnRequestBuilderStub() {
    }
}
