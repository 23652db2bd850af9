package io.github.irismigrate.recipes;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openrewrite.DocumentExample;
import org.openrewrite.java.JavaParser;
import org.openrewrite.kotlin.KotlinParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;
import org.openrewrite.test.TypeValidation;

import static org.openrewrite.java.Assertions.java;
import static org.openrewrite.kotlin.Assertions.kotlin;
import static org.openrewrite.json.Assertions.json;
import static org.openrewrite.properties.Assertions.properties;
import static org.openrewrite.xml.Assertions.xml;
import static org.openrewrite.yaml.Assertions.yaml;

class ImportOrdersMessagingTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new ImportOrdersMessaging())
          .parser(JavaParser.fromJavaVersion().classpath("bandwidth-java-iris-sdk"));
    }

    /**
     * A client of another carrier's API, built on that carrier's base URL in a class of its own, whose paths look like
     * the Dashboard's ({@code rest.post().uri("/accounts/{sid}/importTnOrders", sid)}): its paths are left alone. The
     * same relative path in a class that talks to the Dashboard is the Dashboard's.
     */
    @Test
    void relativePathOfAnotherCarriersClient() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spring-web")).typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.springframework.web.client.RestClient;
              /** Failover carrier, used when Bandwidth has no inventory in a rate center. */
              public class BackupCarrierClient {
                  private final RestClient rest;
                  private final String accountSid = "AC5e1f0c93d2b84a7f";
                  public BackupCarrierClient(RestClient.Builder builder) {
                      this.rest = builder.clone().baseUrl("https://api.voxtrunk.net/v1").build();
                  }
                  public String importForMessaging(String tn) {
                      return rest.post().uri("/accounts/{sid}/importTnOrders", accountSid).body(tn).retrieve().body(String.class);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              import org.springframework.web.client.RestClient;
              public class HostedMessagingClient {
                  private final RestClient rest;
                  public HostedMessagingClient(RestClient.Builder builder) {
                      this.rest = builder.clone().baseUrl("https://dashboard.bandwidth.com/api/v2").build();
                  }
                  public String importForMessaging(String xml) {
                      return rest.post().uri("/accounts/{id}/importTnOrders", "9900").body(xml).retrieve().body(String.class);
                  }
              }
              """,
            """
              import org.springframework.web.client.RestClient;
              public class HostedMessagingClient {
                  private final RestClient rest;
                  public HostedMessagingClient(RestClient.Builder builder) {
                      this.rest = builder.clone().baseUrl("https://dashboard.bandwidth.com/api/v2").build();
                  }
                  public String importForMessaging(String xml) {
                      return rest.post().uri("/accounts/{id}/importTnOrders/messaging", "9900").body(xml).retrieve().body(String.class);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class HostedMessagingClientTest {
                  static final String MOCK = "http://localhost:8089";
                  String expected = "/accounts/9900/importTnOrders";
              }
              """,
            """
              class HostedMessagingClientTest {
                  static final String MOCK = "http://localhost:8089";
                  String expected = "/accounts/9900/importTnOrders/messaging";
              }
              """,
            spec -> spec.path("src/test/java/HostedMessagingClientTest.java")
          )
        );
    }

    @DocumentExample
    /**
     * Apache CXF's {@code WebClient} built step by step: {@code WebClient.create(base, ..)} or a factory method of the
     * project returning one ({@code clients.account()}), then {@code path(..)} with a constant of another class: the
     * segment is the Dashboard's import orders.
     */
    @Test
    void cxfWebClientStepsAfterAFactoryOfTheProject() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("cxf-rt-rs-client"))
            .typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.config;
              public final class DashboardEndpoints {
                  public static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  public static final String IMPORT_TN_ORDERS = "importTnOrders";
              }
              """,
            """
              package com.acme.config;
              public final class DashboardEndpoints {
                  public static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  public static final String IMPORT_TN_ORDERS = "importTnOrders/messaging";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.config;
              import org.apache.cxf.jaxrs.client.WebClient;
              public class WebClientFactory {
                  private final String accountId = "9900";
                  public WebClient dashboard() {
                      return WebClient.create(DashboardEndpoints.BASE);
                  }
                  public WebClient account() {
                      return dashboard().path("accounts").path(accountId);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.hosted;
              import com.acme.config.DashboardEndpoints;
              import com.acme.config.WebClientFactory;
              class HostedMessagingClient {
                  private final WebClientFactory clients;
                  HostedMessagingClient(WebClientFactory clients) { this.clients = clients; }
                  Object importNumbers(Object order) {
                      return clients.account().path(DashboardEndpoints.IMPORT_TN_ORDERS).post(order);
                  }
              }
              """
          )
        );
    }

    @Test
    void importAndRemoveOrdersWithUnknownParts() {
        rewriteRun(
          //language=java
          java(
            """
              class ImportClient {
                  String create(String accountId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/importTnOrders";
                  }
                  String history(String accountId, String orderId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/importTnOrders/" + orderId + "/history";
                  }
                  String remove(String accountId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/removeImportedTnOrders";
                  }
              }
              """,
            """
              class ImportClient {
                  String create(String accountId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/importTnOrders/messaging";
                  }
                  String history(String accountId, String orderId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/importTnOrders/messaging/" + orderId + "/history";
                  }
                  String remove(String accountId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/removeImportedTnOrders/messaging";
                  }
              }
              """
          )
        );
    }

    @Test
    void jaxRsClientPathWithATemplate() {
        rewriteRun(
          java(JaxRsStub.CLIENT),
          //language=java
          java(
            """
              import jakarta.ws.rs.client.Client;
              class Imports {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String create(Client client, String accountId, String order) {
                      return client.target(BASE).path("accounts/{id}/importTnOrders").resolveTemplate("id", accountId)
                          .request().post(order, String.class);
                  }
              }
              """,
            """
              import jakarta.ws.rs.client.Client;
              class Imports {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String create(Client client, String accountId, String order) {
                      return client.target(BASE).path("accounts/{id}/importTnOrders/messaging").resolveTemplate("id", accountId)
                          .request().post(order, String.class);
                  }
              }
              """
          )
        );
    }

    /**
     * A JAX-RS interface whose methods' paths are relative to its own ({@code @Path("/accounts/{accountId}")} then
     * {@code @Path("importTnOrders")}): JAX-RS joins them, so the bare segment is the account's import orders. The
     * voice route, a checker the guide leaves alone and the mapping's media type stay.
     */
    @Test
    void jaxRsMethodPathUnderTheInterfacePath() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import jakarta.ws.rs.POST;
              import jakarta.ws.rs.Path;
              import jakarta.ws.rs.PathParam;
              import jakarta.ws.rs.Produces;
              @Path("/accounts/{accountId}")
              public interface HostedMessagingApi {
                  @POST
                  @Path("importTnOrders")
                  String createImport(@PathParam("accountId") String accountId, String order);
                  @POST
                  @Path(value = "removeImportedTnOrders")
                  @Produces("application/xml")
                  String createRemoval(@PathParam("accountId") String accountId, String order);
                  @POST
                  @Path("importTnOrders/voice")
                  String createVoiceImport(@PathParam("accountId") String accountId, String order);
                  @POST
                  @Path("importTnChecker")
                  String check(@PathParam("accountId") String accountId, String payload);
              }
              """,
            """
              import jakarta.ws.rs.POST;
              import jakarta.ws.rs.Path;
              import jakarta.ws.rs.PathParam;
              import jakarta.ws.rs.Produces;
              @Path("/accounts/{accountId}")
              public interface HostedMessagingApi {
                  @POST
                  @Path("importTnOrders/messaging")
                  String createImport(@PathParam("accountId") String accountId, String order);
                  @POST
                  @Path(value = "removeImportedTnOrders/messaging")
                  @Produces("application/xml")
                  String createRemoval(@PathParam("accountId") String accountId, String order);
                  @POST
                  @Path("importTnOrders/voice")
                  String createVoiceImport(@PathParam("accountId") String accountId, String order);
                  @POST
                  @Path("importTnChecker")
                  String check(@PathParam("accountId") String accountId, String payload);
              }
              """
          )
        );
    }

    /**
     * A request made inside a print or log call ({@code System.out.println(http.get(BASE + "/importTnOrders/" + id)
     * .body())}) is still made: its path is the Dashboard's. A log line that only quotes the path stays.
     */
    @Test
    void requestMadeInsideAPrintCall() {
        rewriteRun(
          //language=java
          java(
            """
              import java.net.URI;
              import java.net.http.HttpClient;
              import java.net.http.HttpRequest;
              import java.net.http.HttpResponse;
              class ImportStatus {
                  static final String ACCOUNT = "https://dashboard.bandwidth.com/api/v2/accounts/9900";
                  HttpClient http = HttpClient.newHttpClient();
                  void print(String orderId) throws Exception {
                      System.out.println(http.send(HttpRequest.newBuilder(URI.create(ACCOUNT + "/importTnOrders/" + orderId)).build(),
                              HttpResponse.BodyHandlers.ofString()).body());
                      System.out.println("polled " + ACCOUNT + "/importTnOrders/" + orderId);
                  }
              }
              """,
            """
              import java.net.URI;
              import java.net.http.HttpClient;
              import java.net.http.HttpRequest;
              import java.net.http.HttpResponse;
              class ImportStatus {
                  static final String ACCOUNT = "https://dashboard.bandwidth.com/api/v2/accounts/9900";
                  HttpClient http = HttpClient.newHttpClient();
                  void print(String orderId) throws Exception {
                      System.out.println(http.send(HttpRequest.newBuilder(URI.create(ACCOUNT + "/importTnOrders/messaging/" + orderId)).build(),
                              HttpResponse.BodyHandlers.ofString()).body());
                      System.out.println("polled " + ACCOUNT + "/importTnOrders/" + orderId);
                  }
              }
              """
          )
        );
    }

    /**
     * The segment alone, handed to a helper that appends it to the account's URL and posts: in a class that talks to
     * the Dashboard it is the Dashboard's resource. A metric named so in a class that talks to nothing stays.
     */
    @Test
    void segmentAloneHandedToASendingHelper() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("jakarta.ws.rs-api")),
          //language=java
          java(
            """
              import jakarta.ws.rs.client.Client;
              import jakarta.ws.rs.client.Entity;
              class LabReset {
                  static final String ACCOUNT = "https://test.dashboard.bandwidth.com/api/v2/accounts/9900713";
                  Client client;
                  void reset(String order, String removal) {
                      post("importTnOrders", order);
                      post("removeImportedTnOrders", removal);
                  }
                  private void post(String path, String xml) {
                      client.target(ACCOUNT).path(path).request().post(Entity.xml(xml));
                  }
              }
              """,
            """
              import jakarta.ws.rs.client.Client;
              import jakarta.ws.rs.client.Entity;
              class LabReset {
                  static final String ACCOUNT = "https://test.dashboard.bandwidth.com/api/v2/accounts/9900713";
                  Client client;
                  void reset(String order, String removal) {
                      post("importTnOrders/messaging", order);
                      post("removeImportedTnOrders/messaging", removal);
                  }
                  private void post(String path, String xml) {
                      client.target(ACCOUNT).path(path).request().post(Entity.xml(xml));
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class Metrics {
                  final java.util.Map<String, Integer> counts = new java.util.HashMap<>();
                  void count() {
                      counts.merge("importTnOrders", 1, Integer::sum);
                  }
              }
              """
          )
        );
    }

    @Test
    void directLiterals() {
        rewriteRun(
          //language=java
          java(
            """
              class Literals {
                  String a = "https://dashboard.bandwidth.com/api/v2/accounts/1/importTnOrders";
                  String b = "https://dashboard.bandwidth.com/api/v2/accounts/{id}/importTnOrders/{orderId}/loas";
                  String c = "/accounts/{id}/removeImportedTnOrders?status=COMPLETE";
              }
              """,
            """
              class Literals {
                  String a = "https://dashboard.bandwidth.com/api/v2/accounts/1/importTnOrders/messaging";
                  String b = "https://dashboard.bandwidth.com/api/v2/accounts/{id}/importTnOrders/messaging/{orderId}/loas";
                  String c = "/accounts/{id}/removeImportedTnOrders/messaging?status=COMPLETE";
              }
              """
          )
        );
    }

    @Test
    void constantDeclaredInAnotherClass() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.iris;
              public class IrisPaths {
                  public static final String IMPORT_ORDERS = "/importTnOrders";
              }
              """,
            """
              package com.acme.iris;
              public class IrisPaths {
                  public static final String IMPORT_ORDERS = "/importTnOrders/messaging";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              class ImportService {
                  String url(String base, String accountId) {
                      return base + "/accounts/" + accountId + IrisPaths.IMPORT_ORDERS;
                  }
              }
              """
          )
        );
    }

    @Test
    void stringFormatAndMessageFormat() {
        rewriteRun(
          //language=java
          java(
            """
              import java.text.MessageFormat;
              class Formats {
                  String a(String base, String id) { return String.format("%s/accounts/%s/importTnOrders", base, id); }
                  String b(String base, String id, String orderId) { return MessageFormat.format("{0}/accounts/{1}/removeImportedTnOrders/{2}", base, id, orderId); }
              }
              """,
            """
              import java.text.MessageFormat;
              class Formats {
                  String a(String base, String id) { return String.format("%s/accounts/%s/importTnOrders/messaging", base, id); }
                  String b(String base, String id, String orderId) { return MessageFormat.format("{0}/accounts/{1}/removeImportedTnOrders/messaging/{2}", base, id, orderId); }
              }
              """
          )
        );
    }

    @Test
    void builderChains() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import okhttp3.HttpUrl;
              import org.apache.http.client.utils.URIBuilder;
              import org.springframework.web.util.UriComponentsBuilder;
              class Builders {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String spring(String id) {
                      return UriComponentsBuilder.fromHttpUrl(BASE).path("/accounts/{id}/importTnOrders").buildAndExpand(id).toUriString();
                  }
                  String springSegments(String id) {
                      return UriComponentsBuilder.fromHttpUrl(BASE).pathSegment("accounts", id, "importTnOrders").toUriString();
                  }
                  HttpUrl ok(String id) {
                      return HttpUrl.parse(BASE).newBuilder().addPathSegment("accounts").addPathSegment(id).addPathSegment("removeImportedTnOrders").build();
                  }
                  java.net.URI apache(String id) throws Exception {
                      return new URIBuilder(BASE).setPath("/api/v2/accounts/" + id + "/importTnOrders").build();
                  }
              }
              """,
            """
              import okhttp3.HttpUrl;
              import org.apache.http.client.utils.URIBuilder;
              import org.springframework.web.util.UriComponentsBuilder;
              class Builders {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String spring(String id) {
                      return UriComponentsBuilder.fromHttpUrl(BASE).path("/accounts/{id}/importTnOrders/messaging").buildAndExpand(id).toUriString();
                  }
                  String springSegments(String id) {
                      return UriComponentsBuilder.fromHttpUrl(BASE).pathSegment("accounts", id, "importTnOrders", "messaging").toUriString();
                  }
                  HttpUrl ok(String id) {
                      return HttpUrl.parse(BASE).newBuilder().addPathSegment("accounts").addPathSegment(id).addPathSegments("removeImportedTnOrders/messaging").build();
                  }
                  java.net.URI apache(String id) throws Exception {
                      return new URIBuilder(BASE).setPath("/api/v2/accounts/" + id + "/importTnOrders/messaging").build();
                  }
              }
              """
          )
        );
    }

    @Test
    void sdkRawRequest() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.IrisPath;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              class SdkImport {
                  void create(IrisClient client, ImportTnOrder order) throws Exception {
                      client.post(client.buildAccountModelUri(new String[]{"importTnOrders"}), order);
                  }
                  void list(IrisClient client) throws Exception {
                      client.get(client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS}));
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.IrisPath;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              class SdkImport {
                  void create(IrisClient client, ImportTnOrder order) throws Exception {
                      client.post(client.buildAccountModelUri(new String[]{"importTnOrders/messaging"}), order);
                  }
                  void list(IrisClient client) throws Exception {
                      client.get(client.buildAccountModelUri(new String[]{/*~~([BW003] v2 moved /importTnOrders to /importTnOrders/messaging (hosted messaging; /voice for voice imports), sub-paths included; change /importTnOrders to /importTnOrders/messaging)~~>*/IrisPath.IMPORT_TN_ORDERS}));
                  }
              }
              """
          )
        );
    }

    /** The builder comes from a helper method: its base is unknown, its steps still build a Dashboard path. */
    @Test
    void okHttpChainStartedByAHelper() {
        rewriteRun(
          spec -> spec.typeValidationOptions(org.openrewrite.test.TypeValidation.none()),
          //language=java
          java(
            """
              import okhttp3.HttpUrl;
              class Removals {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  HttpUrl.Builder account() {
                      return HttpUrl.get(BASE).newBuilder().addPathSegment("accounts").addPathSegment("1");
                  }
                  HttpUrl removals() {
                      return account().addPathSegment("removeImportedTnOrders").build();
                  }
              }
              """,
            """
              import okhttp3.HttpUrl;
              class Removals {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  HttpUrl.Builder account() {
                      return HttpUrl.get(BASE).newBuilder().addPathSegment("accounts").addPathSegment("1");
                  }
                  HttpUrl removals() {
                      return account().addPathSegments("removeImportedTnOrders/messaging").build();
                  }
              }
              """
          )
        );
    }

    @Test
    void textBlock() {
        rewriteRun(
          //language=java
          java(
            """
              class Template {
                  String url = \"""
                      https://dashboard.bandwidth.com/api/v2/accounts/123/importTnOrders\""";
              }
              """,
            """
              class Template {
                  String url = \"""
                      https://dashboard.bandwidth.com/api/v2/accounts/123/importTnOrders/messaging\""";
              }
              """
          )
        );
    }

    @Test
    void configurationFiles() {
        rewriteRun(
          properties(
            "iris.import-path=/accounts/{accountId}/importTnOrders\n",
            "iris.import-path=/accounts/{accountId}/importTnOrders/messaging\n",
            spec -> spec.path("src/main/resources/application.properties")
          ),
          //language=yaml
          yaml(
            """
              iris:
                remove: https://dashboard.bandwidth.com/api/v2/accounts/123/removeImportedTnOrders
              """,
            """
              iris:
                remove: https://dashboard.bandwidth.com/api/v2/accounts/123/removeImportedTnOrders/messaging
              """,
            spec -> spec.path("src/main/resources/application.yml")
          ),
          //language=xml
          xml(
            """
              <endpoints>
                <import>https://dashboard.bandwidth.com/api/v2/accounts/123/importTnOrders</import>
              </endpoints>
              """,
            """
              <endpoints>
                <import>https://dashboard.bandwidth.com/api/v2/accounts/123/importTnOrders/messaging</import>
              </endpoints>
              """,
            spec -> spec.path("src/main/resources/endpoints.xml")
          ),
          //language=json
          json(
            """
              {"importUrl": "https://dashboard.bandwidth.com/api/v2/accounts/123/importTnOrders"}
              """,
            """
              {"importUrl": "https://dashboard.bandwidth.com/api/v2/accounts/123/importTnOrders/messaging"}
              """,
            spec -> spec.path("src/main/resources/endpoints.json")
          )
        );
    }

    @Test
    void valueAnnotationDefault() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.springframework.beans.factory.annotation.Value;
              class ImportSettings {
                  @Value("${iris.import:https://dashboard.bandwidth.com/api/v2/accounts/1/importTnOrders}")
                  private String importUrl;
              }
              """,
            """
              import org.springframework.beans.factory.annotation.Value;
              class ImportSettings {
                  @Value("${iris.import:https://dashboard.bandwidth.com/api/v2/accounts/1/importTnOrders/messaging}")
                  private String importUrl;
              }
              """
          )
        );
    }

    @Test
    void feignClientMapping() {
        rewriteRun(
          //language=java
          java(
            """
              package feign;
              public @interface FeignClient { String name() default ""; String url() default ""; }
              """
          ),
          //language=java
          java(
            """
              package feign;
              public @interface PostMapping { String[] value() default {}; }
              """
          ),
          //language=java
          java(
            """
              import feign.FeignClient;
              import feign.PostMapping;
              @FeignClient(name = "iris", url = "${iris.url}")
              interface IrisImports {
                  @PostMapping("/accounts/{id}/importTnOrders")
                  String create(String id, String body);
                  @PostMapping("/accounts/{id}/removeImportedTnOrders")
                  String remove(String id, String body);
              }
              """,
            """
              import feign.FeignClient;
              import feign.PostMapping;
              @FeignClient(name = "iris", url = "${iris.url}")
              interface IrisImports {
                  @PostMapping("/accounts/{id}/importTnOrders/messaging")
                  String create(String id, String body);
                  @PostMapping("/accounts/{id}/removeImportedTnOrders/messaging")
                  String remove(String id, String body);
              }
              """
          )
        );
    }

    @Test
    void reportOnlyMarksInsteadOfRewriting() {
        rewriteRun(
          spec -> spec.recipe(new ImportOrdersMessaging(true)),
          //language=java
          java(
            """
              class ImportClient {
                  String create(String accountId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/importTnOrders";
                  }
              }
              """,
            """
              class ImportClient {
                  String create(String accountId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + /*~~([BW003] v2 moved /importTnOrders to /importTnOrders/messaging (hosted messaging; /voice for voice imports), sub-paths included; change /importTnOrders to /importTnOrders/messaging)~~>*/"/importTnOrders";
                  }
              }
              """
          )
        );
    }

    @Test
    void subPathSegmentsAndARelativePathHandedToAnUntypedBuilder() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.springframework.web.util.UriComponentsBuilder;
              class Segments {
                  String history(String id, String orderId) {
                      return UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com/api/v2").pathSegment("accounts", id, "importTnOrders", orderId, "history").toUriString();
                  }
                  String order(okhttp3.HttpUrl.Builder accountUrl, String id) {
                      return accountUrl.addPathSegments("importTnOrders/" + id).build().toString();
                  }
              }
              """,
            """
              import org.springframework.web.util.UriComponentsBuilder;
              class Segments {
                  String history(String id, String orderId) {
                      return UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com/api/v2").pathSegment("accounts", id, "importTnOrders", "messaging", orderId, "history").toUriString();
                  }
                  String order(okhttp3.HttpUrl.Builder accountUrl, String id) {
                      return accountUrl.addPathSegments("importTnOrders/messaging/" + id).build().toString();
                  }
              }
              """
          )
        );
    }

    /** A subclass of a template-method base returns one of two collections: both are fixed, sub-paths after them too. */
    @Test
    void collectionsASubclassOfATemplateMethodBaseChoosesBetween() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.http;
              public abstract class AbstractIrisResource {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  protected abstract String resourcePath();
                  public String buildUrl(String account, String order) {
                      return BASE + "/accounts/" + account + "/" + resourcePath() + "/" + order + "/history";
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.http;
              public class ImportedTnResource extends AbstractIrisResource {
                  private final boolean removal;
                  public ImportedTnResource(boolean removal) { this.removal = removal; }
                  @Override
                  protected String resourcePath() {
                      return removal
                              ? "removeImportedTnOrders"
                              : "importTnOrders";
                  }
              }
              """,
            """
              package com.acme.http;
              public class ImportedTnResource extends AbstractIrisResource {
                  private final boolean removal;
                  public ImportedTnResource(boolean removal) { this.removal = removal; }
                  @Override
                  protected String resourcePath() {
                      return removal
                              ? "removeImportedTnOrders/messaging"
                              : "importTnOrders/messaging";
                  }
              }
              """
          )
        );
    }

    @Nested
    class NoChange {

        @Test
        void alreadyMessagingOrVoice() {
            rewriteRun(
              //language=java
              java(
                """
                  class Done {
                      String a = "https://dashboard.bandwidth.com/api/v2/accounts/1/importTnOrders/messaging";
                      String b = "https://dashboard.bandwidth.com/api/v2/accounts/1/importTnOrders/voice";
                      String c(String id) { return "https://dashboard.bandwidth.com/api/v2/accounts/" + id + "/removeImportedTnOrders/messaging/" + id; }
                      String d = "https://dashboard.bandwidth.com/api/v2/accounts/1/removeImportedTnOrders/voice";
                  }
                  """
              )
            );
        }

        @Test
        void importTnCheckerAndLookAlikeNames() {
            rewriteRun(
              //language=java
              java(
                """
                  class Checker {
                      String a = "https://dashboard.bandwidth.com/api/v2/accounts/1/importTnChecker";
                      String b = "https://dashboard.bandwidth.com/api/v2/accounts/1/importTnOrdersReport";
                      String importTnOrders = "importTnOrders";
                  }
                  """
              )
            );
        }

        @Test
        void otherHostsAndTheCustomersOwnServer() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  import org.springframework.web.bind.annotation.PostMapping;
                  import org.springframework.web.bind.annotation.RestController;
                  @RestController
                  class ImportController {
                      @PostMapping("/api/accounts/{id}/importTnOrders")
                      String create(String id) { return id; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  class OtherHosts {
                      String local = "http://localhost:8080/api/accounts/1/importTnOrders";
                      String messaging = "https://messaging.bandwidth.com/api/v2/users/1/importTnOrders";
                  }
                  """
              )
            );
        }

        /**
         * Routes of the customer's own portal named after the Dashboard's ({@code /api/hosted-messaging/importTnOrders}
         * beside the portal's base URL) in a project that also calls the Dashboard: a hyphenated segment before the
         * name is no Dashboard path, so the class is not taken for a Dashboard one and its paths stay.
         */
        @Test
        void ownRoutesNamedAfterTheDashboardsUnderAHyphenatedSegment() {
            rewriteRun(
              //language=java
              java(
                """
                  class DashboardImports {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                      String create() { return BASE + "/importTnOrders/messaging"; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  final class PortalEndpoints {
                      static final String BASE_URL = "https://numbers-portal.qa.acme.example";
                      static final String ACCOUNT_ADDRESSES = "/api/accounts/{accountId}/addresses";
                      static final String IMPORTS = "/api/hosted-messaging/importTnOrders";
                      static final String REMOVALS = "/api/hosted-messaging/removeImportedTnOrders";
                  }
                  """
              )
            );
        }

        @Test
        void commentsLogsAndExceptionMessages() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  import org.slf4j.Logger;
                  import org.slf4j.LoggerFactory;
                  /**
                   * Posts to /accounts/{id}/importTnOrders.
                   */
                  class Documented {
                      private static final Logger log = LoggerFactory.getLogger(Documented.class);
                      // POST https://dashboard.bandwidth.com/api/v2/accounts/1/importTnOrders
                      void call(String id) {
                          log.info("posting to https://dashboard.bandwidth.com/api/v2/accounts/" + id + "/importTnOrders");
                          throw new IllegalStateException("/accounts/" + id + "/removeImportedTnOrders failed");
                      }
                  }
                  """
              )
            );
        }
    }

    @Nested
    class Kotlin implements RewriteTest {
        @Override
        public void defaults(RecipeSpec spec) {
            spec.recipe(new ImportOrdersMessaging()).parser(KotlinParser.builder());
        }

        @Test
        void topLevelConstantsReadInTemplatesOfAnotherFile() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  const val IRIS_BASE = "https://dashboard.bandwidth.com/api/v2"
                  const val IMPORTS = "/importTnOrders"
                  """,
                """
                  package com.acme.iris

                  const val IRIS_BASE = "https://dashboard.bandwidth.com/api/v2"
                  const val IMPORTS = "/importTnOrders/messaging"
                  """,
                spec -> spec.path("src/main/kotlin/com/acme/iris/IrisPaths.kt")
              ),
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris.orders

                  import com.acme.iris.IMPORTS
                  import com.acme.iris.IRIS_BASE

                  class ImportOrders(private val account: String) {
                      fun create() = "$IRIS_BASE/accounts/$account$IMPORTS"
                      fun history(id: String) = "$IRIS_BASE/accounts/$account/removeImportedTnOrders/$id/history"
                      fun checker() = "$IRIS_BASE/accounts/$account/importTnChecker"
                  }
                  """,
                """
                  package com.acme.iris.orders

                  import com.acme.iris.IMPORTS
                  import com.acme.iris.IRIS_BASE

                  class ImportOrders(private val account: String) {
                      fun create() = "$IRIS_BASE/accounts/$account$IMPORTS"
                      fun history(id: String) = "$IRIS_BASE/accounts/$account/removeImportedTnOrders/messaging/$id/history"
                      fun checker() = "$IRIS_BASE/accounts/$account/importTnChecker"
                  }
                  """,
                spec -> spec.path("src/main/kotlin/com/acme/iris/orders/ImportOrders.kt")
              )
            );
        }
    }
}
