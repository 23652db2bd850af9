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
import static org.openrewrite.test.SourceSpecs.text;
import static org.openrewrite.kotlin.Assertions.kotlin;
import static org.openrewrite.json.Assertions.json;
import static org.openrewrite.properties.Assertions.properties;
import static org.openrewrite.xml.Assertions.xml;
import static org.openrewrite.yaml.Assertions.yaml;

class V1BasePathTest implements RewriteTest {
    /** The flag on a path a test asserts its mock server received, whose /api the mock's base gives. */
    static final String MOCK_BASE_FLAG = "/*~~([BW001] this path the test's mock server is asserted to receive starts with /api, v1's prefix, which the mock's own base URL (ending in /api) gives it; v2 lives under /api/v2/; not rewritten, as that would break the test while its mock's base stays /api: change the mock's base to end in /api/v2 and this path with it)~~>*/";


    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new V1BasePath())
          .parser(JavaParser.fromJavaVersion().classpath("bandwidth-java-iris-sdk"));
    }

    /**
     * A format template kept in a constant, its base URL the first placeholder: the version fragment after it is v1's.
     * The same shape in a class of another API stays.
     */
    /**
     * HOCON (Typesafe Config's application.conf): the base URL is fixed where it is written, a path built on it by
     * concatenation is read with it, the legacy host is flagged on its line, and another API's base stays.
     */
    /**
     * Spring Cloud Gateway routes: a route to the Dashboard sends the path its {@code SetPath} or {@code RewritePath}
     * filter gives, so a v1 path there gets the v2 prefix, in YAML and in properties; the paths the gateway serves
     * (its {@code Path} predicates) and the routes to other hosts stay.
     */
    @Test
    void gatewayRoutesToTheDashboard() {
        rewriteRun(
          //language=yaml
          yaml(
            """
              spring:
                cloud:
                  gateway:
                    routes:
                      - id: dashboard-inservice
                        uri: https://dashboard.bandwidth.com
                        predicates:
                          - Path=/api/accounts/*/inservice
                        filters:
                          - SetPath=/api/accounts/${IRIS_ACCOUNT_ID}/inserviceNumbers
                      - id: dashboard-orders
                        uri: https://dashboard.bandwidth.com
                        predicates:
                          - Path=/iris/orders/**
                        filters:
                          - RewritePath=/iris/orders/?(?<segment>.*), /api/v1/accounts/${IRIS_ACCOUNT_ID}/orders/$\\{segment}
                      - id: inventory
                        uri: lb://number-inventory
                        predicates:
                          - Path=/api/accounts/*/numbers/**
                        filters:
                          - SetPath=/api/accounts/{id}/numbers
              """,
            """
              spring:
                cloud:
                  gateway:
                    routes:
                      - id: dashboard-inservice
                        uri: https://dashboard.bandwidth.com
                        predicates:
                          - Path=/api/accounts/*/inservice
                        filters:
                          - SetPath=/api/v2/accounts/${IRIS_ACCOUNT_ID}/inserviceNumbers
                      - id: dashboard-orders
                        uri: https://dashboard.bandwidth.com
                        predicates:
                          - Path=/iris/orders/**
                        filters:
                          - RewritePath=/iris/orders/?(?<segment>.*), /api/v2/accounts/${IRIS_ACCOUNT_ID}/orders/$\\{segment}
                      - id: inventory
                        uri: lb://number-inventory
                        predicates:
                          - Path=/api/accounts/*/numbers/**
                        filters:
                          - SetPath=/api/accounts/{id}/numbers
              """,
            spec -> spec.path("src/main/resources/application.yml")
          ),
          properties(
            """
              spring.cloud.gateway.routes[0].id=dashboard-sites
              spring.cloud.gateway.routes[0].uri=https://dashboard.bandwidth.com
              spring.cloud.gateway.routes[0].predicates[0]=Path=/api/accounts/*/sites
              spring.cloud.gateway.routes[0].filters[0]=SetPath=/api/accounts/{id}/sites
              """,
            """
              spring.cloud.gateway.routes[0].id=dashboard-sites
              spring.cloud.gateway.routes[0].uri=https://dashboard.bandwidth.com
              spring.cloud.gateway.routes[0].predicates[0]=Path=/api/accounts/*/sites
              spring.cloud.gateway.routes[0].filters[0]=SetPath=/api/v2/accounts/{id}/sites
              """,
            spec -> spec.path("src/main/resources/application-gateway.properties")
          )
        );
    }

    @Test
    void hoconConfiguration() {
        rewriteRun(
          text(
            """
              dashboard {
                base-url = "https://dashboard.bandwidth.com/api"
                base-url = ${?DASHBOARD_URL}
                legacy = "https://api.inetwork.com/v1.0"
              }
              messaging.base = "https://messaging.bandwidth.com/api/v2"
              """,
            """
              dashboard {
                base-url = "https://dashboard.bandwidth.com/api/v2"
                base-url = ${?DASHBOARD_URL}
                legacy = "https://~~([BW001] the legacy host api.inetwork.com/v1.0 serves only v1 of the Dashboard API; point this base URL at https://dashboard.bandwidth.com/api/v2 (check credentials and any path after it))~~>api.inetwork.com/v1.0"
              }
              messaging.base = "https://messaging.bandwidth.com/api/v2"
              """,
            spec -> spec.path("src/main/resources/application.conf")
          )
        );
    }

    @Test
    void formatTemplateConstantWhoseFirstPlaceholderIsTheHost() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.config;
              public final class DashboardUrls {
                  public static final String SDK_HOST = "https://dashboard.bandwidth.com";
                  public static final String MESSAGING = "https://messaging.bandwidth.com";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import com.acme.config.DashboardUrls;
              class SipPeerTnClient {
                  private static final String TN_URL = "%s/v1.0/accounts/%s/sites/%s/sippeers/%s/tns/%s";
                  String url(String account, String tn) {
                      return String.format(TN_URL, DashboardUrls.SDK_HOST, account, "1", "2", tn);
                  }
              }
              """,
            """
              package com.acme.dashboard;
              import com.acme.config.DashboardUrls;
              class SipPeerTnClient {
                  private static final String TN_URL = "%s/api/v2/accounts/%s/sites/%s/sippeers/%s/tns/%s";
                  String url(String account, String tn) {
                      return String.format(TN_URL, DashboardUrls.SDK_HOST, account, "1", "2", tn);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.sms;
              import com.acme.config.DashboardUrls;
              class Messages {
                  private static final String MESSAGES = "%s/v1/accounts/%s/messages";
                  String url(String account) {
                      return String.format(MESSAGES, DashboardUrls.MESSAGING, account);
                  }
              }
              """
          )
        );
    }

    /**
     * A URL template whose host is filled in elsewhere ({@code "https://%s/v1.0/accounts/%s/orders/%s"} with the
     * host of a configured fallback URL) in a Dashboard client: its v1 prefix is rewritten. The same shape for another
     * API's resources, in a file that does not talk to the Dashboard, is left alone.
     */
    @Test
    void versionAfterAHostFilledInElsewhere() {
        rewriteRun(
          //language=java
          java(
            """
              import java.net.URI;
              class FallbackClient {
                  private static final String PRIMARY = "https://dashboard.bandwidth.com/api/v2/accounts/%s/orders/%s";
                  private static final String ORDER_STATUS_URL = "https://%s/v1.0/accounts/%s/orders/%s";
                  private static final String ORDER_BY_HOST = "https://{host}/api/accounts/{account}/orders/{id}";
                  String status(String fallbackUrl, String account, String orderId) {
                      String host = URI.create(fallbackUrl).getHost();
                      return String.format(ORDER_STATUS_URL, host, account, orderId);
                  }
              }
              """,
            """
              import java.net.URI;
              class FallbackClient {
                  private static final String PRIMARY = "https://dashboard.bandwidth.com/api/v2/accounts/%s/orders/%s";
                  private static final String ORDER_STATUS_URL = "https://%s/api/v2/accounts/%s/orders/%s";
                  private static final String ORDER_BY_HOST = "https://{host}/api/v2/accounts/{account}/orders/{id}";
                  String status(String fallbackUrl, String account, String orderId) {
                      String host = URI.create(fallbackUrl).getHost();
                      return String.format(ORDER_STATUS_URL, host, account, orderId);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class BillingClient {
                  private static final String INVOICES = "https://%s/v1.0/accounts/%s/invoices";
              }
              """
          )
        );
    }

    @DocumentExample
    @Test
    void defaultOfAPropertyReadInCode() {
        rewriteRun(
          //language=java
          java(
            """
              import java.util.Properties;
              class AppConfig {
                  private final Properties props = new Properties();
                  String apiBase() {
                      return props.getProperty("iris.api.base", "https://dashboard.bandwidth.com/api");
                  }
                  String legacy() {
                      return System.getProperty("iris.legacy", "https://dashboard.bandwidth.com/v1.0");
                  }
              }
              """,
            """
              import java.util.Properties;
              class AppConfig {
                  private final Properties props = new Properties();
                  String apiBase() {
                      return props.getProperty("iris.api.base", "https://dashboard.bandwidth.com/api/v2");
                  }
                  String legacy() {
                      return System.getProperty("iris.legacy", "https://dashboard.bandwidth.com/api/v2");
                  }
              }
              """
          ),
          properties("iris.api.base=https://dashboard.bandwidth.com/api/v2\n",
            spec -> spec.path("src/main/resources/application.properties"))
        );
    }

    @Test
    void stubMappingOfAPathOnlyTheDashboardHas() {
        rewriteRun(
          //language=json
          json(
            """
              {
                "request": {"method": "GET", "urlPath": "/api/accounts/9900123/inserviceNumbers"},
                "response": {"status": 200, "bodyFileName": "inservice.xml"}
              }
              """,
            """
              {
                "request": {"method": "GET", "urlPath": "/api/v2/accounts/9900123/inserviceNumbers"},
                "response": {"status": 200, "bodyFileName": "inservice.xml"}
              }
              """,
            spec -> spec.path("src/test/resources/wiremock/mappings/inservice.json")
          ),
          //language=json
          json(
            """
              {
                "request": {"method": "GET", "urlPath": "/api/accounts/9900123/contacts"},
                "response": {"status": 200}
              }
              """,
            spec -> spec.path("src/test/resources/wiremock/mappings/crm-contacts.json")
          )
        );
    }

    @Test
    void literalWithUnknownParts() {
        rewriteRun(
          //language=java
          java(
            """
              class OrdersClient {
                  String ordersUrl(String accountId) {
                      return "https://dashboard.bandwidth.com/api/accounts/" + accountId + "/orders";
                  }
              }
              """,
            """
              class OrdersClient {
                  String ordersUrl(String accountId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/orders";
                  }
              }
              """
          )
        );
    }

    @Test
    void everyV1SpellingOfTheDashboardHost() {
        rewriteRun(
          //language=java
          java(
            """
              class Urls {
                  String a = "https://dashboard.bandwidth.com/api";
                  String b = "https://dashboard.bandwidth.com/api/v1/accounts/1/sites";
                  String c = "https://dashboard.bandwidth.com/v1.0/accounts/1/sites";
                  String d = "https://test.dashboard.bandwidth.com/api/accounts/1/sites";
                  String e = "https://dashboard.bandwidth.com/api/";
              }
              """,
            """
              class Urls {
                  String a = "https://dashboard.bandwidth.com/api/v2";
                  String b = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites";
                  String c = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites";
                  String d = "https://test.dashboard.bandwidth.com/api/v2/accounts/1/sites";
                  String e = "https://dashboard.bandwidth.com/api/v2/";
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
              public class IrisConstants {
                  public static final String BASE_URL = "https://dashboard.bandwidth.com/api";
              }
              """,
            """
              package com.acme.iris;
              public class IrisConstants {
                  public static final String BASE_URL = "https://dashboard.bandwidth.com/api/v2";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              class SitesClient {
                  String sites(String accountId) {
                      return IrisConstants.BASE_URL + "/accounts/" + accountId + "/sites";
                  }
              }
              """
          )
        );
    }

    @Test
    void pathFragmentCarryingTheVersionAppendedToAHostElsewhere() {
        rewriteRun(
          //language=java
          java(
            """
              class TnOptionsClient {
                  private final String host;
                  TnOptionsClient(String host) { this.host = host; }
                  String options(String accountId) {
                      return host + "/v1.0/accounts/" + accountId + "/tnoptions";
                  }
                  String sites(String accountId) {
                      return host + "/api/accounts/" + accountId + "/sites";
                  }
              }
              """,
            """
              class TnOptionsClient {
                  private final String host;
                  TnOptionsClient(String host) { this.host = host; }
                  String options(String accountId) {
                      return host + "/api/v2/accounts/" + accountId + "/tnoptions";
                  }
                  String sites(String accountId) {
                      return host + "/api/v2/accounts/" + accountId + "/sites";
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
                  static final String BASE = "https://dashboard.bandwidth.com/api";
                  String a(String id) { return String.format("https://dashboard.bandwidth.com/v1.0/accounts/%s/orders", id); }
                  String b(String id) { return MessageFormat.format("{0}/accounts/{1}/availableNumbers", BASE, id); }
                  String c(String id) { return "https://dashboard.bandwidth.com/api/accounts/%s/sites".formatted(id); }
              }
              """,
            """
              import java.text.MessageFormat;
              class Formats {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String a(String id) { return String.format("https://dashboard.bandwidth.com/api/v2/accounts/%s/orders", id); }
                  String b(String id) { return MessageFormat.format("{0}/accounts/{1}/availableNumbers", BASE, id); }
                  String c(String id) { return "https://dashboard.bandwidth.com/api/v2/accounts/%s/sites".formatted(id); }
              }
              """
          )
        );
    }

    @Test
    void springUriComponentsBuilder() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.springframework.web.util.UriComponentsBuilder;
              class SpringClient {
                  String orders(String id) {
                      return UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com")
                          .path("/api/accounts/{id}/orders")
                          .buildAndExpand(id)
                          .toUriString();
                  }
                  String sites(String id) {
                      return UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com")
                          .pathSegment("api", "accounts", id, "sites")
                          .build().toUriString();
                  }
              }
              """,
            """
              import org.springframework.web.util.UriComponentsBuilder;
              class SpringClient {
                  String orders(String id) {
                      return UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com")
                          .path("/api/v2/accounts/{id}/orders")
                          .buildAndExpand(id)
                          .toUriString();
                  }
                  String sites(String id) {
                      return UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com")
                          .pathSegment("api", "v2", "accounts", id, "sites")
                          .build().toUriString();
                  }
              }
              """
          )
        );
    }

    /**
     * A placeholder's default in a route built by concatenation
     * ({@code "{{dashboard.base-url:https://dashboard.bandwidth.com/api}}/accounts/.." + ".."}): the default is what
     * runs wherever the key is not set, so its v1 base is fixed in place, although the key is set to v2 here. A default
     * on the customer's own host is left alone.
     */
    @Test
    void v1DefaultOfAPlaceholderInAConcatenatedRoute() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          properties(
            """
              dashboard.base-url=https://dashboard.bandwidth.com/api/v2
              """,
            spec -> spec.path("src/main/resources/application.properties")
          ),
          //language=java
          java(
            """
              import org.apache.camel.builder.RouteBuilder;
              class MonitoringRoute extends RouteBuilder {
                  @Override
                  public void configure() {
                      from("timer:dashboard-ping?period=300000")
                          .toD("{{dashboard.base-url:https://dashboard.bandwidth.com/api}}/accounts/{{dashboard.account-id}}/sites"
                                  + "?throwExceptionOnFailure=false");
                      from("timer:crm-ping")
                          .toD("{{crm.base-url:https://crm.acme.example/api}}/accounts/{{crm.account}}/sites"
                                  + "?throwExceptionOnFailure=false");
                  }
              }
              """,
            """
              import org.apache.camel.builder.RouteBuilder;
              class MonitoringRoute extends RouteBuilder {
                  @Override
                  public void configure() {
                      from("timer:dashboard-ping?period=300000")
                          .toD("{{dashboard.base-url:https://dashboard.bandwidth.com/api/v2}}/accounts/{{dashboard.account-id}}/sites"
                                  + "?throwExceptionOnFailure=false");
                      from("timer:crm-ping")
                          .toD("{{crm.base-url:https://crm.acme.example/api}}/accounts/{{crm.account}}/sites"
                                  + "?throwExceptionOnFailure=false");
                  }
              }
              """
          )
        );
    }

    /**
     * A REST Assured specification whose base path is v1's {@code /api} on a Dashboard host
     * ({@code new RequestSpecBuilder().setBaseUri("https://test.dashboard.bandwidth.com").setBasePath("/api")}): the
     * base path becomes {@code /api/v2}. A specification already on v2 and one of the customer's CRM are left alone.
     */
    @Test
    void restAssuredSpecificationBasePath() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("rest-assured", "hamcrest")),
          //language=java
          java(
            """
              import io.restassured.builder.RequestSpecBuilder;
              import io.restassured.specification.RequestSpecification;
              final class Specs {
                  static RequestSpecification testStack() {
                      return new RequestSpecBuilder()
                              .setBaseUri("https://test.dashboard.bandwidth.com")
                              .setBasePath("/api")
                              .build();
                  }
                  static RequestSpecification v2() {
                      return new RequestSpecBuilder().setBaseUri("https://dashboard.bandwidth.com").setBasePath("/api/v2").build();
                  }
                  static RequestSpecification crm() {
                      return new RequestSpecBuilder().setBaseUri("https://crm.acme.example").setBasePath("/api").build();
                  }
              }
              """,
            """
              import io.restassured.builder.RequestSpecBuilder;
              import io.restassured.specification.RequestSpecification;
              final class Specs {
                  static RequestSpecification testStack() {
                      return new RequestSpecBuilder()
                              .setBaseUri("https://test.dashboard.bandwidth.com")
                              .setBasePath("/api/v2")
                              .build();
                  }
                  static RequestSpecification v2() {
                      return new RequestSpecBuilder().setBaseUri("https://dashboard.bandwidth.com").setBasePath("/api/v2").build();
                  }
                  static RequestSpecification crm() {
                      return new RequestSpecBuilder().setBaseUri("https://crm.acme.example").setBasePath("/api").build();
                  }
              }
              """
          )
        );
    }

    @Test
    void okHttpUrlBuilder() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import okhttp3.HttpUrl;
              class OkClient {
                  HttpUrl orders(String id) {
                      return HttpUrl.parse("https://dashboard.bandwidth.com/api").newBuilder()
                          .addPathSegment("accounts")
                          .addPathSegment(id)
                          .addPathSegment("orders")
                          .build();
                  }
                  HttpUrl sites(String id) {
                      return new HttpUrl.Builder().scheme("https").host("dashboard.bandwidth.com")
                          .addPathSegments("api/accounts")
                          .addPathSegment(id)
                          .addPathSegment("sites")
                          .build();
                  }
                  HttpUrl tns(String tn) {
                      return new HttpUrl.Builder().scheme("https").host("dashboard.bandwidth.com")
                          .addPathSegment("v1.0")
                          .addPathSegment("tns")
                          .addPathSegment(tn)
                          .build();
                  }
              }
              """,
            """
              import okhttp3.HttpUrl;
              class OkClient {
                  HttpUrl orders(String id) {
                      return HttpUrl.parse("https://dashboard.bandwidth.com/api/v2").newBuilder()
                          .addPathSegment("accounts")
                          .addPathSegment(id)
                          .addPathSegment("orders")
                          .build();
                  }
                  HttpUrl sites(String id) {
                      return new HttpUrl.Builder().scheme("https").host("dashboard.bandwidth.com")
                          .addPathSegments("api/v2/accounts")
                          .addPathSegment(id)
                          .addPathSegment("sites")
                          .build();
                  }
                  HttpUrl tns(String tn) {
                      return new HttpUrl.Builder().scheme("https").host("dashboard.bandwidth.com")
                          .addPathSegments("api/v2")
                          .addPathSegment("tns")
                          .addPathSegment(tn)
                          .build();
                  }
              }
              """
          )
        );
    }

    @Test
    void apacheUriBuilderSetPath() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.apache.http.client.utils.URIBuilder;
              class ApacheClient {
                  java.net.URI orders(String accountId) throws Exception {
                      return new URIBuilder("https://dashboard.bandwidth.com")
                          .setPath("/v1.0/accounts/" + accountId + "/orders")
                          .build();
                  }
              }
              """,
            """
              import org.apache.http.client.utils.URIBuilder;
              class ApacheClient {
                  java.net.URI orders(String accountId) throws Exception {
                      return new URIBuilder("https://dashboard.bandwidth.com")
                          .setPath("/api/v2/accounts/" + accountId + "/orders")
                          .build();
                  }
              }
              """
          )
        );
    }

    /**
     * A legacy path set on a builder whose base comes from a configuration object the tool cannot read: the port-outs
     * resource is the Dashboard's only, so the path is; the same builder's path to another resource is left alone.
     */
    @Test
    void portOutsPathOnABaseOfAnUnreadConfiguration() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.apache.http.client.utils.URIBuilder;
              class PortOutAudit {
                  LegacyConfig config;
                  java.net.URI portOuts(String since) throws Exception {
                      return new URIBuilder(config.getUri())
                          .setPath("/v1.0/accounts/" + config.getAccountId() + "/portouts")
                          .addParameter("startdate", since)
                          .build();
                  }
                  interface LegacyConfig {
                      String getUri();
                      String getAccountId();
                  }
              }
              """,
            """
              import org.apache.http.client.utils.URIBuilder;
              class PortOutAudit {
                  LegacyConfig config;
                  java.net.URI portOuts(String since) throws Exception {
                      return new URIBuilder(config.getUri())
                          .setPath("/api/v2/accounts/" + config.getAccountId() + "/portouts")
                          .addParameter("startdate", since)
                          .build();
                  }
                  interface LegacyConfig {
                      String getUri();
                      String getAccountId();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              import org.apache.http.client.utils.URIBuilder;
              class BillingAudit {
                  java.net.URI invoices(String base, String account) throws Exception {
                      return new URIBuilder(base).setPath("/v1.0/accounts/" + account + "/invoices").build();
                  }
              }
              """
          )
        );
    }

    @Test
    void legacyInetworkHostIsFlagged() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              class LegacyClient {
                  static final String BASE = "https://api.inetwork.com/v1.0";
              }
              """,
            """
              class LegacyClient {
                  static final String BASE = /*~~([BW001] the legacy host api.inetwork.com/v1.0 serves only v1 of the Dashboard API; point this base URL at https://dashboard.bandwidth.com/api/v2 (check credentials and any path after it))~~>*/"https://api.inetwork.com/v1.0";
              }
              """
          ),
          //language=xml
          xml(
            """
              <config>
                <uri>https://api.test.inetwork.com/v1.0</uri>
              </config>
              """,
            """
              <config>
                <uri><!--~~([BW001] the legacy host api.test.inetwork.com/v1.0 serves only v1 of the Dashboard API; point this base URL at https://test.dashboard.bandwidth.com/api/v2 (check credentials and any path after it))~~>-->https://api.test.inetwork.com/v1.0</uri>
              </config>
              """,
            spec -> spec.path("src/main/resources/iris-config.xml")
          )
        );
    }

    /**
     * A legacy host read from an XML file through Commons Configuration ({@code xml.getString("uri")}), a path with the
     * v1 prefix set on it in code ({@code new URIBuilder(uri).setPath("/v1.0/accounts/" + id)}): the host is flagged in
     * the file, the path where it is written. Neither is rewritten: the host and the path change together.
     */
    @Test
    void legacyHostFromCommonsConfigurationAndItsPath() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("commons-configuration2", "httpclient")),
          //language=xml
          xml(
            """
              <iris>
                <uri>https://api.inetwork.com/v1.0</uri>
              </iris>
              """,
            """
              <iris>
                <uri><!--~~([BW001] the legacy host api.inetwork.com/v1.0 serves only v1 of the Dashboard API; point this base URL at https://dashboard.bandwidth.com/api/v2 (check credentials and any path after it))~~>-->https://api.inetwork.com/v1.0</uri>
              </iris>
              """,
            spec -> spec.path("src/main/resources/iris-client.xml")
          ),
          //language=java
          java(
            """
              import org.apache.commons.configuration2.XMLConfiguration;
              import org.apache.http.client.utils.URIBuilder;
              class LegacyClient {
                  private final String uri;
                  LegacyClient(XMLConfiguration xml) {
                      this.uri = xml.getString("uri");
                  }
                  java.net.URI orders(String account) throws Exception {
                      return new URIBuilder(uri).setPath("/v1.0/accounts/" + account + "/orders").build();
                  }
              }
              """,
            """
              import org.apache.commons.configuration2.XMLConfiguration;
              import org.apache.http.client.utils.URIBuilder;
              class LegacyClient {
                  private final String uri;
                  LegacyClient(XMLConfiguration xml) {
                      this.uri = xml.getString("uri");
                  }
                  java.net.URI orders(String account) throws Exception {
                      return new URIBuilder(uri).setPath(/*~~([BW001] this path starts with /v1.0 for the legacy host api.inetwork.com/v1.0, which serves only v1 of the Dashboard API; point the base URL at https://dashboard.bandwidth.com/api/v2 and change /v1.0 to /api/v2)~~>*/"/v1.0/accounts/" + account + "/orders").build();
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
                      https://dashboard.bandwidth.com/api/accounts/123/orders\""";
              }
              """,
            """
              class Template {
                  String url = \"""
                      https://dashboard.bandwidth.com/api/v2/accounts/123/orders\""";
              }
              """
          )
        );
    }

    @Test
    void configurationFiles() {
        rewriteRun(
          properties(
            "iris.base-url=https://dashboard.bandwidth.com/api\n",
            "iris.base-url=https://dashboard.bandwidth.com/api/v2\n",
            spec -> spec.path("src/main/resources/application.properties")
          ),
          //language=yaml
          yaml(
            """
              bandwidth:
                dashboard:
                  url: https://dashboard.bandwidth.com/v1.0
              """,
            """
              bandwidth:
                dashboard:
                  url: https://dashboard.bandwidth.com/api/v2
              """,
            spec -> spec.path("src/main/resources/application.yml")
          ),
          //language=xml
          xml(
            """
              <beans>
                <bean id="iris" class="com.acme.IrisSettings">
                  <property name="baseUrl" value="https://dashboard.bandwidth.com/api/"/>
                </bean>
              </beans>
              """,
            """
              <beans>
                <bean id="iris" class="com.acme.IrisSettings">
                  <property name="baseUrl" value="https://dashboard.bandwidth.com/api/v2/"/>
                </bean>
              </beans>
              """,
            spec -> spec.path("src/main/resources/beans.xml")
          ),
          //language=json
          json(
            """
              {"iris": {"baseUrl": "https://dashboard.bandwidth.com/api/v1"}}
              """,
            """
              {"iris": {"baseUrl": "https://dashboard.bandwidth.com/api/v2"}}
              """,
            spec -> spec.path("src/main/resources/iris.json")
          )
        );
    }

    /**
     * A base path configured beside the Dashboard's host ({@code dashboard.basePath=/v1.0}), which code puts between
     * the host and the resource paths: rewritten. Not a base path of a group without a Dashboard URL (the customer's
     * own server's context path, a "dashboard" of their own), nor a value that is more than the version.
     */
    @Test
    void basePathConfiguredBesideTheDashboardHost() {
        rewriteRun(
          properties(
            """
              dashboard.host=https://dashboard.bandwidth.com
              dashboard.basePath=/v1.0
              sandbox.host=https://test.dashboard.bandwidth.com
              sandbox.api-prefix=/api/
              server.servlet.context-path=/api
              dashboard.ui.base-path=/api
              crm.host=https://crm.example.com
              crm.basePath=/v1
              """,
            """
              dashboard.host=https://dashboard.bandwidth.com
              dashboard.basePath=/api/v2
              sandbox.host=https://test.dashboard.bandwidth.com
              sandbox.api-prefix=/api/v2/
              server.servlet.context-path=/api
              dashboard.ui.base-path=/api
              crm.host=https://crm.example.com
              crm.basePath=/v1
              """,
            spec -> spec.path("src/main/resources/application.properties")
          ),
          //language=yaml
          yaml(
            """
              bandwidth:
                dashboard:
                  host: https://dashboard.bandwidth.com
                  base-path: /api/v1
                  version: v1.0
                messaging:
                  host: https://messaging.bandwidth.com
                  base-path: /api/v2
              """,
            """
              bandwidth:
                dashboard:
                  host: https://dashboard.bandwidth.com
                  base-path: /api/v2
                  version: v1.0
                messaging:
                  host: https://messaging.bandwidth.com
                  base-path: /api/v2
              """,
            spec -> spec.path("src/main/resources/application.yml")
          )
        );
    }

    /**
     * A class that holds only paths, some of them resources only the Dashboard has ({@code /importTnOrders}), makes
     * the classes that build requests from its constants Dashboard clients, on a base URL configured elsewhere: their
     * version-less paths are rewritten. A class of the customer's own paths, used the same way, is not such a class.
     */
    @Test
    void usersOfAClassOfDashboardPaths() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public final class DashboardPaths {
                  public static final String ACCOUNTS = "/accounts/";
                  public static final String ORDERS = "/orders";
                  public static final String TN_CHECKER = "/importTnChecker";
                  private DashboardPaths() {}
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.lang.annotation.*;
              @Retention(RetentionPolicy.RUNTIME)
              public @interface DashboardCall {
                  String method();
                  String path();
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class OrdersApi {
                  private final String base;
                  public OrdersApi(String base) { this.base = base; }
                  @DashboardCall(method = "POST", path = "/api/accounts/{accountId}/orders")
                  public String order(String account) {
                      return base + DashboardPaths.ACCOUNTS + account + DashboardPaths.ORDERS;
                  }
              }
              """,
            """
              package com.acme.dashboard;
              public class OrdersApi {
                  private final String base;
                  public OrdersApi(String base) { this.base = base; }
                  @DashboardCall(method = "POST", path = "/api/v2/accounts/{accountId}/orders")
                  public String order(String account) {
                      return base + DashboardPaths.ACCOUNTS + account + DashboardPaths.ORDERS;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.web;
              public final class OwnPaths {
                  public static final String ACCOUNTS = "/accounts/";
                  public static final String ORDERS = "/orders";
                  private OwnPaths() {}
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.web;
              public class PortalLinks {
                  static final String DOC = "/api/accounts/{accountId}/orders";
                  public String orders(String account) {
                      return OwnPaths.ACCOUNTS + account + OwnPaths.ORDERS;
                  }
              }
              """
          )
        );
    }

    /**
     * A WireMock stub mapping of the tests for an account resource of the Dashboard, in a project that talks to it: the
     * stub stands for the Dashboard, so its v1 path is rewritten. A stub of another resource under {@code /api/accounts}
     * (a CRM's profile) and a JSON file of the main code with the same value are left alone.
     */
    @Test
    void wireMockStubMappingsOfDashboardRequests() {
        rewriteRun(
          //language=java
          java(
            """
              class IrisSettings {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
              }
              """
          ),
          //language=json
          json(
            """
              {
                "request": { "method": "GET", "urlPath": "/api/accounts/9900417/addresses" },
                "response": { "status": 200 }
              }
              """,
            """
              {
                "request": { "method": "GET", "urlPath": "/api/v2/accounts/9900417/addresses" },
                "response": { "status": 200 }
              }
              """,
            spec -> spec.path("src/test/resources/wiremock/mappings/e911-addresses.json")
          ),
          //language=json
          json(
            """
              {
                "request": { "method": "GET", "url": "/api/accounts/9900417/orders?page=1" },
                "response": { "status": 200 }
              }
              """,
            """
              {
                "request": { "method": "GET", "url": "/api/v2/accounts/9900417/orders?page=1" },
                "response": { "status": 200 }
              }
              """,
            spec -> spec.path("src/test/resources/mappings/orders.json")
          ),
          //language=json
          json(
            """
              {
                "request": { "method": "GET", "urlPath": "/api/accounts/42/profile" },
                "response": { "status": 200 }
              }
              """,
            spec -> spec.path("src/test/resources/wiremock/mappings/crm-profile.json")
          ),
          //language=json
          json(
            """
              { "links": [ { "url": "/api/accounts/42/orders" } ] }
              """,
            spec -> spec.path("src/main/resources/static/links.json")
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
              class IrisSettings {
                  @Value("${iris.url:https://dashboard.bandwidth.com/api}")
                  private String url;
              }
              """,
            """
              import org.springframework.beans.factory.annotation.Value;
              class IrisSettings {
                  @Value("${iris.url:https://dashboard.bandwidth.com/api/v2}")
                  private String url;
              }
              """
          )
        );
    }

    @Test
    void feignClientBaseUrlAndMappingPaths() {
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
              public @interface GetMapping { String[] value() default {}; }
              """
          ),
          //language=java
          java(
            """
              import feign.FeignClient;
              import feign.GetMapping;
              @FeignClient(name = "iris", url = "https://dashboard.bandwidth.com/api")
              interface IrisSites {
                  @GetMapping("/accounts/{id}/sites")
                  String sites(String id);
              }
              """,
            """
              import feign.FeignClient;
              import feign.GetMapping;
              @FeignClient(name = "iris", url = "https://dashboard.bandwidth.com/api/v2")
              interface IrisSites {
                  @GetMapping("/accounts/{id}/sites")
                  String sites(String id);
              }
              """
          ),
          //language=java
          java(
            """
              import feign.FeignClient;
              import feign.GetMapping;
              @FeignClient(name = "orders", url = "${iris.host}")
              interface IrisOrders {
                  @GetMapping("/api/accounts/{id}/orders")
                  String orders(String id);
              }
              """,
            """
              import feign.FeignClient;
              import feign.GetMapping;
              @FeignClient(name = "orders", url = "${iris.host}")
              interface IrisOrders {
                  @GetMapping("/api/v2/accounts/{id}/orders")
                  String orders(String id);
              }
              """
          ),
          properties("iris.host=https://dashboard.bandwidth.com\n", spec -> spec.path("src/main/resources/application.properties"))
        );
    }

    @Test
    void sdkThreeArgumentConstructor() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class Sdk {
                  IrisClient client(String accountId, String user, String password) {
                      return new IrisClient(accountId, user, password);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class Sdk {
                  IrisClient client(String accountId, String user, String password) {
                      return new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2");
                  }
              }
              """
          )
        );
    }

    @Test
    void sdkFiveArgumentConstructor() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class Sdk {
                  IrisClient literalUri(String accountId, String user, String password) {
                      return new IrisClient("https://dashboard.bandwidth.com/api", accountId, user, password, "v1.0");
                  }
                  IrisClient variableUri(String uri, String accountId, String user, String password) {
                      return new IrisClient(uri, accountId, user, password, "v1.0");
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class Sdk {
                  IrisClient literalUri(String accountId, String user, String password) {
                      return new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2");
                  }
                  IrisClient variableUri(String uri, String accountId, String user, String password) {
                      return new IrisClient(uri, accountId, user, password, "api/v2");
                  }
              }
              """
          )
        );
    }

    @Test
    void sdkNonLiteralVersionIsFlagged() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class Sdk {
                  IrisClient client(String uri, String accountId, String user, String password, String version) {
                      return new IrisClient(uri, accountId, user, password, version);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class Sdk {
                  IrisClient client(String uri, String accountId, String user, String password, String version) {
                      return /*~~([BW001] the SDK sends requests to "/" + version + "/accounts/...", and this version is not a literal the tool can check; make the version argument "api/v2" and the URI just the host, https://dashboard.bandwidth.com)~~>*/new IrisClient(uri, accountId, user, password, version);
                  }
              }
              """
          )
        );
    }

    @Test
    void reportOnlyMarksInsteadOfRewriting() {
        rewriteRun(
          spec -> spec.recipe(new V1BasePath(true)),
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class Sdk {
                  static final String BASE = "https://dashboard.bandwidth.com/api";
                  IrisClient client(String accountId, String user, String password) {
                      return new IrisClient(accountId, user, password);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class Sdk {
                  static final String BASE = /*~~([BW001] v2 of the Dashboard API lives under /api/v2/, and /api is v1; use https://dashboard.bandwidth.com/api/v2 (/api becomes /api/v2))~~>*/"https://dashboard.bandwidth.com/api";
                  IrisClient client(String accountId, String user, String password) {
                      return /*~~([BW001] new IrisClient(accountId, user, password) sends every request to https://dashboard.bandwidth.com/v1.0/, the v1 API; use new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2"))~~>*/new IrisClient(accountId, user, password);
                  }
              }
              """
          ),
          properties(
            "iris.url=https://dashboard.bandwidth.com/api\n",
            "~~([BW001] v2 of the Dashboard API lives under /api/v2/, and /api is v1; use https://dashboard.bandwidth.com/api/v2 (/api becomes /api/v2))~~>iris.url=https://dashboard.bandwidth.com/api\n",
            spec -> spec.path("src/main/resources/application.properties")
          )
        );
    }

    @Test
    void findApiV1UsagesCompositeIsReportOnly() {
        rewriteRun(
          spec -> spec.recipeFromResources("io.github.irismigrate.FindApiV1Usages"),
          //language=java
          java(
            """
              class Client {
                  String u = "https://dashboard.bandwidth.com/v1.0/accounts/1/sites";
              }
              """,
            """
              class Client {
                  String u = /*~~([BW001] v2 of the Dashboard API lives under /api/v2/, and /v1.0 is v1; use https://dashboard.bandwidth.com/api/v2 (/v1.0 becomes /api/v2))~~>*/"https://dashboard.bandwidth.com/v1.0/accounts/1/sites";
              }
              """
          )
        );
    }

    @Test
    void hostConstantInAnotherClassAndVersionedFragment() {
        rewriteRun(
          //language=java
          java(
            """
              class IrisHost {
                  static final String HOST = "https://dashboard.bandwidth.com";
              }
              """
          ),
          //language=java
          java(
            """
              class SitesClient {
                  String sites(String id) { return IrisHost.HOST + "/api/accounts/" + id + "/sites"; }
              }
              """,
            """
              class SitesClient {
                  String sites(String id) { return IrisHost.HOST + "/api/v2/accounts/" + id + "/sites"; }
              }
              """
          )
        );
    }

    @Test
    void valueDefaultAndThePropertyItNamesAreBothFixed() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.springframework.beans.factory.annotation.Value;
              class IrisSettings {
                  @Value("${iris.url:https://dashboard.bandwidth.com/api}")
                  private String url;
              }
              """,
            """
              import org.springframework.beans.factory.annotation.Value;
              class IrisSettings {
                  @Value("${iris.url:https://dashboard.bandwidth.com/api/v2}")
                  private String url;
              }
              """
          ),
          properties("iris.url=https://dashboard.bandwidth.com/v1.0\n", "iris.url=https://dashboard.bandwidth.com/api/v2\n", spec -> spec.path("src/main/resources/application.properties"))
        );
    }

    @Test
    void sdkConstructorVariants() {
        rewriteRun(
          //language=java
          java(
            """
              class Sdk {
                  Object qualified(String a, String u, String p) { return new com.bandwidth.iris.sdk.IrisClient(a, u, p); }
                  Object testHost(String a, String u, String p) { return new com.bandwidth.iris.sdk.IrisClient("https://test.dashboard.bandwidth.com/api", a, u, p, "v1.0"); }
                  Object legacyHost(String a, String u, String p) { return new com.bandwidth.iris.sdk.IrisClient("https://api.inetwork.com", a, u, p, "v1.0"); }
                  Object otherVersion(String a, String u, String p) { return new com.bandwidth.iris.sdk.IrisClient("https://dashboard.bandwidth.com", a, u, p, "v3"); }
              }
              """,
            """
              class Sdk {
                  Object qualified(String a, String u, String p) { return new com.bandwidth.iris.sdk.IrisClient("https://dashboard.bandwidth.com", a, u, p, "api/v2"); }
                  Object testHost(String a, String u, String p) { return new com.bandwidth.iris.sdk.IrisClient("https://test.dashboard.bandwidth.com", a, u, p, "api/v2"); }
                  Object legacyHost(String a, String u, String p) { return /*~~([BW001] the legacy host https://api.inetwork.com serves only v1 of the Dashboard API; use new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2"))~~>*/new com.bandwidth.iris.sdk.IrisClient("https://api.inetwork.com", a, u, p, "v1.0"); }
                  Object otherVersion(String a, String u, String p) { return /*~~([BW001] the SDK sends requests to "/v3/accounts/...", which is not the v2 path /api/v2/; make the version argument "api/v2")~~>*/new com.bandwidth.iris.sdk.IrisClient("https://dashboard.bandwidth.com", a, u, p, "v3"); }
              }
              """
          )
        );
    }

    @Test
    void sdkNotOnTheClasspathMatchedByImport() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion()).typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class Sdk {
                  Object client(String a, String u, String p) { return new IrisClient(a, u, p); }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class Sdk {
                  Object client(String a, String u, String p) { return new IrisClient("https://dashboard.bandwidth.com", a, u, p, "api/v2"); }
              }
              """
          )
        );
    }

    @Test
    void versionTakenFromElsewhereIsFlagged() {
        rewriteRun(
          //language=java
          java(
            """
              class Versioned {
                  String url(String version, String id) { return "https://dashboard.bandwidth.com/api/" + version + "/accounts/" + id; }
              }
              """,
            """
              class Versioned {
                  String url(String version, String id) { return /*~~([BW001] v2 of the Dashboard API lives under /api/v2/, and /api is v1; make the version that follows /api resolve to /api/v2)~~>*/"https://dashboard.bandwidth.com/api/" + version + "/accounts/" + id; }
              }
              """
          )
        );
    }

    @Test
    void valueDefaultOnAConstructorParameterAndPlaceholderDefaultInProperties() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.springframework.beans.factory.annotation.Value;
              class IrisClientConfig {
                  IrisClientConfig(@Value("${iris.url:https://dashboard.bandwidth.com/api}") String url) { }
              }
              """,
            """
              import org.springframework.beans.factory.annotation.Value;
              class IrisClientConfig {
                  IrisClientConfig(@Value("${iris.url:https://dashboard.bandwidth.com/api/v2}") String url) { }
              }
              """
          ),
          properties("iris.url=${IRIS_URL:https://dashboard.bandwidth.com/api}\n", "iris.url=${IRIS_URL:https://dashboard.bandwidth.com/api/v2}\n", spec -> spec.path("src/main/resources/application.properties"))
        );
    }

    @Test
    void migrateCompositeFixesTwoRulesOnOneLiteral() {
        rewriteRun(
          spec -> spec.recipeFromResources("io.github.irismigrate.MigrateToApiV2"),
          //language=java
          java(
            """
              class Both {
                  String a = "https://dashboard.bandwidth.com/api/accounts/1/addresses";
                  String b = "https://dashboard.bandwidth.com/v1.0/accounts/1/importTnOrders/7/history";
              }
              """,
            """
              class Both {
                  String a = "https://dashboard.bandwidth.com/api/v2/accounts/1/e911Addresses";
                  String b = "https://dashboard.bandwidth.com/api/v2/accounts/1/importTnOrders/messaging/7/history";
              }
              """
          )
        );
    }

    @Test
    void findCompositeMarksTwoRulesOnOneLiteral() {
        rewriteRun(
          spec -> spec.recipeFromResources("io.github.irismigrate.FindApiV1Usages"),
          //language=java
          java(
            """
              class Both {
                  String a = "https://dashboard.bandwidth.com/api/accounts/1/addresses";
              }
              """,
            """
              class Both {
                  String a = /*~~([BW001] v2 of the Dashboard API lives under /api/v2/, and /api is v1; use https://dashboard.bandwidth.com/api/v2 (/api becomes /api/v2))~~>*//*~~([BW002] E911 addresses moved to /accounts/{id}/e911Addresses in v2, and /addresses is now a different resource (reusable addresses) that answers without error; change /addresses to /e911Addresses)~~>*/"https://dashboard.bandwidth.com/api/accounts/1/addresses";
              }
              """
          )
        );
    }

    @Test
    void versionAsItsOwnSegmentAfterTheHost() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              class Segments {
                  Object ok(String id) {
                      return new okhttp3.HttpUrl.Builder().scheme("https").host("dashboard.bandwidth.com").addPathSegment("api").addPathSegment("accounts").addPathSegment(id).build();
                  }
                  Object spring(String id) {
                      return org.springframework.web.util.UriComponentsBuilder.newInstance().scheme("https").host("dashboard.bandwidth.com").pathSegment("v1.0", "accounts", id).build();
                  }
              }
              """,
            """
              class Segments {
                  Object ok(String id) {
                      return new okhttp3.HttpUrl.Builder().scheme("https").host("dashboard.bandwidth.com").addPathSegments("api/v2").addPathSegment("accounts").addPathSegment(id).build();
                  }
                  Object spring(String id) {
                      return org.springframework.web.util.UriComponentsBuilder.newInstance().scheme("https").host("dashboard.bandwidth.com").pathSegment("api", "v2", "accounts", id).build();
                  }
              }
              """
          )
        );
    }

    @Test
    void sdkSubclassSuperCall() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class TracingIrisClient extends IrisClient {
                  TracingIrisClient(String accountId, String user, String password) {
                      super(accountId, user, password);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class TracingIrisClient extends IrisClient {
                  TracingIrisClient(String accountId, String user, String password) {
                      super("https://dashboard.bandwidth.com", accountId, user, password, "api/v2");
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class LegacyIrisClient extends com.bandwidth.iris.sdk.IrisClient {
                  LegacyIrisClient(String accountId, String user, String password) {
                      super("https://dashboard.bandwidth.com/api", accountId, user, password, "v1.0");
                  }
              }
              """,
            """
              class LegacyIrisClient extends com.bandwidth.iris.sdk.IrisClient {
                  LegacyIrisClient(String accountId, String user, String password) {
                      super("https://dashboard.bandwidth.com", accountId, user, password, "api/v2");
                  }
              }
              """
          )
        );
    }

    @Test
    void xmlCdataJsonArrayAndEscapedJavaStrings() {
        rewriteRun(
          //language=xml
          xml(
            """
              <config><url><![CDATA[https://dashboard.bandwidth.com/api]]></url></config>
              """,
            """
              <config><url><![CDATA[https://dashboard.bandwidth.com/api/v2]]></url></config>
              """,
            spec -> spec.path("src/main/resources/config.xml")
          ),
          //language=json
          json(
            """
              {"urls": ["https://dashboard.bandwidth.com/v1.0", "https://voice.bandwidth.com/api/v2"]}
              """,
            """
              {"urls": ["https://dashboard.bandwidth.com/api/v2", "https://voice.bandwidth.com/api/v2"]}
              """,
            spec -> spec.path("src/main/resources/urls.json")
          ),
          //language=java
          java(
            """
              class Escaped {
                  String json = "{\\"url\\": \\"https://dashboard.bandwidth.com/api\\"}";
                  String line = "https://dashboard.bandwidth.com/api\\n";
              }
              """,
            """
              class Escaped {
                  String json = "{\\"url\\": \\"https://dashboard.bandwidth.com/api/v2\\"}";
                  String line = "https://dashboard.bandwidth.com/api/v2\\n";
              }
              """
          )
        );
    }

    /**
     * A configuration class of the project's own with a lookup of a dotted key and a default
     * ({@code get("iris.host", "https://dashboard.bandwidth.com")}): the path fragment appended to it is the Dashboard's.
     */
    @Test
    void fragmentAppendedToAHostReadByTheProjectsOwnConfigLookup() {
        rewriteRun(
          //language=java
          java(
            """
              import java.util.Properties;
              class ToolkitConfig {
                  private final Properties props = new Properties();
                  private String get(String key, String fallback) {
                      return props.getProperty(key, fallback);
                  }
                  String irisHost() {
                      return get("iris.host", "https://dashboard.bandwidth.com");
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class OrderStatusPoller {
                  private final String ordersUrl;
                  OrderStatusPoller(ToolkitConfig config, String account) {
                      this.ordersUrl = config.irisHost() + "/v1.0/accounts/" + account + "/orders";
                  }
              }
              """,
            """
              class OrderStatusPoller {
                  private final String ordersUrl;
                  OrderStatusPoller(ToolkitConfig config, String account) {
                      this.ordersUrl = config.irisHost() + "/api/v2/accounts/" + account + "/orders";
                  }
              }
              """
          )
        );
    }

    /**
     * A request made inside a print call by a client method handed a {@code URI} that answers the body as a String
     * ({@code println("Account: " + http.get(URI.create(HOST + "/api/accounts/" + id)).length())}): the request is
     * made, so its v1 path is rewritten. A URL only mentioned in the message, or handed to a static helper that
     * describes it, is left alone.
     */
    @Test
    void requestAnsweringTextMadeInsideAPrintCall() {
        rewriteRun(
          //language=java
          java(
            """
              import java.net.URI;
              class DiagnoseCommand {
                  private static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";
                  interface Http { String get(URI uri); }
                  Http http;
                  void run(String accountId) {
                      System.out.println("Account: " + http.get(URI.create(DASHBOARD_HOST + "/api/accounts/" + accountId)).length() + " bytes");
                      System.out.println("Docs: " + DASHBOARD_HOST + "/api/accounts/" + accountId);
                      System.out.println("Next: " + describe(URI.create(DASHBOARD_HOST + "/api/accounts/" + accountId)));
                  }
                  static String describe(URI uri) {
                      return uri.getHost();
                  }
              }
              """,
            """
              import java.net.URI;
              class DiagnoseCommand {
                  private static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";
                  interface Http { String get(URI uri); }
                  Http http;
                  void run(String accountId) {
                      System.out.println("Account: " + http.get(URI.create(DASHBOARD_HOST + "/api/v2/accounts/" + accountId)).length() + " bytes");
                      System.out.println("Docs: " + DASHBOARD_HOST + "/api/accounts/" + accountId);
                      System.out.println("Next: " + describe(URI.create(DASHBOARD_HOST + "/api/accounts/" + accountId)));
                  }
                  static String describe(URI uri) {
                      return uri.getHost();
                  }
              }
              """
          )
        );
    }

    /**
     * The same lookup with an environment variable tried first ({@code get("DASHBOARD_BASE_URL", "dashboard.baseUrl",
     * "https://dashboard.bandwidth.com/api")}): the default is the Dashboard's v1 base, rewritten where it is written;
     * the default of a lookup whose key is another host's stays.
     */
    @Test
    void defaultOfALookupThatTriesAnEnvironmentVariableFirst() {
        rewriteRun(
          //language=java
          java(
            """
              import java.util.Properties;
              final class AppConfig {
                  private final Properties props = new Properties();
                  private String get(String envName, String key, String fallback) {
                      String fromEnv = System.getenv(envName);
                      return fromEnv != null ? fromEnv : props.getProperty(key, fallback);
                  }
                  String dashboardBaseUrl() {
                      return get("DASHBOARD_BASE_URL", "dashboard.baseUrl", "https://dashboard.bandwidth.com/api");
                  }
                  String crmBaseUrl() {
                      return get("CRM_BASE_URL", "crm.baseUrl", "https://crm.example.com/api");
                  }
              }
              """,
            """
              import java.util.Properties;
              final class AppConfig {
                  private final Properties props = new Properties();
                  private String get(String envName, String key, String fallback) {
                      String fromEnv = System.getenv(envName);
                      return fromEnv != null ? fromEnv : props.getProperty(key, fallback);
                  }
                  String dashboardBaseUrl() {
                      return get("DASHBOARD_BASE_URL", "dashboard.baseUrl", "https://dashboard.bandwidth.com/api/v2");
                  }
                  String crmBaseUrl() {
                      return get("CRM_BASE_URL", "crm.baseUrl", "https://crm.example.com/api");
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class OrderStatusPoller {
                  private final String ordersUrl;
                  OrderStatusPoller(AppConfig config, String account) {
                      this.ordersUrl = config.dashboardBaseUrl() + "/accounts/" + account + "/orders";
                  }
              }
              """
          )
        );
    }

    /**
     * Vert.x, typed with the real jars: a web client's request on the Dashboard's host with a v1 path is rewritten;
     * the routes of the service's own router are its endpoints, left alone.
     */
    @Nested
    class Vertx implements RewriteTest {
        @Override
        public void defaults(RecipeSpec spec) {
            spec.recipe(new V1BasePath()).parser(VertxJars.parser());
        }

        /**
         * A request builder of the project's own, started on the web client, with v1's {@code api} segment: flagged, as
         * a {@code segment("api/v2")} could be encoded as one segment ({@code api%2Fv2}) by a builder the tool does not
         * know.
         */
        @Test
        void ownRequestBuilderSegments() {
            rewriteRun(
              java(OwnRequestBuilderStub.DASHBOARD_REQUEST_BUILDER),
              //language=java
              java(
                """
                  package com.acme.e911;
                  import com.acme.http.DashboardRequestBuilder;
                  import io.vertx.ext.web.client.WebClient;
                  class Addresses {
                      static final String HOST = "dashboard.bandwidth.com";
                      WebClient web;
                      void create(String account) {
                          DashboardRequestBuilder.on(web).host(HOST, 443, true)
                              .segment("api").segment("accounts").segment(account).segment("e911Addresses")
                              .build()
                              .send();
                      }
                  }
                  """,
                """
                  package com.acme.e911;
                  import com.acme.http.DashboardRequestBuilder;
                  import io.vertx.ext.web.client.WebClient;
                  class Addresses {
                      static final String HOST = "dashboard.bandwidth.com";
                      WebClient web;
                      void create(String account) {
                          DashboardRequestBuilder.on(web).host(HOST, 443, true)
                              .segment(/*~~([BW001] v2 of the Dashboard API lives under /api/v2/, and /api is v1; use https://dashboard.bandwidth.com/api/v2 (/api becomes /api/v2))~~>*/"api").segment("accounts").segment(account).segment("e911Addresses")
                              .build()
                              .send();
                      }
                  }
                  """
              )
            );
        }

        @Test
        void webClientRequestAndOwnRoutes() {
            rewriteRun(
              //language=java
              java(
                """
                  import io.vertx.ext.web.Router;
                  import io.vertx.ext.web.client.WebClient;
                  class Numbers {
                      static final String HOST = "dashboard.bandwidth.com";
                      WebClient web;
                      void sites(String account) {
                          web.get(443, HOST, "/api/accounts/" + account + "/sites").ssl(true).send();
                      }
                      void routes(Router router) {
                          router.get("/api/accounts/:accountId/sites").handler(ctx -> ctx.end());
                      }
                  }
                  """,
                """
                  import io.vertx.ext.web.Router;
                  import io.vertx.ext.web.client.WebClient;
                  class Numbers {
                      static final String HOST = "dashboard.bandwidth.com";
                      WebClient web;
                      void sites(String account) {
                          web.get(443, HOST, "/api/v2/accounts/" + account + "/sites").ssl(true).send();
                      }
                      void routes(Router router) {
                          router.get("/api/accounts/:accountId/sites").handler(ctx -> ctx.end());
                      }
                  }
                  """
              )
            );
        }
    }

    /** Micronaut's declarative clients, typed with the real Micronaut jars. */
    @Nested
    class Micronaut implements RewriteTest {
        @Override
        public void defaults(RecipeSpec spec) {
            spec.recipe(new V1BasePath()).parser(MicronautJars.parser());
        }

        static final String SERVICES = """
          micronaut:
            http:
              services:
                dashboard:
                  url: https://dashboard.bandwidth.com
                crm:
                  url: https://crm.example.com
          dashboard:
            account-id: 9900123
          """;

        /**
         * A client of a configured service ({@code @Client(id = "dashboard", path = "/api/accounts/..")}) on the
         * Dashboard's host: its path carries v1's /api; another service's client with the same path is not touched.
         */
        @Test
        void pathOfAClientOfAConfiguredService() {
            rewriteRun(
              yaml(SERVICES, spec -> spec.path("src/main/resources/application.yml")),
              //language=java
              java(
                """
                  import io.micronaut.http.annotation.Get;
                  import io.micronaut.http.client.annotation.Client;
                  @Client(id = "dashboard", path = "/api/accounts/${dashboard.account-id}")
                  interface OrdersClient {
                      @Get("/orders/{orderId}")
                      String order(String orderId);
                  }
                  """,
                """
                  import io.micronaut.http.annotation.Get;
                  import io.micronaut.http.client.annotation.Client;
                  @Client(id = "dashboard", path = "/api/v2/accounts/${dashboard.account-id}")
                  interface OrdersClient {
                      @Get("/orders/{orderId}")
                      String order(String orderId);
                  }
                  """
              ),
              //language=java
              java(
                """
                  import io.micronaut.http.annotation.Get;
                  import io.micronaut.http.client.annotation.Client;
                  @Client(id = "crm", path = "/api/accounts/{accountId}")
                  interface CrmClient {
                      @Get("/orders")
                      String orders(String accountId);
                  }
                  """
              ),
              //language=java
              java(
                """
                  import io.micronaut.http.annotation.Controller;
                  import io.micronaut.http.annotation.Get;
                  @Controller("/api/accounts/{accountId}")
                  class OwnOrdersController {
                      @Get("/orders")
                      String orders(String accountId) {
                          return "[]";
                      }
                  }
                  """
              )
            );
        }

        /**
         * Tests that get a mock server's /api base from a helper (held, or called statically) assert paths whose /api
         * comes from that base: flagged, not rewritten. A test of a client whose own path carries the /api is
         * rewritten with it.
         */
        @Test
        void testsOnAMockBaseFromAHelper() {
            rewriteRun(
              yaml(SERVICES + "  url: https://dashboard.bandwidth.com/api\n", SERVICES + "  url: https://dashboard.bandwidth.com/api/v2\n",
                spec -> spec.path("src/main/resources/application.yml")),
              //language=java
              java(
                """
                  package com.acme;
                  import io.micronaut.http.annotation.Get;
                  import io.micronaut.http.client.annotation.Client;
                  @Client(id = "dashboard", path = "/api/accounts/${dashboard.account-id}")
                  public interface OrdersClient {
                      @Get("/orders/{orderId}")
                      String order(String orderId);
                  }
                  """,
                """
                  package com.acme;
                  import io.micronaut.http.annotation.Get;
                  import io.micronaut.http.client.annotation.Client;
                  @Client(id = "dashboard", path = "/api/v2/accounts/${dashboard.account-id}")
                  public interface OrdersClient {
                      @Get("/orders/{orderId}")
                      String order(String orderId);
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme;
                  import io.micronaut.http.annotation.Get;
                  import io.micronaut.http.client.annotation.Client;
                  @Client("${dashboard.url}")
                  public interface SitesClient {
                      @Get("/accounts/{accountId}/sites")
                      String sites(String accountId);
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme;
                  import java.util.Map;
                  public class MockDashboard {
                      int port = 18089;
                      public static Map<String, Object> at(int port) {
                          return Map.of("dashboard.url", "http://localhost:" + port + "/api");
                      }
                      public Map<String, Object> properties() {
                          return Map.of("dashboard.url", "http://localhost:" + port + "/api",
                                  "micronaut.http.services.dashboard.url", "http://localhost:" + port);
                      }
                  }
                  """,
                spec -> spec.path("src/test/java/com/acme/MockDashboard.java")
              ),
              //language=java
              java(
                """
                  package com.acme;
                  class SitesClientTest {
                      void sites(SitesClient client, MockDashboard dashboard) {
                          client.sites("9900123");
                          assert "/api/accounts/9900123/sites".equals(dashboard.toString());
                      }
                  }
                  """,
                """
                  package com.acme;
                  class SitesClientTest {
                      void sites(SitesClient client, MockDashboard dashboard) {
                          client.sites("9900123");
                          assert %s"/api/accounts/9900123/sites".equals(dashboard.toString());
                      }
                  }
                  """.formatted(MOCK_BASE_FLAG),
                spec -> spec.path("src/test/java/com/acme/SitesClientTest.java")
              ),
              //language=java
              java(
                """
                  package com.acme;
                  class SitesStaticTest {
                      Object sites(SitesClient client) {
                          client.sites("9900123");
                          return MockDashboard.at(18089).get("/api/accounts/9900123/sites");
                      }
                  }
                  """,
                """
                  package com.acme;
                  class SitesStaticTest {
                      Object sites(SitesClient client) {
                          client.sites("9900123");
                          return MockDashboard.at(18089).get(%s"/api/accounts/9900123/sites");
                      }
                  }
                  """.formatted(MOCK_BASE_FLAG),
                spec -> spec.path("src/test/java/com/acme/SitesStaticTest.java")
              ),
              //language=java
              java(
                """
                  package com.acme;
                  class OrdersClientTest {
                      void order(OrdersClient client, MockDashboard dashboard) {
                          client.order("77");
                          assert "/api/accounts/9900123/orders/77".equals(dashboard.toString());
                      }
                  }
                  """,
                """
                  package com.acme;
                  class OrdersClientTest {
                      void order(OrdersClient client, MockDashboard dashboard) {
                          client.order("77");
                          assert "/api/v2/accounts/9900123/orders/77".equals(dashboard.toString());
                      }
                  }
                  """,
                spec -> spec.path("src/test/java/com/acme/OrdersClientTest.java")
              )
            );
        }
    }

    @Nested
    class NoChange {

        /**
         * A web application's servlet mapping ({@code <url-pattern>/api/accounts/*</url-pattern>} in web.xml) is a route
         * the application serves, in a project whose context-param holds the Dashboard's v1 base (which is flagged).
         */
        @Test
        void servletMappingOfTheApplicationsOwnRoute() {
            rewriteRun(
              //language=xml
              xml(
                """
                  <web-app>
                    <context-param>
                      <param-name>iris.baseUrl</param-name>
                      <param-value>https://dashboard.bandwidth.com/api</param-value>
                    </context-param>
                    <servlet-mapping>
                      <servlet-name>customerAddresses</servlet-name>
                      <url-pattern>/api/accounts/*</url-pattern>
                    </servlet-mapping>
                  </web-app>
                  """,
                """
                  <web-app>
                    <context-param>
                      <param-name>iris.baseUrl</param-name>
                      <param-value>https://dashboard.bandwidth.com/api/v2</param-value>
                    </context-param>
                    <servlet-mapping>
                      <servlet-name>customerAddresses</servlet-name>
                      <url-pattern>/api/accounts/*</url-pattern>
                    </servlet-mapping>
                  </web-app>
                  """,
                spec -> spec.path("src/main/webapp/WEB-INF/web.xml")
              )
            );
        }

        /**
         * A controller test of the application's own endpoint through MockMvc
         * ({@code mvc.perform(get("/api/accounts/{accountId}/numbers/search?areaCode=919", id))}), in a class that
         * also holds a Dashboard URL: MockMvc calls the application, never the Dashboard.
         */
        @Test
        void ownEndpointCalledThroughMockMvc() {
            rewriteRun(
              spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spring-test", "spring-core", "spring-web")),
              //language=java
              java(
                """
                  import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
                  import org.springframework.test.web.servlet.MockMvc;
                  class NumberControllerTest {
                      static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2/accounts/1/availableNumbers";
                      void searches(MockMvc mvc) throws Exception {
                          mvc.perform(get("/api/accounts/{accountId}/numbers/search?areaCode=919", "C-10442"));
                      }
                  }
                  """
              )
            );
        }

        /**
         * A test that gives the client a mock server's base ending in /api (v1's layout) asserts the paths the mock
         * received: their /api comes from that base, and a fix there would break the test, so they are flagged only
         * (the mock's base itself, on localhost, is not the Dashboard's).
         */
        @Test
        void pathsAMockServerReceivedUnderItsOwnApiBase() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              java(
                """
                  package com.acme.iris;
                  import java.net.URI;
                  import java.net.http.HttpClient;
                  import java.net.http.HttpRequest;
                  import java.net.http.HttpResponse;
                  public class DashboardClient {
                      static final String PROD = "https://dashboard.bandwidth.com/api/v2";
                      private final HttpClient http = HttpClient.newHttpClient();
                      private final String base;
                      public DashboardClient(String base) { this.base = base; }
                      public String orders(String account) throws Exception {
                          HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/accounts/" + account + "/orders")).build();
                          return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                      }
                  }
                  """
              ),
              java(
                """
                  package com.acme.iris;
                  import okhttp3.mockwebserver.MockWebServer;
                  import static org.assertj.core.api.Assertions.assertThat;
                  class DashboardClientTest {
                      MockWebServer server = new MockWebServer();
                      void ordersGoToTheAccount() throws Exception {
                          DashboardClient client = new DashboardClient(server.url("/api").toString());
                          client.orders("9900217");
                          assertThat(server.takeRequest().getPath()).isEqualTo("/api/accounts/9900217/orders");
                      }
                  }
                  """,
                """
                  package com.acme.iris;
                  import okhttp3.mockwebserver.MockWebServer;
                  import static org.assertj.core.api.Assertions.assertThat;
                  class DashboardClientTest {
                      MockWebServer server = new MockWebServer();
                      void ordersGoToTheAccount() throws Exception {
                          DashboardClient client = new DashboardClient(server.url("/api").toString());
                          client.orders("9900217");
                          assertThat(server.takeRequest().getPath()).isEqualTo(%s"/api/accounts/9900217/orders");
                      }
                  }
                  """.formatted(MOCK_BASE_FLAG),
                spec -> spec.path("src/test/java/com/acme/iris/DashboardClientTest.java")
              )
            );
        }

        @Test
        void otherBandwidthApis() {
            rewriteRun(
              //language=java
              java(
                """
                  class OtherApis {
                      String messaging = "https://messaging.bandwidth.com/api/v2/users/{accountId}/messages";
                      String voice = "https://voice.bandwidth.com/api/v2/accounts/{accountId}/calls";
                      String mfa = "https://mfa.bandwidth.com/api/v1/accounts/{accountId}/code/voice";
                      String lookup = "https://api.bandwidth.com/v2/accounts/{accountId}/tnLookup";
                      String tollFree = "https://api.bandwidth.com/api/v2/accounts/{id}/tollFreeVerification/webhooks/subscriptions";
                      String catapult = "https://api.catapult.inetwork.com/v1/users/{userId}/availableNumbers/local?areaCode=919";
                      String portal = "https://webui.inetwork.com/v1.0/accounts/1";
                  }
                  """
              )
            );
        }

        @Test
        void alreadyV2() {
            rewriteRun(
              //language=java
              java(
                """
                  import com.bandwidth.iris.sdk.IrisClient;
                  class AlreadyV2 {
                      String a = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites";
                      String b = "https://dashboard.bandwidth.com/api/v2";
                      IrisClient client(String accountId, String user, String password) {
                          return new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2");
                      }
                  }
                  """
              ),
              properties("iris.url=https://test.dashboard.bandwidth.com/api/v2\n")
            );
        }

        @Test
        void customersOwnApiEndpoints() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  import org.springframework.web.bind.annotation.GetMapping;
                  import org.springframework.web.bind.annotation.RestController;
                  @RestController
                  class AccountsController {
                      @GetMapping("/api/accounts/{id}/sites")
                      String sites(String id) { return id; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  class LocalCalls {
                      String local = "http://localhost:8080/api/accounts/1/sites";
                      String own = "https://api.acme.com/api/accounts/1/sites";
                      String relative(String id) { return "/api/accounts/" + id + "/profile"; }
                  }
                  """
              )
            );
        }

        @Test
        void feignClientToTheCustomersOwnServiceInADashboardProject() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  import org.springframework.cloud.openfeign.FeignClient;
                  import org.springframework.web.bind.annotation.GetMapping;
                  @FeignClient(name = "billing", url = "${billing.url}")
                  interface Billing {
                      @GetMapping("/api/accounts/{id}/invoices")
                      Object invoices(String id);
                  }
                  """
              ),
              properties("billing.url=https://billing.acme.com\niris.url=https://dashboard.bandwidth.com/api/v2\n")
            );
        }

        @Test
        void generatedServerInterfaceImplementedByAController() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  import org.springframework.web.bind.annotation.GetMapping;
                  public interface AccountsApi {
                      @GetMapping("/api/accounts/{id}/profile")
                      Object get(String id);
                  }
                  """
              ),
              //language=java
              java(
                """
                  import org.springframework.web.bind.annotation.RestController;
                  @RestController
                  class AccountsController implements AccountsApi {
                      public Object get(String id) { return id; }
                  }
                  """
              ),
              properties("iris.url=https://dashboard.bandwidth.com/api/v2\n", spec -> spec.path("src/main/resources/application.properties"))
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
                   * Talks to https://dashboard.bandwidth.com/api/accounts/{id}/sites.
                   */
                  class Documented {
                      private static final Logger log = LoggerFactory.getLogger(Documented.class);
                      // v1: https://dashboard.bandwidth.com/v1.0/accounts/1
                      void call(String id) {
                          log.info("calling https://dashboard.bandwidth.com/api/accounts/" + id + "/sites");
                          System.out.println("see https://dashboard.bandwidth.com/api/");
                          throw new IllegalStateException("https://dashboard.bandwidth.com/api/accounts/" + id + " failed");
                      }
                  }
                  """
              )
            );
        }

        /**
         * A usage or help text that quotes the base URL in a sentence is no request; a request line in a text
         * ({@code "GET https://.."}) and a URL after a label are still read.
         */
        @Test
        void urlQuotedInAUsageText() {
            rewriteRun(
              //language=java
              java(
                """
                  final class Main {
                      private static final String USAGE = String.join("\\n",
                              "usage: backoffice <sync|subscribe>",
                              "  Dashboard base URL defaults to https://dashboard.bandwidth.com/api (iris.base-url)");
                      private static final String HELP = "The Dashboard is at https://dashboard.bandwidth.com/api/accounts/1 for this account.";
                  }
                  """
              )
            );
        }

        @Test
        void requestLineInAText() {
            rewriteRun(
              //language=java
              java(
                """
                  final class Runbook {
                      static final String CURL = "curl -X GET https://dashboard.bandwidth.com/api/accounts/1/sites";
                  }
                  """,
                """
                  final class Runbook {
                      static final String CURL = "curl -X GET https://dashboard.bandwidth.com/api/v2/accounts/1/sites";
                  }
                  """
              )
            );
        }

        @Test
        void subclassOfAnotherProductsIrisClient() {
            rewriteRun(
              //language=java
              java(
                """
                  package com.iris.client;
                  public class IrisClient {
                      public IrisClient(String accountId, String user, String password) { }
                  }
                  """
              ),
              //language=java
              java(
                """
                  class MyClient extends com.iris.client.IrisClient {
                      MyClient(String a, String u, String p) { super(a, u, p); }
                  }
                  """
              )
            );
        }

        @Test
        void anotherProductsIrisClient() {
            rewriteRun(
              //language=java
              java(
                """
                  package com.iris.client;
                  public class IrisClient {
                      public IrisClient(String accountId, String user, String password) { }
                      public IrisClient(String uri, String accountId, String user, String password, String version) { }
                  }
                  """
              ),
              //language=java
              java(
                """
                  import com.iris.client.IrisClient;
                  class OtherIris {
                      IrisClient a(String accountId, String user, String password) {
                          return new IrisClient(accountId, user, password);
                      }
                      IrisClient b(String accountId, String user, String password) {
                          return new IrisClient("https://iris.example.com", accountId, user, password, "v1.0");
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
            spec.recipe(new V1BasePath()).parser(KotlinParser.builder().classpath("spring-beans", "spring-web", "slf4j-api", "bandwidth-java-iris-sdk"));
        }

        @Test
        void literalsTemplatesConstantsAndAnnotationValues() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  import org.springframework.beans.factory.annotation.Value

                  const val BASE = "https://dashboard.bandwidth.com/api"

                  object Hosts {
                      const val TEST = "https://test.dashboard.bandwidth.com/v1.0"
                  }

                  class NumbersClient(@Value("\\${iris.url:https://dashboard.bandwidth.com/api/v1}") private val url: String) {
                      companion object {
                          private const val HOST = "https://dashboard.bandwidth.com"
                      }
                      fun inService(account: String) = "$BASE/accounts/$account/inserviceNumbers"
                      fun sites(account: String): String = "${HOST}/api/accounts/${account}/sites"
                      fun legacy(account: String) = String.format("https://api.inetwork.com/v1.0/accounts/%s/tns", account)
                      val orders = \"""
                          https://dashboard.bandwidth.com/api/accounts/9900123/orders
                      \""".trimIndent()
                  }
                  """,
                """
                  package com.acme.iris

                  import org.springframework.beans.factory.annotation.Value

                  const val BASE = "https://dashboard.bandwidth.com/api/v2"

                  object Hosts {
                      const val TEST = "https://test.dashboard.bandwidth.com/api/v2"
                  }

                  class NumbersClient(@Value("\\${iris.url:https://dashboard.bandwidth.com/api/v2}") private val url: String) {
                      companion object {
                          private const val HOST = "https://dashboard.bandwidth.com"
                      }
                      fun inService(account: String) = "$BASE/accounts/$account/inserviceNumbers"
                      fun sites(account: String): String = "${HOST}/api/v2/accounts/${account}/sites"
                      fun legacy(account: String) = String.format(/*~~([BW001] the legacy host api.inetwork.com/v1.0 serves only v1 of the Dashboard API; point this base URL at https://dashboard.bandwidth.com/api/v2 (check credentials and any path after it))~~>*/"https://api.inetwork.com/v1.0/accounts/%s/tns", account)
                      val orders = \"""
                          https://dashboard.bandwidth.com/api/v2/accounts/9900123/orders
                      \""".trimIndent()
                  }
                  """
              )
            );
        }
    
        @Test
        void pathFragmentOfAClientOnTheDashboardHostAndFormatOnAText() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  class SitesClient(private val host: String = "https://dashboard.bandwidth.com") {
                      fun sites(account: String) = host + "/v1.0/accounts/" + account + "/sites"
                      fun order(account: String, id: String) = "%s/api/accounts/%s/orders/%s".format(host, account, id)
                  }
                  """,
                """
                  package com.acme.iris

                  class SitesClient(private val host: String = "https://dashboard.bandwidth.com") {
                      fun sites(account: String) = host + "/api/v2/accounts/" + account + "/sites"
                      fun order(account: String, id: String) = "%s/api/v2/accounts/%s/orders/%s".format(host, account, id)
                  }
                  """
              )
            );
        }

        @Test
        void sdkClientsBuiltInKotlin() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  import com.bandwidth.iris.sdk.IrisClient

                  class Clients(private val account: String, private val user: String, private val password: String) {
                      fun production() = IrisClient(account, user, password)
                      fun test() = IrisClient("https://test.dashboard.bandwidth.com", account, user, password, "v1.0")
                  }
                  """,
                """
                  package com.acme.iris

                  import com.bandwidth.iris.sdk.IrisClient

                  class Clients(private val account: String, private val user: String, private val password: String) {
                      fun production() = IrisClient("https://dashboard.bandwidth.com", account, user, password, "api/v2")
                      fun test() = IrisClient("https://test.dashboard.bandwidth.com", account, user, password, "api/v2")
                  }
                  """
              )
            );
        }

        @Test
        void lookAlikes() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.sms

                  import org.slf4j.LoggerFactory
                  import org.springframework.web.bind.annotation.GetMapping
                  import org.springframework.web.bind.annotation.RestController

                  // was https://dashboard.bandwidth.com/api/accounts before the move
                  class SmsClient {
                      private val log = LoggerFactory.getLogger(SmsClient::class.java)
                      private val messaging = "https://messaging.bandwidth.com/api/v2/users/42/messages"
                      private val voice = "https://voice.bandwidth.com/api/v2/accounts/42/calls"
                      private val current = "https://dashboard.bandwidth.com/api/v2/accounts/42/sites"
                      private val own = "https://shop.acme.com/api/accounts/7/addresses"
                      fun send(account: String) {
                          log.info("moved off https://dashboard.bandwidth.com/api/accounts")
                          require(account.isNotEmpty()) { "no account for https://dashboard.bandwidth.com/api/accounts" }
                          if (account == "-") error("https://dashboard.bandwidth.com/api/accounts/$account is gone")
                          if (account == "?") throw IllegalStateException("https://dashboard.bandwidth.com/v1.0 refused")
                          println(own + messaging + voice + current)
                      }
                  }

                  @RestController
                  class OwnApi {
                      @GetMapping("/api/accounts/{id}/sites")
                      fun sites(id: String) = listOf<String>()
                  }
                  """
              )
            );
        }
    }
}
