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

class ExternalTnsRemovedTest implements RewriteTest {
    private static final String MESSAGE_TEXT = "[BW004] v2 has no /externalTns; send new inventory as POST "
            + "/accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST "
            + "/accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body";

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new ExternalTnsRemoved())
          .parser(JavaParser.fromJavaVersion().classpath("bandwidth-java-iris-sdk"));
    }

    /**
     * The segment alone, handed to a helper that posts to the account's URL, in a class that talks to the Dashboard;
     * not when the helper only writes it into a log line and an exception's message (a label of the call).
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
                  void importExternal(String order) {
                      post("externalTns", order);
                      check(200, "externalTns");
                  }
                  private void post(String path, String xml) {
                      client.target(ACCOUNT).path(path).request().post(Entity.xml(xml));
                  }
                  private static void check(int status, String what) {
                      if (status >= 400) {
                          System.getLogger("dashboard").log(System.Logger.Level.WARNING, "call " + what + " failed");
                          throw new IllegalStateException("Dashboard call " + what + " failed with HTTP " + status);
                      }
                  }
              }
              """,
            """
              import jakarta.ws.rs.client.Client;
              import jakarta.ws.rs.client.Entity;
              class LabReset {
                  static final String ACCOUNT = "https://test.dashboard.bandwidth.com/api/v2/accounts/9900713";
                  Client client;
                  void importExternal(String order) {
                      post(/*~~(%s)~~>*/"externalTns", order);
                      check(200, "externalTns");
                  }
                  private void post(String path, String xml) {
                      client.target(ACCOUNT).path(path).request().post(Entity.xml(xml));
                  }
                  private static void check(int status, String what) {
                      if (status >= 400) {
                          System.getLogger("dashboard").log(System.Logger.Level.WARNING, "call " + what + " failed");
                          throw new IllegalStateException("Dashboard call " + what + " failed with HTTP " + status);
                      }
                  }
              }
              """.formatted(MESSAGE_TEXT)
          )
        );
    }

    /**
     * A map of the account's paths, read by key in a class that talks to the Dashboard: the key {@code "externalTns"}
     * names an entry, it is not a path (the path is the value, reported where it is written). A key that is a path
     * ({@code routes.get("/accounts/1/externalTns")}) is still one.
     */
    @Test
    void mapKeyIsNotAPath() {
        rewriteRun(
          //language=java
          java(
            """
              import java.util.Map;
              import java.util.Properties;
              class PathOverrides {
                  static final String ACCOUNT = "https://dashboard.bandwidth.com/api/v2/accounts/9900713";
                  Map<String, String> paths;
                  Map<String, Runnable> routes;
                  Properties overrides;
                  String externalPath() {
                      if (paths.containsKey("externalTns")) {
                          return ACCOUNT + paths.getOrDefault("externalTns", "");
                      }
                      routes.get("/accounts/1/externalTns");
                      return ACCOUNT + overrides.getProperty("externalTns");
                  }
              }
              """,
            """
              import java.util.Map;
              import java.util.Properties;
              class PathOverrides {
                  static final String ACCOUNT = "https://dashboard.bandwidth.com/api/v2/accounts/9900713";
                  Map<String, String> paths;
                  Map<String, Runnable> routes;
                  Properties overrides;
                  String externalPath() {
                      if (paths.containsKey("externalTns")) {
                          return ACCOUNT + paths.getOrDefault("externalTns", "");
                      }
                      routes.get(/*~~(%s)~~>*/"/accounts/1/externalTns");
                      return ACCOUNT + overrides.getProperty("externalTns");
                  }
              }
              """.formatted(MESSAGE_TEXT)
          )
        );
    }

    @DocumentExample
    @Test
    void externalTnsWithUnknownParts() {
        rewriteRun(
          //language=java
          java(
            """
              class ExternalTnsClient {
                  String importExternal(String accountId) {
                      return "https://dashboard.bandwidth.com/api/accounts/" + accountId + "/externalTns";
                  }
              }
              """,
            """
              class ExternalTnsClient {
                  String importExternal(String accountId) {
                      return "https://dashboard.bandwidth.com/api/accounts/" + accountId + /*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"/externalTns";
                  }
              }
              """
          )
        );
    }

    @Test
    void directLiteralsAndSubPaths() {
        rewriteRun(
          //language=java
          java(
            """
              class Literals {
                  String a = "https://dashboard.bandwidth.com/v1.0/accounts/1/externalTns";
                  String b = "/accounts/{id}/externalTns/{orderId}";
              }
              """,
            """
              class Literals {
                  String a = /*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"https://dashboard.bandwidth.com/v1.0/accounts/1/externalTns";
                  String b = /*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"/accounts/{id}/externalTns/{orderId}";
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
                  public static final String BASE = "https://dashboard.bandwidth.com/api";
                  public static final String EXTERNAL = "externalTns";
              }
              """,
            """
              package com.acme.iris;
              public class IrisPaths {
                  public static final String BASE = "https://dashboard.bandwidth.com/api";
                  public static final String EXTERNAL = /*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"externalTns";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              class ExternalService {
                  String url(String accountId) {
                      return IrisPaths.BASE + "/accounts/" + accountId + "/" + IrisPaths.EXTERNAL;
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
                  String a(String base, String id) { return String.format("%s/accounts/%s/externalTns", base, id); }
                  String b(String base, String id) { return MessageFormat.format("{0}/accounts/{1}/externalTns", base, id); }
              }
              """,
            """
              import java.text.MessageFormat;
              class Formats {
                  String a(String base, String id) { return String.format(/*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"%s/accounts/%s/externalTns", base, id); }
                  String b(String base, String id) { return MessageFormat.format(/*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"{0}/accounts/{1}/externalTns", base, id); }
              }
              """
          )
        );
    }

    @Test
    void builderChainsAndSdkRawRequest() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import okhttp3.HttpUrl;
              import org.apache.http.client.utils.URIBuilder;
              import org.springframework.web.util.UriComponentsBuilder;
              class Builders {
                  static final String BASE = "https://dashboard.bandwidth.com/api";
                  String spring(String id) {
                      return UriComponentsBuilder.fromHttpUrl(BASE).pathSegment("accounts", id, "externalTns").toUriString();
                  }
                  HttpUrl ok(String id) {
                      return HttpUrl.parse(BASE).newBuilder().addPathSegment("accounts").addPathSegment(id).addPathSegment("externalTns").build();
                  }
                  java.net.URI apache(String id) throws Exception {
                      return new URIBuilder("https://api.inetwork.com").setPath("/v1.0/accounts/" + id + "/externalTns").build();
                  }
                  String sdk(IrisClient client) throws Exception {
                      return client.buildAccountModelUri(new String[]{"externalTns"});
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import okhttp3.HttpUrl;
              import org.apache.http.client.utils.URIBuilder;
              import org.springframework.web.util.UriComponentsBuilder;
              class Builders {
                  static final String BASE = "https://dashboard.bandwidth.com/api";
                  String spring(String id) {
                      return UriComponentsBuilder.fromHttpUrl(BASE).pathSegment("accounts", id, /*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"externalTns").toUriString();
                  }
                  HttpUrl ok(String id) {
                      return HttpUrl.parse(BASE).newBuilder().addPathSegment("accounts").addPathSegment(id).addPathSegment(/*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"externalTns").build();
                  }
                  java.net.URI apache(String id) throws Exception {
                      return new URIBuilder("https://api.inetwork.com").setPath("/v1.0/accounts/" + id + /*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"/externalTns").build();
                  }
                  String sdk(IrisClient client) throws Exception {
                      return client.buildAccountModelUri(new String[]{/*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"externalTns"});
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
                      https://dashboard.bandwidth.com/api/accounts/123/externalTns\""";
              }
              """,
            """
              class Template {
                  String url = /*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/\"""
                      https://dashboard.bandwidth.com/api/accounts/123/externalTns\""";
              }
              """
          )
        );
    }

    @Test
    void configurationFiles() {
        rewriteRun(
          properties(
            "iris.external-path=/accounts/{accountId}/externalTns\n",
            "~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>iris.external-path=/accounts/{accountId}/externalTns\n",
            spec -> spec.path("src/main/resources/application.properties")
          ),
          //language=yaml
          yaml(
            """
              iris:
                external: https://dashboard.bandwidth.com/api/accounts/123/externalTns
              """,
            """
              iris:
                external: ~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>https://dashboard.bandwidth.com/api/accounts/123/externalTns
              """,
            spec -> spec.path("src/main/resources/application.yml")
          ),
          //language=xml
          xml(
            """
              <endpoints>
                <external>https://dashboard.bandwidth.com/api/accounts/123/externalTns</external>
              </endpoints>
              """,
            """
              <endpoints>
                <external><!--~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>-->https://dashboard.bandwidth.com/api/accounts/123/externalTns</external>
              </endpoints>
              """,
            spec -> spec.path("src/main/resources/endpoints.xml")
          ),
          //language=json
          json(
            """
              {"externalUrl": "https://dashboard.bandwidth.com/api/accounts/123/externalTns"}
              """,
            """
              {"externalUrl": /*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"https://dashboard.bandwidth.com/api/accounts/123/externalTns"}
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
              class ExternalSettings {
                  @Value("${iris.external:https://dashboard.bandwidth.com/api/accounts/1/externalTns}")
                  private String externalUrl;
              }
              """,
            """
              import org.springframework.beans.factory.annotation.Value;
              class ExternalSettings {
                  @Value(/*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"${iris.external:https://dashboard.bandwidth.com/api/accounts/1/externalTns}")
                  private String externalUrl;
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
              interface IrisExternal {
                  @PostMapping("/accounts/{id}/externalTns")
                  String create(String id, String body);
              }
              """,
            """
              import feign.FeignClient;
              import feign.PostMapping;
              @FeignClient(name = "iris", url = "${iris.url}")
              interface IrisExternal {
                  @PostMapping(/*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"/accounts/{id}/externalTns")
                  String create(String id, String body);
              }
              """
          )
        );
    }

    @Test
    void findApiV1UsagesReportsEveryRuleOnOneLiteral() {
        rewriteRun(
          spec -> spec.recipeFromResources("io.github.irismigrate.FindApiV1Usages"),
          //language=java
          java(
            """
              class Client {
                  String u(String id) { return "https://dashboard.bandwidth.com/v1.0/accounts/" + id + "/externalTns"; }
              }
              """,
            """
              class Client {
                  String u(String id) { return /*~~([BW001] v2 of the Dashboard API lives under /api/v2/, and /v1.0 is v1; use https://dashboard.bandwidth.com/api/v2 (/v1.0 becomes /api/v2))~~>*/"https://dashboard.bandwidth.com/v1.0/accounts/" + id + /*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"/externalTns"; }
              }
              """
          )
        );
    }

    @Test
    void relativePathHandedToAnUntypedBuilder() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              class Relative {
                  String order(okhttp3.HttpUrl.Builder accountUrl, String id) {
                      return accountUrl.addPathSegments("externalTns/" + id).build().toString();
                  }
              }
              """,
            """
              class Relative {
                  String order(okhttp3.HttpUrl.Builder accountUrl, String id) {
                      return accountUrl.addPathSegments(/*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"externalTns/" + id).build().toString();
                  }
              }
              """
          )
        );
    }

    @Nested
    class NoChange {

        /** A route of the customer's own portal named after the Dashboard's, under a hyphenated segment: left alone. */
        @Test
        void ownRouteNamedAfterTheDashboardsUnderAHyphenatedSegment() {
            rewriteRun(
              //language=java
              java(
                """
                  class DashboardHosting {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                      String orders() { return BASE + "/orders"; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  final class PortalEndpoints {
                      static final String BASE_URL = "https://numbers-portal.qa.acme.example";
                      static final String EXTERNAL = "/api/hosted-messaging/externalTns";
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
                  class ExternalController {
                      @PostMapping("/api/accounts/{id}/externalTns")
                      String create(String id) { return id; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  class OtherHosts {
                      String local = "http://localhost:8080/api/accounts/1/externalTns";
                      String voice = "https://voice.bandwidth.com/api/v2/accounts/1/externalTns";
                      String catapult = "https://api.catapult.inetwork.com/v1/users/1/externalTns";
                  }
                  """
              )
            );
        }

        @Test
        void lookAlikeNames() {
            rewriteRun(
              //language=java
              java(
                """
                  class Names {
                      String a = "https://dashboard.bandwidth.com/api/v2/accounts/1/externalTnsReport";
                      String b = "/accounts/1/myExternalTns";
                      String externalTns = "externalTns-cache";
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
                   * Used /accounts/{id}/externalTns before v2.
                   */
                  class Documented {
                      private static final Logger log = LoggerFactory.getLogger(Documented.class);
                      // POST https://dashboard.bandwidth.com/api/accounts/1/externalTns
                      void call(String id) {
                          log.warn("posting to https://dashboard.bandwidth.com/api/accounts/" + id + "/externalTns");
                          throw new UnsupportedOperationException("/accounts/" + id + "/externalTns is gone");
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
            spec.recipe(new ExternalTnsRemoved()).parser(KotlinParser.builder());
        }

        @Test
        void flaggedInATemplateAndLeftAloneOnAnotherHost() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  class Inventory(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                      fun external(account: String) = "$base/accounts/$account/externalTns"
                      fun mirror(account: String) = "https://inventory.acme.com/accounts/$account/externalTns"
                  }
                  """,
                """
                  package com.acme.iris

                  class Inventory(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                      fun external(account: String) = /*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"$base/accounts/$account/externalTns"
                      fun mirror(account: String) = "https://inventory.acme.com/accounts/$account/externalTns"
                  }
                  """
              )
            );
        }
    }
}
