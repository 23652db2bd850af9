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

class E911AddressesTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new E911Addresses())
          .parser(JavaParser.fromJavaVersion().classpath("bandwidth-java-iris-sdk"));
    }

    /**
     * The base read by the project's own lookup that tries an environment variable first
     * ({@code get("DASHBOARD_BASE_URL", "dashboard.baseUrl", "https://dashboard.bandwidth.com/api/v2")}, or with the
     * key first): the addresses path appended to it goes to the Dashboard; the same path on another key's host does not.
     */
    @Test
    void pathAppendedToABaseReadByALookupThatTriesAnEnvironmentVariableFirst() {
        rewriteRun(
          //language=java
          java(
            """
              import java.util.Properties;
              final class AppConfig {
                  private final Properties props = new Properties();
                  private String get(String envName, String key, String fallback) {
                      String fromEnv = System.getenv(envName);
                      if (fromEnv != null && !fromEnv.isBlank()) {
                          return fromEnv.trim();
                      }
                      String value = props.getProperty(key);
                      return value != null ? value.trim() : fallback;
                  }
                  String baseUrl() {
                      return get("PLATFORM_BASE_URL", "platform.baseUrl", "https://dashboard.bandwidth.com/api/v2");
                  }
                  String crmUrl() {
                      return get("CRM_BASE_URL", "crm.baseUrl", "https://crm.example.com/api");
                  }
                  String sandboxUrl() {
                      String url = get("platform.sandboxUrl", "PLATFORM_SANDBOX_URL", "https://test.dashboard.bandwidth.com/api/v2");
                      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class AddressSync {
                  private final AppConfig config;
                  AddressSync(AppConfig config) {
                      this.config = config;
                  }
                  String sites(String account) {
                      return config.baseUrl() + "/accounts/" + account + "/addresses";
                  }
                  String customerSites(String account) {
                      return config.crmUrl() + "/accounts/" + account + "/addresses";
                  }
              }
              """,
            """
              class AddressSync {
                  private final AppConfig config;
                  AddressSync(AppConfig config) {
                      this.config = config;
                  }
                  String sites(String account) {
                      return config.baseUrl() + "/accounts/" + account + "/e911Addresses";
                  }
                  String customerSites(String account) {
                      return config.crmUrl() + "/accounts/" + account + "/addresses";
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class SandboxSync {
                  private final AppConfig config;
                  SandboxSync(AppConfig config) {
                      this.config = config;
                  }
                  String sites(String account) {
                      return config.sandboxUrl() + "/accounts/" + account + "/addresses";
                  }
              }
              """,
            """
              class SandboxSync {
                  private final AppConfig config;
                  SandboxSync(AppConfig config) {
                      this.config = config;
                  }
                  String sites(String account) {
                      return config.sandboxUrl() + "/accounts/" + account + "/e911Addresses";
                  }
              }
              """
          )
        );
    }

    @DocumentExample
    /**
     * A relative path handed to the project's URL helper beside the Dashboard's base, a constant of another class
     * ({@code BaseUrls.join(IrisHosts.PRODUCTION, "accounts/{id}/addresses")}): the path goes to the Dashboard.
     */
    @Test
    void pathJoinedToTheDashboardsBaseByAHelper() {
        rewriteRun(
          //language=java
          java(
            """
              public final class IrisHosts {
                  public static final String PRODUCTION = "https://dashboard.bandwidth.com/api/v2/";
              }
              """
          ),
          //language=java
          java(
            """
              public final class BaseUrls {
                  public static String join(String base, String path) {
                      return base.endsWith("/") ? base + path : base + "/" + path;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class E911Links {
                  String list(String accountId) {
                      return BaseUrls.join(IrisHosts.PRODUCTION, "accounts/{id}/addresses").replace("{id}", accountId);
                  }
              }
              """,
            """
              class E911Links {
                  String list(String accountId) {
                      return BaseUrls.join(IrisHosts.PRODUCTION, "accounts/{id}/e911Addresses").replace("{id}", accountId);
                  }
              }
              """
          )
        );
    }

    /**
     * Spring's HTTP interface with a path on the interface ({@code @HttpExchange("/accounts/{accountId}")}) and a
     * relative one on the method ({@code @GetExchange("addresses")}) and the host in the properties: Spring joins them, so it is the account's
     * addresses. Another vendor's interface with the same shape, whose base is another host, stays.
     */
    @Test
    void httpInterfaceMethodPathUnderTheInterfacePath() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          properties("dashboard.base-url=https://dashboard.bandwidth.com/api/v2\n", spec -> spec.path("src/main/resources/application.properties")),
          //language=java
          java(
            """
              import org.springframework.web.service.annotation.GetExchange;
              import org.springframework.web.service.annotation.HttpExchange;
              @HttpExchange(url = "${dashboard.base-url}/accounts/{accountId}")
              public interface DashboardE911Api {
                  @GetExchange("addresses")
                  String list(@org.springframework.web.bind.annotation.PathVariable String accountId);
                  @GetExchange("addresses/{addressId}")
                  String one(@org.springframework.web.bind.annotation.PathVariable String accountId, String addressId);
              }
              """,
            """
              import org.springframework.web.service.annotation.GetExchange;
              import org.springframework.web.service.annotation.HttpExchange;
              @HttpExchange(url = "${dashboard.base-url}/accounts/{accountId}")
              public interface DashboardE911Api {
                  @GetExchange("e911Addresses")
                  String list(@org.springframework.web.bind.annotation.PathVariable String accountId);
                  @GetExchange("e911Addresses/{addressId}")
                  String one(@org.springframework.web.bind.annotation.PathVariable String accountId, String addressId);
              }
              """
          ),
          //language=java
          java(
            """
              import org.springframework.web.service.annotation.GetExchange;
              import org.springframework.web.service.annotation.HttpExchange;
              @HttpExchange("https://api.shipfast.example/v1/accounts/{accountId}")
              public interface ShippingApi {
                  @GetExchange("addresses")
                  String list(@org.springframework.web.bind.annotation.PathVariable String accountId);
              }
              """
          )
        );
    }

    @Test
    void accountAddressesWithUnknownId() {
        rewriteRun(
          //language=java
          java(
            """
              class AddressClient {
                  String addresses(String accountId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/addresses";
                  }
                  String address(String accountId, String addressId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/addresses/" + addressId;
                  }
              }
              """,
            """
              class AddressClient {
                  String addresses(String accountId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/e911Addresses";
                  }
                  String address(String accountId, String addressId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/e911Addresses/" + addressId;
                  }
              }
              """
          )
        );
    }

    /**
     * A settings field bound by the project's own annotation with a default ({@code @EnvVar(name = "DASHBOARD_BASE_URL",
     * defaultValue = "https://dashboard.bandwidth.com/api/v2")}): the field's accessor gives a Dashboard base, and
     * a format of it with {@code /accounts/%s/addresses} is rewritten. The same shape on a field bound to the
     * customer's own service is left alone.
     */
    @Test
    void baseOfASettingsFieldBoundByTheProjectsOwnAnnotation() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.config;
              import java.lang.annotation.Retention;
              import java.lang.annotation.RetentionPolicy;
              @Retention(RetentionPolicy.RUNTIME)
              public @interface EnvVar {
                  String name();
                  String defaultValue() default "";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.config;
              public class DashboardSettings {
                  @EnvVar(name = "DASHBOARD_BASE_URL", defaultValue = "https://dashboard.bandwidth.com/api/v2")
                  String baseUrl;
                  @EnvVar(name = "CRM_BASE_URL", defaultValue = "https://crm.acme.example/api")
                  String crmUrl;
                  public String baseUrl() { return baseUrl; }
                  public String crmUrl() { return crmUrl; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.e911;
              import com.acme.config.DashboardSettings;
              class E911AddressService {
                  private final DashboardSettings settings;
                  E911AddressService(DashboardSettings settings) { this.settings = settings; }
                  String address(String accountId, String addressId) {
                      return String.format("%s/accounts/%s/addresses/%s", settings.baseUrl(), accountId, addressId);
                  }
                  String contact(String accountId, String addressId) {
                      return String.format("%s/accounts/%s/addresses/%s", settings.crmUrl(), accountId, addressId);
                  }
              }
              """,
            """
              package com.acme.e911;
              import com.acme.config.DashboardSettings;
              class E911AddressService {
                  private final DashboardSettings settings;
                  E911AddressService(DashboardSettings settings) { this.settings = settings; }
                  String address(String accountId, String addressId) {
                      return String.format("%s/accounts/%s/e911Addresses/%s", settings.baseUrl(), accountId, addressId);
                  }
                  String contact(String accountId, String addressId) {
                      return String.format("%s/accounts/%s/addresses/%s", settings.crmUrl(), accountId, addressId);
                  }
              }
              """
          )
        );
    }

    /**
     * A JAX-RS interface whose proxy a factory of the project builds ({@code proxies.create(E911AddressesApi.class)},
     * the factory handing the class to CXF's {@code JAXRSClientFactory.create(base, resource)} through an overload, on a
     * Dashboard base): its {@code @Path} is the Dashboard's. The same interface shape built by a factory of another
     * API's base is left alone.
     */
    @Test
    void jaxRsProxyBuiltByAFactoryOfTheProject() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("cxf-rt-rs-client", "jakarta.ws.rs-api"))
            .typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.config;
              import org.apache.cxf.jaxrs.client.JAXRSClientFactory;
              public class DashboardProxyFactory {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  public <T> T create(Class<T> resource) {
                      return create(BASE, resource);
                  }
                  public <T> T create(String baseAddress, Class<T> resource) {
                      return JAXRSClientFactory.create(baseAddress, resource);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              import org.apache.cxf.jaxrs.client.JAXRSClientFactory;
              public class CrmProxies {
                  static final String BASE = "https://crm.acme.example/api";
                  public <T> T proxy(Class<T> resource) {
                      return JAXRSClientFactory.create(BASE, resource);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import jakarta.ws.rs.GET;
              import jakarta.ws.rs.Path;
              import jakarta.ws.rs.PathParam;
              @Path("/accounts/{accountId}/addresses")
              public interface E911AddressesApi {
                  @GET
                  String list(@PathParam("accountId") String accountId);
              }
              """,
            """
              package com.acme.dashboard;
              import jakarta.ws.rs.GET;
              import jakarta.ws.rs.Path;
              import jakarta.ws.rs.PathParam;
              @Path("/accounts/{accountId}/e911Addresses")
              public interface E911AddressesApi {
                  @GET
                  String list(@PathParam("accountId") String accountId);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              import jakarta.ws.rs.GET;
              import jakarta.ws.rs.Path;
              import jakarta.ws.rs.PathParam;
              @Path("/accounts/{accountId}/addresses")
              public interface CustomerAddressesApi {
                  @GET
                  String list(@PathParam("accountId") String accountId);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.provisioning;
              import com.acme.config.DashboardProxyFactory;
              import com.acme.crm.CrmProxies;
              import com.acme.crm.CustomerAddressesApi;
              import com.acme.dashboard.E911AddressesApi;
              class E911ProvisioningService {
                  private final E911AddressesApi addresses;
                  private final CustomerAddressesApi customers;
                  E911ProvisioningService(DashboardProxyFactory proxies, CrmProxies crm) {
                      this.addresses = proxies.create(E911AddressesApi.class);
                      this.customers = crm.proxy(CustomerAddressesApi.class);
                  }
              }
              """
          )
        );
    }

    @Test
    void jaxRsClientPathsStepByStepAndFromATemplate() {
        rewriteRun(
          java(JaxRsStub.CLIENT),
          //language=java
          java(
            """
              import jakarta.ws.rs.client.Client;
              class Addresses {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  private final Client client;
                  Addresses(Client client) {
                      this.client = client;
                  }
                  String list(String accountId) {
                      return client.target(BASE).path("accounts").path(accountId).path("addresses")
                          .request("application/xml").get(String.class);
                  }
                  String one(String accountId, String id) {
                      return client.target(BASE + "/accounts/{account}/addresses/{id}")
                          .resolveTemplate("account", accountId).resolveTemplate("id", id).request().get(String.class);
                  }
              }
              """,
            """
              import jakarta.ws.rs.client.Client;
              class Addresses {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  private final Client client;
                  Addresses(Client client) {
                      this.client = client;
                  }
                  String list(String accountId) {
                      return client.target(BASE).path("accounts").path(accountId).path("e911Addresses")
                          .request("application/xml").get(String.class);
                  }
                  String one(String accountId, String id) {
                      return client.target(BASE + "/accounts/{account}/e911Addresses/{id}")
                          .resolveTemplate("account", accountId).resolveTemplate("id", id).request().get(String.class);
                  }
              }
              """
          )
        );
    }

    /** Micronaut's declarative clients and its {@code UriBuilder}, typed with the real Micronaut jars. */
    @Nested
    class Micronaut implements RewriteTest {
        @Override
        public void defaults(RecipeSpec spec) {
            spec.recipe(new E911Addresses()).parser(MicronautJars.parser());
        }

        @Test
        void declarativeClientOnAConfiguredUrlWithAQueryTemplate() {
            rewriteRun(
              yaml("dashboard:\n  url: https://dashboard.bandwidth.com/api/v2\n", spec -> spec.path("src/main/resources/application.yml")),
              //language=java
              java(
                """
                  import io.micronaut.http.annotation.Get;
                  import io.micronaut.http.annotation.PathVariable;
                  import io.micronaut.http.annotation.QueryValue;
                  import io.micronaut.http.client.annotation.Client;
                  @Client("${dashboard.url}")
                  interface AddressClient {
                      @Get("/accounts/{accountId}/addresses{?page,size}")
                      String list(@PathVariable String accountId, @QueryValue Integer page, @QueryValue Integer size);
                      @Get("/accounts/{accountId}/addresses/{id}")
                      String one(@PathVariable String accountId, @PathVariable String id);
                  }
                  """,
                """
                  import io.micronaut.http.annotation.Get;
                  import io.micronaut.http.annotation.PathVariable;
                  import io.micronaut.http.annotation.QueryValue;
                  import io.micronaut.http.client.annotation.Client;
                  @Client("${dashboard.url}")
                  interface AddressClient {
                      @Get("/accounts/{accountId}/e911Addresses{?page,size}")
                      String list(@PathVariable String accountId, @QueryValue Integer page, @QueryValue Integer size);
                      @Get("/accounts/{accountId}/e911Addresses/{id}")
                      String one(@PathVariable String accountId, @PathVariable String id);
                  }
                  """
              )
            );
        }

        @Test
        void uriBuilderChainOnAConfiguredBase() {
            rewriteRun(
              //language=java
              java(
                """
                  import io.micronaut.http.uri.UriBuilder;
                  import java.net.URI;
                  class Gateway {
                      private final String url = "https://dashboard.bandwidth.com/api/v2";
                      URI addresses(String accountId, int page) {
                          return UriBuilder.of(url).path("accounts").path(accountId).path("addresses")
                              .queryParam("page", page).build();
                      }
                  }
                  """,
                """
                  import io.micronaut.http.uri.UriBuilder;
                  import java.net.URI;
                  class Gateway {
                      private final String url = "https://dashboard.bandwidth.com/api/v2";
                      URI addresses(String accountId, int page) {
                          return UriBuilder.of(url).path("accounts").path(accountId).path("e911Addresses")
                              .queryParam("page", page).build();
                      }
                  }
                  """
              )
            );
        }

        /**
         * A low-level {@code HttpClient} injected with a service id ({@code @Client("dashboard")}) goes where that
         * service's configured URL goes: the Dashboard here, another host for the look-alike.
         */
        @Test
        void httpClientInjectedForAConfiguredService() {
            rewriteRun(
              yaml("""
                micronaut:
                  http:
                    services:
                      dashboard:
                        url: https://dashboard.bandwidth.com
                      crm:
                        url: https://crm.example.com
                """, spec -> spec.path("src/main/resources/application.yml")),
              //language=java
              java(
                """
                  import io.micronaut.http.client.HttpClient;
                  import io.micronaut.http.client.annotation.Client;
                  class Addresses {
                      private final HttpClient http;
                      Addresses(@Client("dashboard") HttpClient http) {
                          this.http = http;
                      }
                      String list(String accountId) {
                          return http.toBlocking().retrieve("/api/v2/accounts/" + accountId + "/addresses");
                      }
                  }
                  """,
                """
                  import io.micronaut.http.client.HttpClient;
                  import io.micronaut.http.client.annotation.Client;
                  class Addresses {
                      private final HttpClient http;
                      Addresses(@Client("dashboard") HttpClient http) {
                          this.http = http;
                      }
                      String list(String accountId) {
                          return http.toBlocking().retrieve("/api/v2/accounts/" + accountId + "/e911Addresses");
                      }
                  }
                  """
              ),
              //language=java
              java(
                """
                  import io.micronaut.http.client.HttpClient;
                  import io.micronaut.http.client.annotation.Client;
                  class CrmAddresses {
                      private final HttpClient http;
                      CrmAddresses(@Client("crm") HttpClient http) {
                          this.http = http;
                      }
                      String list(String accountId) {
                          return http.toBlocking().retrieve("/api/v2/accounts/" + accountId + "/addresses");
                      }
                  }
                  """
              )
            );
        }

        @Test
        void ownControllerAndAnotherServicesClientStayAsTheyAre() {
            rewriteRun(
              yaml("micronaut:\n  http:\n    services:\n      crm:\n        url: https://crm.example.com\n",
                spec -> spec.path("src/main/resources/application.yml")),
              //language=java
              java(
                """
                  import io.micronaut.http.annotation.Controller;
                  import io.micronaut.http.annotation.Get;
                  @Controller("/api/accounts/{accountId}")
                  class AddressController {
                      @Get("/addresses{?page}")
                      String list(String accountId, Integer page) {
                          return "[]";
                      }
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
                      @Get("/addresses")
                      String addresses(String accountId);
                  }
                  """
              ),
              //language=java
              java(
                """
                  class Iris {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/";
                  }
                  """
              )
            );
        }
    }

    @Test
    void jaxRsClientWithoutItsTypes() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              class Addresses {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  private final javax.ws.rs.client.Client client = javax.ws.rs.client.ClientBuilder.newClient();
                  Object list(String accountId) {
                      return client.target(BASE).path("accounts").path(accountId).path("addresses").request().get();
                  }
              }
              """,
            """
              class Addresses {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  private final javax.ws.rs.client.Client client = javax.ws.rs.client.ClientBuilder.newClient();
                  Object list(String accountId) {
                      return client.target(BASE).path("accounts").path(accountId).path("e911Addresses").request().get();
                  }
              }
              """
          )
        );
    }

    @Test
    void jaxRsTargetKeptInAFieldByTheConstructor() {
        rewriteRun(
          java(JaxRsStub.CLIENT),
          //language=java
          java(
            """
              import jakarta.ws.rs.client.Client;
              class Addresses {
                  private final Client.WebTarget account;
                  private final Client.WebTarget crm;
                  Addresses(Client client, String accountId) {
                      this.account = client.target("https://dashboard.bandwidth.com/api/v2").path("accounts").path(accountId);
                      this.crm = client.target("https://crm.example.com/api").path("accounts").path(accountId);
                  }
                  String one(String id) {
                      return account.path("addresses").path(id).request("application/xml").get(String.class);
                  }
                  String update(String id) {
                      return account.path("addresses/{id}").resolveTemplate("id", id).request().get(String.class);
                  }
                  String customerAddresses() {
                      return crm.path("addresses").request().get(String.class);
                  }
              }
              """,
            """
              import jakarta.ws.rs.client.Client;
              class Addresses {
                  private final Client.WebTarget account;
                  private final Client.WebTarget crm;
                  Addresses(Client client, String accountId) {
                      this.account = client.target("https://dashboard.bandwidth.com/api/v2").path("accounts").path(accountId);
                      this.crm = client.target("https://crm.example.com/api").path("accounts").path(accountId);
                  }
                  String one(String id) {
                      return account.path("e911Addresses").path(id).request("application/xml").get(String.class);
                  }
                  String update(String id) {
                      return account.path("e911Addresses/{id}").resolveTemplate("id", id).request().get(String.class);
                  }
                  String customerAddresses() {
                      return crm.path("addresses").request().get(String.class);
                  }
              }
              """
          )
        );
    }

    /** A JSON plan of request paths: one names a resource only the Dashboard has, so its /addresses is the Dashboard's. */
    @Test
    void requestPathsOfAJsonPlanBesideDashboardOnlyPaths() {
        rewriteRun(
          json(
            """
              {
                "steps": [
                  { "name": "e911", "path": "/accounts/{accountId}/addresses?size=5" },
                  { "name": "in service", "path": "/accounts/{accountId}/inserviceNumbers?size=10" }
                ]
              }
              """,
            """
              {
                "steps": [
                  { "name": "e911", "path": "/accounts/{accountId}/e911Addresses?size=5" },
                  { "name": "in service", "path": "/accounts/{accountId}/inserviceNumbers?size=10" }
                ]
              }
              """,
            spec -> spec.path("src/main/resources/smoke-plan.json")
          ),
          json(
            """
              {
                "steps": [
                  { "name": "addresses", "path": "/accounts/{accountId}/addresses" },
                  { "name": "invoices", "path": "/accounts/{accountId}/invoices" }
                ]
              }
              """,
            spec -> spec.path("src/main/resources/portal-checks.json")
          )
        );
    }

    /**
     * A JSON table of endpoints in sections, each a base URL and its paths: a section's paths go to its own base, so
     * the CRM section's /addresses stays, wherever else in the file the Dashboard is named.
     */
    @Test
    void endpointTableSectionsGoToTheirOwnBase() {
        rewriteRun(
          json(
            """
              {
                "numbers": {
                  "base": "https://dashboard.bandwidth.com/api/v2",
                  "paths": {
                    "sites": "/accounts/{accountId}/sites",
                    "e911": "/accounts/{accountId}/addresses/{addressId}"
                  }
                },
                "crm": {
                  "base": "https://crm.acme.example/rest",
                  "paths": {
                    "addresses": "/api/accounts/{accountId}/addresses"
                  }
                }
              }
              """,
            """
              {
                "numbers": {
                  "base": "https://dashboard.bandwidth.com/api/v2",
                  "paths": {
                    "sites": "/accounts/{accountId}/sites",
                    "e911": "/accounts/{accountId}/e911Addresses/{addressId}"
                  }
                },
                "crm": {
                  "base": "https://crm.acme.example/rest",
                  "paths": {
                    "addresses": "/api/accounts/{accountId}/addresses"
                  }
                }
              }
              """,
            spec -> spec.path("src/main/resources/endpoints.json")
          )
        );
    }

    /**
     * A list of recorded requests under the Dashboard's base: an item that names another host's full URL is that item's
     * own, so the other items' paths still go to the base.
     */
    @Test
    void recordedRequestsBesideOneOfAnotherHost() {
        rewriteRun(
          json(
            """
              {
                "dashboardBase": "https://test.dashboard.bandwidth.com/api/v2",
                "requests": [
                  { "method": "DELETE", "path": "/accounts/9900012/addresses/ADDR-77" },
                  { "method": "POST", "uri": "https://messaging.bandwidth.com/api/v2/users/9900012/messages" }
                ]
              }
              """,
            """
              {
                "dashboardBase": "https://test.dashboard.bandwidth.com/api/v2",
                "requests": [
                  { "method": "DELETE", "path": "/accounts/9900012/e911Addresses/ADDR-77" },
                  { "method": "POST", "uri": "https://messaging.bandwidth.com/api/v2/users/9900012/messages" }
                ]
              }
              """,
            spec -> spec.path("src/test/resources/fixtures/recorded-requests.json")
          )
        );
    }

    /**
     * Retrofit interfaces of a project that talks to the Dashboard: one whose comment gives another host as its base,
     * with no proxy built in the project, stays; one whose proxy a local Retrofit, built by a factory of the project on a
     * configured base, makes is that base's ({@code beacon = Clients.retrofit(config.get("beacon.base-url")); beacon.create(..)}).
     */
    @Test
    void retrofitInterfacesOfOtherHostsByTheirCommentOrTheirFactory() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          properties("beacon.base-url=https://api.beacon911.example/\n", spec -> spec.path("src/main/resources/app.properties")),
          //language=java
          java(
            """
              package com.acme.dashboard;
              class DashboardSearch {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.peregrine;
              import retrofit2.Call;
              import retrofit2.http.GET;
              import retrofit2.http.Path;
              /**
               * Peregrine Numbers, our second supplier. JSON API, base https://api.peregrine.example/.
               */
              public interface PeregrineApi {
                  @GET("v1/accounts/{accountId}/addresses")
                  Call<String> addresses(@Path("accountId") String accountId);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.beacon;
              import retrofit2.Call;
              import retrofit2.http.GET;
              import retrofit2.http.Path;
              public interface BeaconApi {
                  @GET("v1/accounts/{accountId}/addresses/{id}")
                  Call<String> address(@Path("accountId") String accountId, @Path("id") String id);
              }
              """
          ),
          //language=java
          java(
            """
              package io.acme.app;
              import com.acme.beacon.BeaconApi;
              import retrofit2.Retrofit;
              public class App {
                  public static class Config {
                      private final java.util.Properties p = new java.util.Properties();
                      public String get(String key) { return p.getProperty(key); }
                  }
                  static Retrofit retrofit(String baseUrl) {
                      return new Retrofit.Builder().baseUrl(baseUrl).build();
                  }
                  public static void main(String[] args) {
                      Config config = new Config();
                      if (args.length > 0) {
                          Retrofit beacon = retrofit(config.get("beacon.base-url"));
                          beacon.create(BeaconApi.class);
                      }
                  }
              }
              """
          )
        );
    }

    @Test
    void jaxRsTargetFromAMethodOfAnotherBean() {
        // targets.account() builds <base>/accounts/<id> in another class; the steps after it name the resource.
        // The same bean's portal() goes to the customer's own API: its addresses stay
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("jakarta.ws.rs-api")),
          //language=java
          java(
            """
              package com.acme.client;
              import jakarta.ws.rs.client.Client;
              import jakarta.ws.rs.client.ClientBuilder;
              import jakarta.ws.rs.client.WebTarget;
              public class DashboardTargets {
                  private final Client client = ClientBuilder.newClient();
                  private final String accountId = "9900001";
                  public WebTarget account() {
                      return client.target("https://dashboard.bandwidth.com/api/v2").path("accounts").path(accountId);
                  }
                  public WebTarget portal() {
                      return client.target("https://portal.acme.example/api").path("accounts").path(accountId);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.service;
              import com.acme.client.DashboardTargets;
              import jakarta.ws.rs.core.MediaType;
              class E911AddressService {
                  static final String E911_ADDRESSES = "addresses";
                  private final DashboardTargets targets = new DashboardTargets();
                  String address(String addressId) {
                      return targets.account()
                              .path(E911_ADDRESSES)
                              .path(addressId)
                              .request(MediaType.APPLICATION_XML)
                              .get(String.class);
                  }
                  String customerAddresses() {
                      return targets.portal().path("addresses").request().get(String.class);
                  }
              }
              """,
            """
              package com.acme.service;
              import com.acme.client.DashboardTargets;
              import jakarta.ws.rs.core.MediaType;
              class E911AddressService {
                  static final String E911_ADDRESSES = "e911Addresses";
                  private final DashboardTargets targets = new DashboardTargets();
                  String address(String addressId) {
                      return targets.account()
                              .path(E911_ADDRESSES)
                              .path(addressId)
                              .request(MediaType.APPLICATION_XML)
                              .get(String.class);
                  }
                  String customerAddresses() {
                      return targets.portal().path("addresses").request().get(String.class);
                  }
              }
              """
          )
        );
    }

    @Test
    void jaxRsTargetKeptInAFieldWithoutItsTypes() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              class Addresses {
                  private final javax.ws.rs.client.WebTarget account;
                  Addresses(javax.ws.rs.client.Client client, String accountId) {
                      account = client.target("https://dashboard.bandwidth.com/api/v2/accounts/" + accountId);
                  }
                  Object list() {
                      return account.path("addresses").request().get();
                  }
              }
              """,
            """
              class Addresses {
                  private final javax.ws.rs.client.WebTarget account;
                  Addresses(javax.ws.rs.client.Client client, String accountId) {
                      account = client.target("https://dashboard.bandwidth.com/api/v2/accounts/" + accountId);
                  }
                  Object list() {
                      return account.path("e911Addresses").request().get();
                  }
              }
              """
          )
        );
    }

    @Test
    void getterOfAFieldInitialisedFromAConstantWhileAnotherClassBindsTheSameNameToAnotherHost() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.config;
              import org.springframework.beans.factory.annotation.Value;
              public class IrisProperties {
                  public static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api/v2";
                  private String baseUrl = DEFAULT_BASE_URL;
                  public String getBaseUrl() { return baseUrl; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.catapult;
              import org.springframework.beans.factory.annotation.Value;
              public class CatapultSearch {
                  private final String baseUrl;
                  public CatapultSearch(@Value("${catapult.base-url:https://api.catapult.inetwork.com/v1}") String baseUrl) {
                      this.baseUrl = baseUrl;
                  }
                  String addresses(String account) {
                      return baseUrl + "/accounts/" + account + "/addresses";
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.numbers;
              import com.acme.config.IrisProperties;
              class E911Client {
                  private final IrisProperties props;
                  E911Client(IrisProperties props) { this.props = props; }
                  String list(String account) {
                      return props.getBaseUrl() + "/accounts/" + account + "/addresses";
                  }
              }
              """,
            """
              package com.acme.numbers;
              import com.acme.config.IrisProperties;
              class E911Client {
                  private final IrisProperties props;
                  E911Client(IrisProperties props) { this.props = props; }
                  String list(String account) {
                      return props.getBaseUrl() + "/accounts/" + account + "/e911Addresses";
                  }
              }
              """
          )
        );
    }

    @Test
    void anUnknownFieldIsNotReadAsAnotherClassesFieldOfTheSameName() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.config;
              public class IrisProperties {
                  private String baseUrl;
                  public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
                  public String getBaseUrl() { return baseUrl; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.catapult;
              public class CatapultSearch {
                  private final String baseUrl = "https://api.catapult.inetwork.com/v1";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.numbers;
              import com.acme.config.IrisProperties;
              class E911Client {
                  private final IrisProperties props;
                  E911Client(IrisProperties props) { this.props = props; }
                  String list(String account) {
                      return props.getBaseUrl() + "/accounts/" + account + "/addresses";
                  }
                  String health() {
                      return "https://dashboard.bandwidth.com/api/v2/tns";
                  }
              }
              """,
            """
              package com.acme.numbers;
              import com.acme.config.IrisProperties;
              class E911Client {
                  private final IrisProperties props;
                  E911Client(IrisProperties props) { this.props = props; }
                  String list(String account) {
                      return props.getBaseUrl() + "/accounts/" + account + "/e911Addresses";
                  }
                  String health() {
                      return "https://dashboard.bandwidth.com/api/v2/tns";
                  }
              }
              """
          )
        );
    }

    /** A hand-wired container builds a client with a base URL read from configuration with a default. */
    @Test
    void clientConstructedWithADashboardBaseReadFromConfiguration() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.app;
              import java.util.Properties;
              public final class AppConfig {
                  private final Properties props = new Properties();
                  public String apiBase() { return props.getProperty("iris.api.base", "https://dashboard.bandwidth.com/api/v2"); }
                  public String crmBase() { return props.getProperty("crm.base", "https://crm.example.com/api"); }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.http;
              public class InventoryClient {
                  private final String base;
                  public InventoryClient(String base) { this.base = base; }
                  public String addresses(String account) { return base + "/accounts/" + account + "/addresses"; }
              }
              """,
            """
              package com.acme.http;
              public class InventoryClient {
                  private final String base;
                  public InventoryClient(String base) { this.base = base; }
                  public String addresses(String account) { return base + "/accounts/" + account + "/e911Addresses"; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.http;
              public class CrmClient {
                  private final String base;
                  public CrmClient(String base) { this.base = base; }
                  public String addresses(String account) { return base + "/accounts/" + account + "/addresses"; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.app;
              import com.acme.http.CrmClient;
              import com.acme.http.InventoryClient;
              class Container {
                  InventoryClient inventory(AppConfig config) { return new InventoryClient(config.apiBase()); }
                  CrmClient crm(AppConfig config) { return new CrmClient(config.crmBase()); }
              }
              """
          )
        );
    }

    @Test
    void baseUrlOfAValueAnnotatedSetter() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.config;
              import org.springframework.beans.factory.annotation.Value;
              public class IrisSettings {
                  private String baseUrl;
                  @Value("${iris.base-url:https://dashboard.bandwidth.com/api/v2}")
                  public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
                  public String getBaseUrl() { return baseUrl; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.numbers;
              import com.acme.config.IrisSettings;
              class E911Client {
                  private final IrisSettings settings;
                  E911Client(IrisSettings settings) { this.settings = settings; }
                  String list(String account) {
                      return settings.getBaseUrl() + "/accounts/" + account + "/addresses";
                  }
              }
              """,
            """
              package com.acme.numbers;
              import com.acme.config.IrisSettings;
              class E911Client {
                  private final IrisSettings settings;
                  E911Client(IrisSettings settings) { this.settings = settings; }
                  String list(String account) {
                      return settings.getBaseUrl() + "/accounts/" + account + "/e911Addresses";
                  }
              }
              """
          )
        );
    }

    @Test
    void directLiteralsWithAnySpellingOfTheId() {
        rewriteRun(
          //language=java
          java(
            """
              class Literals {
                  String a = "https://dashboard.bandwidth.com/api/v2/accounts/9900001/addresses";
                  String b = "https://dashboard.bandwidth.com/api/v2/accounts/{accountId}/addresses/{addressId}";
                  String c = "https://test.dashboard.bandwidth.com/api/v2/accounts/{id}/addresses?page=1";
              }
              """,
            """
              class Literals {
                  String a = "https://dashboard.bandwidth.com/api/v2/accounts/9900001/e911Addresses";
                  String b = "https://dashboard.bandwidth.com/api/v2/accounts/{accountId}/e911Addresses/{addressId}";
                  String c = "https://test.dashboard.bandwidth.com/api/v2/accounts/{id}/e911Addresses?page=1";
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
                  public static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  public static final String ADDRESSES = "/accounts/{accountId}/addresses";
              }
              """,
            """
              package com.acme.iris;
              public class IrisPaths {
                  public static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  public static final String ADDRESSES = "/accounts/{accountId}/e911Addresses";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              class AddressService {
                  String url() {
                      return IrisPaths.BASE + IrisPaths.ADDRESSES;
                  }
              }
              """
          )
        );
    }

    @Test
    void pathAppendedToAnAccountUrlBuiltElsewhere() {
        rewriteRun(
          //language=java
          java(
            """
              class AccountUrls {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/";
                  String addresses(String accountId) {
                      String accountUrl = BASE + accountId;
                      return accountUrl + "/addresses";
                  }
              }
              """,
            """
              class AccountUrls {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/";
                  String addresses(String accountId) {
                      String accountUrl = BASE + accountId;
                      return accountUrl + "/e911Addresses";
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
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String a(String id) { return String.format("%s/accounts/%s/addresses", BASE, id); }
                  String b(String id, String addressId) { return MessageFormat.format("{0}/accounts/{1}/addresses/{2}", BASE, id, addressId); }
              }
              """,
            """
              import java.text.MessageFormat;
              class Formats {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String a(String id) { return String.format("%s/accounts/%s/e911Addresses", BASE, id); }
                  String b(String id, String addressId) { return MessageFormat.format("{0}/accounts/{1}/e911Addresses/{2}", BASE, id, addressId); }
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
                      return UriComponentsBuilder.fromHttpUrl(BASE).path("/accounts/{id}/addresses").buildAndExpand(id).toUriString();
                  }
                  String springSegments(String id) {
                      return UriComponentsBuilder.fromHttpUrl(BASE).pathSegment("accounts", id, "addresses").toUriString();
                  }
                  HttpUrl ok(String id) {
                      return HttpUrl.parse(BASE).newBuilder().addPathSegment("accounts").addPathSegment(id).addPathSegment("addresses").build();
                  }
                  HttpUrl okSegments(String id) {
                      return HttpUrl.parse(BASE).newBuilder().addPathSegments("accounts/" + id + "/addresses").build();
                  }
                  java.net.URI apache(String id) throws Exception {
                      return new URIBuilder("https://dashboard.bandwidth.com").setPath("/api/v2/accounts/" + id + "/addresses").build();
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
                      return UriComponentsBuilder.fromHttpUrl(BASE).path("/accounts/{id}/e911Addresses").buildAndExpand(id).toUriString();
                  }
                  String springSegments(String id) {
                      return UriComponentsBuilder.fromHttpUrl(BASE).pathSegment("accounts", id, "e911Addresses").toUriString();
                  }
                  HttpUrl ok(String id) {
                      return HttpUrl.parse(BASE).newBuilder().addPathSegment("accounts").addPathSegment(id).addPathSegment("e911Addresses").build();
                  }
                  HttpUrl okSegments(String id) {
                      return HttpUrl.parse(BASE).newBuilder().addPathSegments("accounts/" + id + "/e911Addresses").build();
                  }
                  java.net.URI apache(String id) throws Exception {
                      return new URIBuilder("https://dashboard.bandwidth.com").setPath("/api/v2/accounts/" + id + "/e911Addresses").build();
                  }
              }
              """
          )
        );
    }

    @Test
    void sdkClientRequest() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class SdkAddresses {
                  String list(IrisClient client) throws Exception {
                      return client.get(client.buildAccountModelUri(new String[]{"addresses"})).getResponseBody();
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              class SdkAddresses {
                  String list(IrisClient client) throws Exception {
                      return client.get(client.buildAccountModelUri(new String[]{"e911Addresses"})).getResponseBody();
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
                      https://dashboard.bandwidth.com/api/v2/accounts/123/addresses\""";
              }
              """,
            """
              class Template {
                  String url = \"""
                      https://dashboard.bandwidth.com/api/v2/accounts/123/e911Addresses\""";
              }
              """
          )
        );
    }

    @Test
    void configurationFiles() {
        rewriteRun(
          properties(
            "iris.addresses-path=/accounts/{accountId}/addresses\n",
            "iris.addresses-path=/accounts/{accountId}/e911Addresses\n",
            spec -> spec.path("src/main/resources/application.properties")
          ),
          //language=yaml
          yaml(
            """
              bandwidth:
                addresses: https://dashboard.bandwidth.com/api/v2/accounts/123/addresses
              """,
            """
              bandwidth:
                addresses: https://dashboard.bandwidth.com/api/v2/accounts/123/e911Addresses
              """,
            spec -> spec.path("src/main/resources/application.yml")
          ),
          //language=xml
          xml(
            """
              <endpoints>
                <addresses>https://dashboard.bandwidth.com/api/v2/accounts/123/addresses</addresses>
              </endpoints>
              """,
            """
              <endpoints>
                <addresses>https://dashboard.bandwidth.com/api/v2/accounts/123/e911Addresses</addresses>
              </endpoints>
              """,
            spec -> spec.path("src/main/resources/endpoints.xml")
          ),
          //language=json
          json(
            """
              {"addressesUrl": "https://dashboard.bandwidth.com/api/v2/accounts/123/addresses"}
              """,
            """
              {"addressesUrl": "https://dashboard.bandwidth.com/api/v2/accounts/123/e911Addresses"}
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
              class AddressSettings {
                  @Value("${iris.addresses:https://dashboard.bandwidth.com/api/v2/accounts/1/addresses}")
                  private String addressesUrl;
              }
              """,
            """
              import org.springframework.beans.factory.annotation.Value;
              class AddressSettings {
                  @Value("${iris.addresses:https://dashboard.bandwidth.com/api/v2/accounts/1/e911Addresses}")
                  private String addressesUrl;
              }
              """
          )
        );
    }

    /**
     * A relative path as the default of an injected value: the default is used wherever the key is not set, so it is
     * the Dashboard's when its key is (the key names the Dashboard, or the configuration sets it beside a Dashboard
     * URL); the default of a key the configuration sets beside another host's URL stays.
     */
    @Test
    void valueAnnotationDefaultPathOfADashboardKey() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=yaml
          yaml(
            """
              numbering:
                vendor:
                  base-url: https://dashboard.bandwidth.com/api/v2
                  paths:
                    e911: /accounts/{accountId}/e911Addresses
                crm:
                  base-url: https://crm.example.com
                  paths:
                    addresses: /accounts/{accountId}/addresses
              """,
            spec -> spec.path("src/main/resources/application.yml")
          ),
          //language=java
          java(
            """
              import org.springframework.beans.factory.annotation.Value;
              class E911Sync {
                  E911Sync(@Value("${numbering.vendor.paths.e911:/accounts/{accountId}/addresses}") String e911Path,
                           @Value("${numbering.dashboard.paths.e911-list:/accounts/{accountId}/addresses}") String listPath,
                           @Value("${numbering.crm.paths.addresses:/accounts/{accountId}/addresses}") String crmPath) {
                  }
              }
              """,
            """
              import org.springframework.beans.factory.annotation.Value;
              class E911Sync {
                  E911Sync(@Value("${numbering.vendor.paths.e911:/accounts/{accountId}/e911Addresses}") String e911Path,
                           @Value("${numbering.dashboard.paths.e911-list:/accounts/{accountId}/e911Addresses}") String listPath,
                           @Value("${numbering.crm.paths.addresses:/accounts/{accountId}/addresses}") String crmPath) {
                  }
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
              public @interface GetMapping { String[] value() default {}; }
              """
          ),
          //language=java
          java(
            """
              import feign.FeignClient;
              import feign.GetMapping;
              @FeignClient(name = "iris", url = "${iris.url}")
              interface IrisAddresses {
                  @GetMapping("/accounts/{id}/addresses")
                  String addresses(String id);
                  @GetMapping("/accounts/{id}/addresses/{addressId}")
                  String address(String id, String addressId);
              }
              """,
            """
              import feign.FeignClient;
              import feign.GetMapping;
              @FeignClient(name = "iris", url = "${iris.url}")
              interface IrisAddresses {
                  @GetMapping("/accounts/{id}/e911Addresses")
                  String addresses(String id);
                  @GetMapping("/accounts/{id}/e911Addresses/{addressId}")
                  String address(String id, String addressId);
              }
              """
          ),
          properties("iris.url=https://dashboard.bandwidth.com/api/v2\n", spec -> spec.path("src/main/resources/application.properties"))
        );
    }

    /**
     * A base URL injected by MicroProfile's {@code @ConfigProperty(name = ..)} and by Guice's {@code @Named("a.b")}
     * (a configuration key bound from a file), set in application.properties; a bean name ({@code @Named("crm")}) is
     * no configuration key, and a look-alike path on a base of another API stays.
     */
    /**
     * A settings bean whose accessor tidies the configured base URL ({@code baseUrl.endsWith("/") ? baseUrl.substring(..)
     * : baseUrl}), read through a wrapper's accessor in another class and formatted into a path: still the configured
     * Dashboard base. The CRM settings' accessor, tidied the same way, is not.
     */
    @Test
    void baseUrlOfAnAccessorThatTidiesTheConfiguredValue() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          properties("""
            dashboard.base-url=https://dashboard.bandwidth.com/api/v2/
            crm.base-url=https://crm.example.com/api/
            """, spec -> spec.path("src/main/resources/META-INF/microprofile-config.properties")),
          //language=java
          java(
            """
              package com.acme.config;
              import org.eclipse.microprofile.config.inject.ConfigProperty;
              public class Settings {
                  @ConfigProperty(name = "dashboard.base-url")
                  String baseUrl;
                  @ConfigProperty(name = "crm.base-url")
                  String crmUrl;
                  public String baseUrl() {
                      return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
                  }
                  public String crmUrl() {
                      return crmUrl.trim();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import com.acme.config.Settings;
              public class DashboardClient {
                  Settings settings;
                  public String baseUrl() {
                      return settings.baseUrl();
                  }
                  public String crmUrl() {
                      return settings.crmUrl();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              class Addresses {
                  DashboardClient dashboard;
                  String delete(String account, String id) {
                      return String.format("%s/accounts/%s/addresses/%s", dashboard.baseUrl(), account, id);
                  }
                  String customer(String account) {
                      return String.format("%s/accounts/%s/addresses", dashboard.crmUrl(), account);
                  }
              }
              """,
            """
              package com.acme.dashboard;
              class Addresses {
                  DashboardClient dashboard;
                  String delete(String account, String id) {
                      return String.format("%s/accounts/%s/e911Addresses/%s", dashboard.baseUrl(), account, id);
                  }
                  String customer(String account) {
                      return String.format("%s/accounts/%s/addresses", dashboard.crmUrl(), account);
                  }
              }
              """
          )
        );
    }

    /**
     * A properties file that is a table of the Dashboard's routes: a Dashboard base URL, paths only the Dashboard has
     * ({@code /importTnOrders}) and no other host's URL. Its {@code /accounts/{accountId}/addresses} routes are the
     * Dashboard's under any key. A file of the same routes beside the customer's CRM base, and a file with a
     * Dashboard base but no path only the Dashboard has, keep theirs: there the account paths may be the customer's.
     */
    @Test
    void routeTableOfTheDashboardInAPropertiesFile() {
        rewriteRun(
          properties("""
            base=https://dashboard.bandwidth.com/api/v2
            orders=/accounts/{accountId}/orders
            e911.list=/accounts/{accountId}/addresses
            e911.one=/accounts/{accountId}/addresses/{addressId}
            hosted.import=/accounts/{accountId}/messaging/importTnOrders
            """, """
            base=https://dashboard.bandwidth.com/api/v2
            orders=/accounts/{accountId}/orders
            e911.list=/accounts/{accountId}/e911Addresses
            e911.one=/accounts/{accountId}/e911Addresses/{addressId}
            hosted.import=/accounts/{accountId}/messaging/importTnOrders
            """, spec -> spec.path("src/main/resources/dashboard-routes.properties")),
          properties("""
            dashboard=https://dashboard.bandwidth.com/api/v2
            crm=https://crm.acme.example/api
            hosted.import=/accounts/{accountId}/messaging/importTnOrders
            customer.addresses=/accounts/{accountId}/addresses
            """, spec -> spec.path("src/main/resources/routes.properties")),
          properties("""
            iris.base=https://dashboard.bandwidth.com/api/v2
            portal.addresses=/accounts/{accountId}/addresses
            """, spec -> spec.path("src/main/resources/application.properties"))
        );
    }

    @Test
    void baseUrlInjectedByConfigPropertyAndGuiceNamed() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          properties("""
            dashboard.base-url=https://dashboard.bandwidth.com/api/v2
            crm.base-url=https://crm.example.com/api
            crm=https://crm.example.com/api
            """, spec -> spec.path("src/main/resources/application.properties")),
          //language=java
          java(
            """
              import org.eclipse.microprofile.config.inject.ConfigProperty;
              class QuarkusAddresses {
                  @ConfigProperty(name = "dashboard.base-url")
                  String base;
                  String addresses(String id) {
                      return base + "/accounts/" + id + "/addresses";
                  }
              }
              """,
            """
              import org.eclipse.microprofile.config.inject.ConfigProperty;
              class QuarkusAddresses {
                  @ConfigProperty(name = "dashboard.base-url")
                  String base;
                  String addresses(String id) {
                      return base + "/accounts/" + id + "/e911Addresses";
                  }
              }
              """
          ),
          //language=java
          java(
            """
              import com.google.inject.Inject;
              import com.google.inject.name.Named;
              class GuiceAddresses {
                  private final String base;
                  private final String crm;
                  private final String crmBean;
                  @Inject
                  GuiceAddresses(@Named("dashboard.base-url") String base, @Named("crm.base-url") String crm, @Named("crm") String crmBean) {
                      this.base = base;
                      this.crm = crm;
                      this.crmBean = crmBean;
                  }
                  String addresses(String id) {
                      return base + "/accounts/" + id + "/addresses";
                  }
                  String customerAddresses(String id) {
                      return crm + "/accounts/" + id + "/addresses";
                  }
              }
              """,
            """
              import com.google.inject.Inject;
              import com.google.inject.name.Named;
              class GuiceAddresses {
                  private final String base;
                  private final String crm;
                  private final String crmBean;
                  @Inject
                  GuiceAddresses(@Named("dashboard.base-url") String base, @Named("crm.base-url") String crm, @Named("crm") String crmBean) {
                      this.base = base;
                      this.crm = crm;
                      this.crmBean = crmBean;
                  }
                  String addresses(String id) {
                      return base + "/accounts/" + id + "/e911Addresses";
                  }
                  String customerAddresses(String id) {
                      return crm + "/accounts/" + id + "/addresses";
                  }
              }
              """
          )
        );
    }

    /**
     * A base URL set in several files is read as the main configuration's (no profile), not as the first file's
     * (application-local.properties, a mock on localhost, sorts before application.yml).
     */
    @Test
    void baseUrlOfTheMainConfigurationOverAProfilesMock() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          properties("iris.base-url=http://localhost:8089/api\n", spec -> spec.path("src/main/resources/application-local.properties")),
          yaml("iris:\n  base-url: https://dashboard.bandwidth.com/api/v2\n", spec -> spec.path("src/main/resources/application.yml")),
          //language=java
          java(
            """
              import org.springframework.beans.factory.annotation.Value;
              class Addresses {
                  @Value("${iris.base-url}")
                  String base;
                  String addresses(String id) {
                      return base + "/accounts/" + id + "/addresses";
                  }
              }
              """,
            """
              import org.springframework.beans.factory.annotation.Value;
              class Addresses {
                  @Value("${iris.base-url}")
                  String base;
                  String addresses(String id) {
                      return base + "/accounts/" + id + "/e911Addresses";
                  }
              }
              """
          )
        );
    }

    /**
     * HOCON: a path built by concatenation on the configured account URL is fixed in the file, and Java code that reads
     * the base URL with Typesafe Config's {@code getString} has its paths read on it.
     */
    @Test
    void hoconPathsAndTypesafeConfigReads() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("config")),
          text(
            """
              dashboard {
                base-url = "https://dashboard.bandwidth.com/api/v2"
                account-url = ${dashboard.base-url}"/accounts/"${dashboard.account-id}
                account-id = "9900417"
                addresses = ${dashboard.account-url}"/addresses"
              }
              crm.addresses = "https://crm.example.com/accounts/1/addresses"
              """,
            """
              dashboard {
                base-url = "https://dashboard.bandwidth.com/api/v2"
                account-url = ${dashboard.base-url}"/accounts/"${dashboard.account-id}
                account-id = "9900417"
                addresses = ${dashboard.account-url}"/e911Addresses"
              }
              crm.addresses = "https://crm.example.com/accounts/1/addresses"
              """,
            spec -> spec.path("src/main/resources/application.conf")
          ),
          //language=java
          java(
            """
              import com.typesafe.config.Config;
              class ReconClient {
                  private final Config config;
                  ReconClient(Config config) { this.config = config; }
                  String addresses(String id) {
                      return config.getString("dashboard.base-url") + "/accounts/" + id + "/addresses";
                  }
              }
              """,
            """
              import com.typesafe.config.Config;
              class ReconClient {
                  private final Config config;
                  ReconClient(Config config) { this.config = config; }
                  String addresses(String id) {
                      return config.getString("dashboard.base-url") + "/accounts/" + id + "/e911Addresses";
                  }
              }
              """
          )
        );
    }

    /** A settings field whose default a project's own annotation gives ({@code @ConfigDefault("https://..")}). */
    @Test
    void baseUrlGivenByADefaultAnnotation() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.config;
              import java.lang.annotation.Retention;
              import java.lang.annotation.RetentionPolicy;
              @Retention(RetentionPolicy.RUNTIME)
              public @interface ConfigDefault {
                  String value();
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.config;
              public final class DashboardSettings {
                  @ConfigDefault("https://dashboard.bandwidth.com/api/v2")
                  private String baseUrl;
                  @ConfigDefault("https://crm.example.com/api")
                  private String crmUrl;
                  public String baseUrl() { return baseUrl; }
                  public String crmUrl() { return crmUrl; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.e911;
              import com.acme.config.DashboardSettings;
              class AddressClient {
                  private final DashboardSettings settings;
                  AddressClient(DashboardSettings settings) { this.settings = settings; }
                  String addresses(String id) {
                      return settings.baseUrl() + "/accounts/" + id + "/addresses";
                  }
                  String customerAddresses(String id) {
                      return settings.crmUrl() + "/accounts/" + id + "/addresses";
                  }
              }
              """,
            """
              package com.acme.e911;
              import com.acme.config.DashboardSettings;
              class AddressClient {
                  private final DashboardSettings settings;
                  AddressClient(DashboardSettings settings) { this.settings = settings; }
                  String addresses(String id) {
                      return settings.baseUrl() + "/accounts/" + id + "/e911Addresses";
                  }
                  String customerAddresses(String id) {
                      return settings.crmUrl() + "/accounts/" + id + "/addresses";
                  }
              }
              """
          )
        );
    }

    @Test
    void baseUrlReadThroughTheGetterOfAConfigurationPropertiesClassInAnotherFile() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.config;
              import org.springframework.boot.context.properties.ConfigurationProperties;
              @ConfigurationProperties(prefix = "numbers.provider")
              public class ProviderProperties {
                  private String baseUrl;
                  private int timeoutSeconds = 30;
                  public String getBaseUrl() { return baseUrl; }
                  public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.numbers;
              import com.acme.config.ProviderProperties;
              class E911Client {
                  private final ProviderProperties props;
                  E911Client(ProviderProperties props) { this.props = props; }
                  String list(String account) {
                      return props.getBaseUrl() + "/accounts/" + account + "/addresses";
                  }
              }
              """,
            """
              package com.acme.numbers;
              import com.acme.config.ProviderProperties;
              class E911Client {
                  private final ProviderProperties props;
                  E911Client(ProviderProperties props) { this.props = props; }
                  String list(String account) {
                      return props.getBaseUrl() + "/accounts/" + account + "/e911Addresses";
                  }
              }
              """
          ),
          yaml("numbers:\n  provider:\n    base-url: https://dashboard.bandwidth.com/api/v2\n",
            spec -> spec.path("src/main/resources/application.yml"))
        );
    }

    @Test
    void baseUrlReadThroughARecordAccessorOrALombokGetter() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.config;
              @org.springframework.boot.context.properties.ConfigurationProperties("provider")
              public record ProviderConfig(String url, int timeout) {
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.config;
              @lombok.Data
              @org.springframework.boot.context.properties.ConfigurationProperties(value = "legacy")
              public class LegacyConfig {
                  private String endpoint = "https://dashboard.bandwidth.com/api/v2";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.numbers;
              import com.acme.config.LegacyConfig;
              import com.acme.config.ProviderConfig;
              class Clients {
                  String a(ProviderConfig config, String account) {
                      return config.url() + "/accounts/" + account + "/addresses";
                  }
                  String b(LegacyConfig config, String account) {
                      return String.format("%s/accounts/%s/addresses", config.getEndpoint(), account);
                  }
              }
              """,
            """
              package com.acme.numbers;
              import com.acme.config.LegacyConfig;
              import com.acme.config.ProviderConfig;
              class Clients {
                  String a(ProviderConfig config, String account) {
                      return config.url() + "/accounts/" + account + "/e911Addresses";
                  }
                  String b(LegacyConfig config, String account) {
                      return String.format("%s/accounts/%s/e911Addresses", config.getEndpoint(), account);
                  }
              }
              """
          ),
          properties("provider.url=https://dashboard.bandwidth.com/api/v2\n",
            spec -> spec.path("src/main/resources/application.properties"))
        );
    }

    @Test
    void aConstantYourOwnEndpointAlsoUsesIsFlaggedNotRewritten() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme;
              public final class Paths {
                  public static final String ADDRESSES = "/addresses";
              }
              """,
            """
              package com.acme;
              public final class Paths {
                  public static final String ADDRESSES = /*~~([BW002] E911 addresses moved to /accounts/{id}/e911Addresses in v2, and /addresses is now a different resource (reusable addresses) that answers without error; change /addresses to /e911Addresses (not rewritten: this text is also used by code that does not call the Dashboard, such as your own endpoints or another API; give the Dashboard requests their own text))~~>*/"/addresses";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import org.springframework.web.bind.annotation.GetMapping;
              import org.springframework.web.bind.annotation.RestController;
              @RestController
              class AddressController {
                  @GetMapping("/api/accounts/{id}" + Paths.ADDRESSES)
                  String list(String id) { return id; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              class E911 {
                  static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2";
                  String url(String id) { return DASHBOARD + "/accounts/" + id + Paths.ADDRESSES; }
              }
              """
          )
        );
    }

    @Test
    void aConstantATestStubsOnLocalhostIsStillRewritten() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme;
              public final class Paths {
                  public static final String ADDRESSES = "/addresses";
              }
              """,
            """
              package com.acme;
              public final class Paths {
                  public static final String ADDRESSES = "/e911Addresses";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              class E911 {
                  static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2";
                  String url(String id) { return DASHBOARD + "/accounts/" + id + Paths.ADDRESSES; }
                  String stub(int port) { return "http://localhost:" + port + "/api/v2/accounts/1" + Paths.ADDRESSES; }
              }
              """
          )
        );
    }

    @Test
    void relativePathsOfAnHttpClientBeanBuiltOnTheDashboard() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme;
              import org.springframework.beans.factory.annotation.Value;
              import org.springframework.context.annotation.Bean;
              import org.springframework.context.annotation.Configuration;
              import org.springframework.web.client.RestClient;
              import org.springframework.web.reactive.function.client.WebClient;
              @Configuration
              class HttpClients {
                  @Bean
                  WebClient numbersWebClient(@Value("${numbers.api.url}") String url) {
                      return WebClient.builder().baseUrl(url).build();
                  }
                  @Bean(name = "crmClient")
                  WebClient crm() {
                      return WebClient.create("https://crm.example.com/api");
                  }
                  @Bean
                  RestClient numbersRestClient() {
                      return RestClient.builder().baseUrl("https://dashboard.bandwidth.com/api/v2").build();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import org.springframework.beans.factory.annotation.Qualifier;
              import org.springframework.web.client.RestClient;
              import org.springframework.web.reactive.function.client.WebClient;
              class E911Service {
                  private final WebClient client;
                  private final RestClient rest;
                  E911Service(@Qualifier("numbersWebClient") WebClient client, RestClient rest) {
                      this.client = client;
                      this.rest = rest;
                  }
                  Object list(String account) {
                      return client.get().uri("/accounts/{id}/addresses", account).retrieve();
                  }
                  Object one(String account, String id) {
                      return rest.get().uri("/accounts/{a}/addresses/{id}", account, id).retrieve();
                  }
              }
              """,
            """
              package com.acme;
              import org.springframework.beans.factory.annotation.Qualifier;
              import org.springframework.web.client.RestClient;
              import org.springframework.web.reactive.function.client.WebClient;
              class E911Service {
                  private final WebClient client;
                  private final RestClient rest;
                  E911Service(@Qualifier("numbersWebClient") WebClient client, RestClient rest) {
                      this.client = client;
                      this.rest = rest;
                  }
                  Object list(String account) {
                      return client.get().uri("/accounts/{id}/e911Addresses", account).retrieve();
                  }
                  Object one(String account, String id) {
                      return rest.get().uri("/accounts/{a}/e911Addresses/{id}", account, id).retrieve();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import org.springframework.beans.factory.annotation.Qualifier;
              import org.springframework.web.reactive.function.client.WebClient;
              class CrmAddresses {
                  private final WebClient client;
                  CrmAddresses(@Qualifier("crmClient") WebClient client) { this.client = client; }
                  Object list(String account) {
                      return client.get().uri("/accounts/{id}/addresses", account).retrieve();
                  }
              }
              """
          ),
          yaml("numbers:\n  api:\n    url: https://dashboard.bandwidth.com/api/v2\n", spec -> spec.path("src/main/resources/application.yml"))
        );
    }

    /**
     * Client beans named by constants ({@code @Bean(DASHBOARD)}, {@code @Qualifier(HttpClients.PRODUCTS)}): the class
     * given the Dashboard's bean by its constant sends its relative paths to the Dashboard; a class given the other
     * bean, built on no base URL at all, and the CRM client that gives that bean its own base, are not the
     * Dashboard's, though the type of every bean with a base URL is.
     */
    @Test
    void clientBeansNamedByConstantsBesideABeanWithoutABaseUrl() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spring-web", "spring-webflux", "spring-context", "spring-beans", "spring-core", "reactor-core")),
          //language=java
          java(
            """
              package com.acme;
              import org.springframework.context.annotation.Bean;
              import org.springframework.context.annotation.Configuration;
              import org.springframework.web.reactive.function.client.WebClient;
              @Configuration
              public class HttpClients {
                  public static final String DASHBOARD = "dashboardWebClient";
                  public static final String PRODUCTS = "productsWebClient";
                  @Bean(DASHBOARD)
                  public WebClient dashboard(WebClient.Builder builder) {
                      return builder.clone().baseUrl("https://dashboard.bandwidth.com/api/v2").build();
                  }
                  @Bean(PRODUCTS)
                  public WebClient products(WebClient.Builder builder) {
                      return builder.clone().build();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import org.springframework.beans.factory.annotation.Qualifier;
              import org.springframework.web.reactive.function.client.WebClient;
              class E911Client {
                  private final WebClient dashboard;
                  E911Client(@Qualifier(HttpClients.DASHBOARD) WebClient dashboard) {
                      this.dashboard = dashboard;
                  }
                  Object list(String account) {
                      return dashboard.get().uri("/accounts/{id}/addresses", account).retrieve();
                  }
              }
              """,
            """
              package com.acme;
              import org.springframework.beans.factory.annotation.Qualifier;
              import org.springframework.web.reactive.function.client.WebClient;
              class E911Client {
                  private final WebClient dashboard;
                  E911Client(@Qualifier(HttpClients.DASHBOARD) WebClient dashboard) {
                      this.dashboard = dashboard;
                  }
                  Object list(String account) {
                      return dashboard.get().uri("/accounts/{id}/e911Addresses", account).retrieve();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import org.springframework.beans.factory.annotation.Qualifier;
              import org.springframework.web.reactive.function.client.WebClient;
              class CrmClient {
                  private final WebClient crm;
                  CrmClient(@Qualifier(HttpClients.PRODUCTS) WebClient products) {
                      this.crm = products;
                  }
                  Object list(String customer) {
                      return crm.get().uri("https://crm.acme.example/api/accounts/{id}/addresses", customer).retrieve();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import org.springframework.web.reactive.function.client.WebClient;
              class CustomerAddresses {
                  private final WebClient web;
                  CustomerAddresses(WebClient.Builder builder) {
                      this.web = builder.clone().baseUrl(System.getenv("CRM_URL")).build();
                  }
                  Object list(String customer) {
                      return web.get().uri("/accounts/{id}/addresses", customer).retrieve();
                  }
              }
              """
          )
        );
    }

    @Test
    void reportOnlyMarksInsteadOfRewriting() {
        rewriteRun(
          spec -> spec.recipe(new E911Addresses(true)).typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.springframework.web.util.UriComponentsBuilder;
              class AddressClient {
                  String a(String accountId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/addresses";
                  }
                  String b(String id) {
                      return UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com/api/v2").pathSegment("accounts", id, "addresses").toUriString();
                  }
              }
              """,
            """
              import org.springframework.web.util.UriComponentsBuilder;
              class AddressClient {
                  String a(String accountId) {
                      return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + /*~~([BW002] E911 addresses moved to /accounts/{id}/e911Addresses in v2, and /addresses is now a different resource (reusable addresses) that answers without error; change /addresses to /e911Addresses)~~>*/"/addresses";
                  }
                  String b(String id) {
                      return UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com/api/v2").pathSegment("accounts", id, /*~~([BW002] E911 addresses moved to /accounts/{id}/e911Addresses in v2, and /addresses is now a different resource (reusable addresses) that answers without error; change /addresses to /e911Addresses)~~>*/"addresses").toUriString();
                  }
              }
              """
          )
        );
    }

    @Test
    void migrateCompositeAppliesBothRulesToOneLiteral() {
        rewriteRun(
          spec -> spec.recipeFromResources("io.github.irismigrate.MigrateToApiV2"),
          //language=java
          java(
            """
              class Both {
                  String a(String id) { return "https://dashboard.bandwidth.com/api/accounts/" + id + "/addresses"; }
              }
              """,
            """
              class Both {
                  String a(String id) { return "https://dashboard.bandwidth.com/api/v2/accounts/" + id + "/e911Addresses"; }
              }
              """
          )
        );
    }

    @Test
    void retrofitRelativePathInADashboardInterface() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import retrofit2.http.GET;
              interface IrisApi {
                  @GET("accounts/{accountId}/tnoptions")
                  Object options(String accountId);
                  @GET("accounts/{accountId}/addresses")
                  Object addresses(String accountId);
              }
              """,
            """
              import retrofit2.http.GET;
              interface IrisApi {
                  @GET("accounts/{accountId}/tnoptions")
                  Object options(String accountId);
                  @GET("accounts/{accountId}/e911Addresses")
                  Object addresses(String accountId);
              }
              """
          )
        );
    }

    @Test
    void clientInterfacesWhoseBaseUrlConfigurationNamesByKey() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          properties(
            """
              quarkus.rest-client.iris.url=https://dashboard.bandwidth.com/api/v2
              quarkus.rest-client.crm.url=https://crm.harborline.internal
              """,
            spec -> spec.path("src/main/resources/application.properties")
          ),
          yaml(
            """
              spring:
                cloud:
                  openfeign:
                    client:
                      config:
                        partner:
                          url: https://partner.example.com
              """,
            spec -> spec.path("src/main/resources/application.yml")
          ),
          //language=java
          java(
            """
              @org.eclipse.microprofile.rest.client.inject.RegisterRestClient(configKey = "iris")
              @jakarta.ws.rs.Path("/accounts/{accountId}")
              public interface IrisE911Client {
                  @jakarta.ws.rs.GET
                  @jakarta.ws.rs.Path("/addresses")
                  String addresses(@jakarta.ws.rs.PathParam("accountId") String accountId);
              }
              """,
            """
              @org.eclipse.microprofile.rest.client.inject.RegisterRestClient(configKey = "iris")
              @jakarta.ws.rs.Path("/accounts/{accountId}")
              public interface IrisE911Client {
                  @jakarta.ws.rs.GET
                  @jakarta.ws.rs.Path("/e911Addresses")
                  String addresses(@jakarta.ws.rs.PathParam("accountId") String accountId);
              }
              """
          ),
          //language=java
          java(
            """
              @org.eclipse.microprofile.rest.client.inject.RegisterRestClient(configKey = "crm")
              @jakarta.ws.rs.Path("/api/accounts/{accountId}")
              public interface CrmClient {
                  @jakarta.ws.rs.GET
                  @jakarta.ws.rs.Path("/addresses")
                  String addresses(@jakarta.ws.rs.PathParam("accountId") String tenant);
              }
              """
          ),
          //language=java
          java(
            """
              @org.springframework.cloud.openfeign.FeignClient(name = "partner")
              public interface PartnerClient {
                  @org.springframework.web.bind.annotation.GetMapping("/accounts/{id}/addresses")
                  String addresses(@org.springframework.web.bind.annotation.PathVariable("id") String id);
              }
              """
          )
        );
    }

    @Test
    void retrofitInterfaceWhoseBaseUrlIsSetInAnotherFile() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import retrofit2.http.GET;
              interface AddressApi {
                  @GET("/accounts/{accountId}/addresses")
                  Object addresses(String accountId);
              }
              """,
            """
              import retrofit2.http.GET;
              interface AddressApi {
                  @GET("/accounts/{accountId}/e911Addresses")
                  Object addresses(String accountId);
              }
              """
          ),
          //language=java
          java(
            """
              import retrofit2.Retrofit;
              class Api {
                  AddressApi api() {
                      return new Retrofit.Builder().baseUrl("https://dashboard.bandwidth.com/api/v2/").build().create(AddressApi.class);
                  }
              }
              """
          )
        );
    }

    @Test
    void baseUrlInjectedWithValueIntoFieldOrConstructor() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.springframework.beans.factory.annotation.Value;
              class FieldInjected {
                  @Value("${iris.url}") private String baseUrl;
                  String addresses(String id) { return baseUrl + "/accounts/" + id + "/addresses"; }
              }
              """,
            """
              import org.springframework.beans.factory.annotation.Value;
              class FieldInjected {
                  @Value("${iris.url}") private String baseUrl;
                  String addresses(String id) { return baseUrl + "/accounts/" + id + "/e911Addresses"; }
              }
              """
          ),
          //language=java
          java(
            """
              import org.springframework.beans.factory.annotation.Value;
              class ConstructorInjected {
                  private final String base;
                  ConstructorInjected(@Value("${iris.url}") String base) { this.base = base; }
                  String addresses(String id) { return base + "/accounts/" + id + "/addresses"; }
              }
              """,
            """
              import org.springframework.beans.factory.annotation.Value;
              class ConstructorInjected {
                  private final String base;
                  ConstructorInjected(@Value("${iris.url}") String base) { this.base = base; }
                  String addresses(String id) { return base + "/accounts/" + id + "/e911Addresses"; }
              }
              """
          ),
          properties("iris.url=https://dashboard.bandwidth.com/api/v2\n", spec -> spec.path("src/main/resources/application.properties"))
        );
    }

    @Test
    void localVariableStringBuilderJoinAndUriCreate() {
        rewriteRun(
          //language=java
          java(
            """
              class Assembled {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String local(String id) {
                      String base = "https://dashboard.bandwidth.com/api/v2";
                      return base + "/accounts/" + id + "/addresses";
                  }
                  String builder(String id) {
                      return new StringBuilder(BASE).append("/accounts/").append(id).append("/addresses").toString();
                  }
                  String joined(String id) {
                      return String.join("/", BASE, "accounts", id, "addresses");
                  }
                  java.net.URI uri(String id) {
                      return java.net.URI.create(BASE + "/accounts/" + id + "/addresses");
                  }
              }
              """,
            """
              class Assembled {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String local(String id) {
                      String base = "https://dashboard.bandwidth.com/api/v2";
                      return base + "/accounts/" + id + "/e911Addresses";
                  }
                  String builder(String id) {
                      return new StringBuilder(BASE).append("/accounts/").append(id).append("/e911Addresses").toString();
                  }
                  String joined(String id) {
                      return String.join("/", BASE, "accounts", id, "e911Addresses");
                  }
                  java.net.URI uri(String id) {
                      return java.net.URI.create(BASE + "/accounts/" + id + "/e911Addresses");
                  }
              }
              """
          )
        );
    }

    /**
     * A path joined in a local {@code StringJoiner} (a prefix, adds chained and on their own) and sent with a query
     * appended: its {@code addresses} segment is the Dashboard's; the same joiner on the project's own portal, and a
     * joiner of a CSV line, are left alone.
     */
    @Test
    void pathJoinedInALocalStringJoiner() {
        rewriteRun(
          //language=java
          java(
            """
              import java.util.StringJoiner;
              class E911Reconcile {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  static final String PORTAL = "https://portal.acme.example";
                  String account;
                  String fetchAll() {
                      StringJoiner path = new StringJoiner("/", "/", "");
                      path.add("accounts").add(account);
                      path.add("addresses");
                      return get(BASE + path.toString() + "?size=5000");
                  }
                  String own(String customer) {
                      StringJoiner path = new StringJoiner("/");
                      path.add(PORTAL).add("customers").add(customer).add("addresses");
                      return get(path.toString());
                  }
                  String csv(String tn) {
                      StringJoiner line = new StringJoiner(",");
                      line.add(tn).add("addresses");
                      return line.toString();
                  }
                  String get(String url) {
                      return url;
                  }
              }
              """,
            """
              import java.util.StringJoiner;
              class E911Reconcile {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  static final String PORTAL = "https://portal.acme.example";
                  String account;
                  String fetchAll() {
                      StringJoiner path = new StringJoiner("/", "/", "");
                      path.add("accounts").add(account);
                      path.add("e911Addresses");
                      return get(BASE + path.toString() + "?size=5000");
                  }
                  String own(String customer) {
                      StringJoiner path = new StringJoiner("/");
                      path.add(PORTAL).add("customers").add(customer).add("addresses");
                      return get(path.toString());
                  }
                  String csv(String tn) {
                      StringJoiner line = new StringJoiner(",");
                      line.add(tn).add("addresses");
                      return line.toString();
                  }
                  String get(String url) {
                      return url;
                  }
              }
              """
          )
        );
    }

    /**
     * The test of a Dashboard client class, by name ({@code E911AddressClientTest}), asserts the paths the class sends
     * and serves them from its fake: they are the Dashboard's, with no host in the test. The test of a class that
     * serves routes of its own (a router that also calls the Dashboard) requests the project's own paths: left alone.
     */
    @Test
    void pathsAssertedByTheTestOfADashboardClient() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spring-web", "spring-context")),
          //language=java
          java(
            """
              package com.acme.e911;
              public class E911AddressClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/";
                  String account;
                  public String list() {
                      return get(BASE + account + "/e911Addresses");
                  }
                  String get(String url) {
                      return url;
                  }
              }
              """
          ),
          java(
            """
              package com.acme.e911;
              class E911AddressClientTest {
                  void listsAddresses(Fake fake) {
                      fake.respond("/api/v2/accounts/9900417/addresses", "<AddressesResponse/>");
                      check("/api/v2/accounts/9900417/addresses", fake.lastPath());
                  }
                  interface Fake {
                      void respond(String path, String body);
                      String lastPath();
                  }
                  static void check(String expected, String actual) {
                  }
              }
              """,
            """
              package com.acme.e911;
              class E911AddressClientTest {
                  void listsAddresses(Fake fake) {
                      fake.respond("/api/v2/accounts/9900417/e911Addresses", "<AddressesResponse/>");
                      check("/api/v2/accounts/9900417/e911Addresses", fake.lastPath());
                  }
                  interface Fake {
                      void respond(String path, String body);
                      String lastPath();
                  }
                  static void check(String expected, String actual) {
                  }
              }
              """,
            spec -> spec.path("src/test/java/com/acme/e911/E911AddressClientTest.java")
          ),
          java(
            """
              package com.acme.api;
              import org.springframework.web.bind.annotation.GetMapping;
              import org.springframework.web.bind.annotation.RestController;
              @RestController
              public class CustomerController {
                  static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2/accounts/1/e911Addresses";
                  @GetMapping("/api/accounts/{id}/addresses")
                  public String addresses(String id) {
                      return DASHBOARD;
                  }
              }
              """
          ),
          java(
            """
              package com.acme.api;
              class CustomerControllerTest {
                  void ownAddresses(Client client) {
                      client.get("/api/accounts/ACME-1/addresses");
                  }
                  interface Client {
                      String get(String path);
                  }
              }
              """,
            spec -> spec.path("src/test/java/com/acme/api/CustomerControllerTest.java")
          )
        );
    }

    @Test
    void webClientWhoseBaseUrlConstantLivesInAnotherClass() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              class IrisConfig {
                  static final String IRIS = "https://dashboard.bandwidth.com/api/v2";
              }
              """
          ),
          //language=java
          java(
            """
              import org.springframework.web.reactive.function.client.WebClient;
              class AddressWebClient {
                  private final WebClient client = WebClient.builder().baseUrl(IrisConfig.IRIS).build();
                  Object addresses(String id) { return client.get().uri("/accounts/{id}/addresses", id).retrieve(); }
              }
              """,
            """
              import org.springframework.web.reactive.function.client.WebClient;
              class AddressWebClient {
                  private final WebClient client = WebClient.builder().baseUrl(IrisConfig.IRIS).build();
                  Object addresses(String id) { return client.get().uri("/accounts/{id}/e911Addresses", id).retrieve(); }
              }
              """
          )
        );
    }

    @Test
    void xmlAttributeAndQuotedYaml() {
        rewriteRun(
          //language=xml
          xml(
            """
              <endpoints><endpoint url="https://dashboard.bandwidth.com/api/v2/accounts/1/addresses"/></endpoints>
              """,
            """
              <endpoints><endpoint url="https://dashboard.bandwidth.com/api/v2/accounts/1/e911Addresses"/></endpoints>
              """,
            spec -> spec.path("src/main/resources/endpoints.xml")
          ),
          //language=yaml
          yaml(
            """
              a: "https://dashboard.bandwidth.com/api/v2/accounts/1/addresses"
              b: 'https://dashboard.bandwidth.com/api/v2/accounts/2/addresses'
              """,
            """
              a: "https://dashboard.bandwidth.com/api/v2/accounts/1/e911Addresses"
              b: 'https://dashboard.bandwidth.com/api/v2/accounts/2/e911Addresses'
              """,
            spec -> spec.path("src/main/resources/application.yml")
          )
        );
    }

    @Test
    void openFeignRequestLine() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import feign.RequestLine;
              interface IrisFeign {
                  @RequestLine("GET /accounts/{id}/addresses")
                  Object addresses(String id);
              }
              """,
            """
              import feign.RequestLine;
              interface IrisFeign {
                  @RequestLine("GET /accounts/{id}/e911Addresses")
                  Object addresses(String id);
              }
              """
          ),
          properties("iris.url=https://dashboard.bandwidth.com/api/v2\n", spec -> spec.path("src/main/resources/application.properties"))
        );
    }

    @Test
    void pathInAConfigFileBesideADashboardBaseUrl() {
        rewriteRun(
          properties(
            """
              bw.base=https://dashboard.bandwidth.com/api/v2
              bw.addresses=/accounts/{id}/addresses
              """,
            """
              bw.base=https://dashboard.bandwidth.com/api/v2
              bw.addresses=/accounts/{id}/e911Addresses
              """,
            spec -> spec.path("src/main/resources/application.properties")
          ),
          //language=yaml
          yaml(
            """
              bw:
                base: https://dashboard.bandwidth.com/api/v2
                paths:
                  - /accounts/{id}/addresses
              """,
            """
              bw:
                base: https://dashboard.bandwidth.com/api/v2
                paths:
                  - /accounts/{id}/e911Addresses
              """,
            spec -> spec.path("src/main/resources/application.yml")
          )
        );
    }

    @Test
    void pathPropertyJoinedToABasePropertyInCode() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.springframework.beans.factory.annotation.Value;
              class AddressPaths {
                  @Value("${bw.base}") String base;
                  @Value("${bw.addresses-path}") String path;
                  String url() { return base + path; }
              }
              """
          ),
          properties(
            """
              bw.base=https://dashboard.bandwidth.com/api/v2
              """,
            spec -> spec.path("src/main/resources/application.properties")
          ),
          properties(
            """
              bw.addresses-path=/accounts/{id}/addresses
              """,
            """
              bw.addresses-path=/accounts/{id}/e911Addresses
              """,
            spec -> spec.path("src/main/resources/paths.properties")
          )
        );
    }

    @Test
    void segmentConstant() {
        rewriteRun(
          //language=java
          java(
            """
              class SegmentConstant {
                  static final String ADDRESSES = "addresses";
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/";
                  String url(String id) { return BASE + id + "/" + ADDRESSES; }
              }
              """,
            """
              class SegmentConstant {
                  static final String ADDRESSES = "e911Addresses";
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/";
                  String url(String id) { return BASE + id + "/" + ADDRESSES; }
              }
              """
          )
        );
    }

    @Test
    void configValueWhosePlaceholderNamesADashboardBaseInAnotherFile() {
        rewriteRun(
          //language=yaml
          yaml(
            """
              bw:
                base: https://dashboard.bandwidth.com/api/v2
              """,
            spec -> spec.path("src/main/resources/application.yml")
          ),
          properties(
            "endpoints.addresses=${bw.base}/accounts/{id}/addresses\n",
            "endpoints.addresses=${bw.base}/accounts/{id}/e911Addresses\n",
            spec -> spec.path("src/main/resources/application-prod.properties")
          )
        );
    }

    /** A path helper that names no host, called by a client of the Dashboard in another class: the helper is fixed. */
    @Test
    void pathReturnedByAHelperMethodOfAnotherClass() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.iris;
              public final class Paths {
                  public static String addresses(String account) {
                      return "/accounts/" + account + "/addresses";
                  }
                  public static String address(String account, String id) {
                      return String.format("/accounts/%s/addresses/%s", account, id);
                  }
                  public static String search(String account, String zip) {
                      String path = "/accounts/" + account + "/addresses?zip=" + zip;
                      return path;
                  }
              }
              """,
            """
              package com.acme.iris;
              public final class Paths {
                  public static String addresses(String account) {
                      return "/accounts/" + account + "/e911Addresses";
                  }
                  public static String address(String account, String id) {
                      return String.format("/accounts/%s/e911Addresses/%s", account, id);
                  }
                  public static String search(String account, String zip) {
                      String path = "/accounts/" + account + "/e911Addresses?zip=" + zip;
                      return path;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import java.net.URI;
              class E911Client {
                  private static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  private final String account = "12345";
                  URI list() {
                      return URI.create(BASE + Paths.addresses(account));
                  }
                  URI one(String id) {
                      return URI.create(BASE + Paths.address(account, id));
                  }
                  URI near(String zip) {
                      return URI.create(BASE + Paths.search(account, zip));
                  }
              }
              """
          )
        );
    }

    /** A helper of another class that puts the Dashboard's base in front of a path: the path at the call is fixed. */
    @Test
    void pathHandedToAHelperThatAddsTheDashboardBase() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.http;
              public final class IrisHttp {
                  private static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  public static String url(String path) {
                      return BASE + path;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.e911;
              import com.acme.http.IrisHttp;
              import java.net.URI;
              class E911Client {
                  URI list(String account) {
                      return URI.create(IrisHttp.url("/accounts/" + account + "/addresses"));
                  }
              }
              """,
            """
              package com.acme.e911;
              import com.acme.http.IrisHttp;
              import java.net.URI;
              class E911Client {
                  URI list(String account) {
                      return URI.create(IrisHttp.url("/accounts/" + account + "/e911Addresses"));
                  }
              }
              """
          )
        );
    }

    /**
     * A path helper's result handed alone to a Dashboard client bean ({@code uri(paths.e911(account))}), the helper an
     * injected bean's method or a static one: the path is fixed in the helper. A helper whose result goes to another
     * API's client is left alone.
     */
    @Test
    void pathOfAHelperBeanSentAloneByADashboardClient() {
        rewriteRun(
          // Spring's real client types; @Bean (spring-context) is not on the test classpath
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spring-web", "spring-core"))
            .typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.carrier;
              import org.springframework.context.annotation.Bean;
              import org.springframework.web.client.RestClient;
              class CarrierConfig {
                  @Bean
                  RestClient carrierClient() {
                      return RestClient.builder().baseUrl("https://dashboard.bandwidth.com/api/v2").build();
                  }
                  @Bean
                  RestClient crmClient() {
                      return RestClient.builder().baseUrl("https://crm.example.com/api").build();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.carrier;
              public class CarrierPaths {
                  public String e911(String account) {
                      return "/accounts/" + account + "/addresses";
                  }
                  public static String e911One(String account, String id) {
                      return "/accounts/" + account + "/addresses/" + id;
                  }
              }
              """,
            """
              package com.acme.carrier;
              public class CarrierPaths {
                  public String e911(String account) {
                      return "/accounts/" + account + "/e911Addresses";
                  }
                  public static String e911One(String account, String id) {
                      return "/accounts/" + account + "/e911Addresses/" + id;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              public class CrmPaths {
                  public String addresses(String customer) {
                      return "/accounts/" + customer + "/addresses";
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.carrier;
              import org.springframework.web.client.RestClient;
              class E911Sync {
                  private final RestClient carrierClient;
                  private final CarrierPaths paths;
                  E911Sync(RestClient carrierClient, CarrierPaths paths) {
                      this.carrierClient = carrierClient;
                      this.paths = paths;
                  }
                  String all(String account) {
                      return carrierClient.get().uri(paths.e911(account)).retrieve().body(String.class);
                  }
                  String one(String account, String id) {
                      return carrierClient.get().uri(CarrierPaths.e911One(account, id)).retrieve().body(String.class);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              import org.springframework.web.client.RestClient;
              class CustomerSync {
                  private final RestClient crmClient;
                  private final CrmPaths crm;
                  CustomerSync(RestClient crmClient, CrmPaths crm) {
                      this.crmClient = crmClient;
                      this.crm = crm;
                  }
                  String customer(String customer) {
                      return crmClient.get().uri(crm.addresses(customer)).retrieve().body(String.class);
                  }
              }
              """
          )
        );
    }

    /**
     * A template method: the base class builds the Dashboard URL around an abstract {@code resourcePath()}, and a
     * subclass returns the collection. The subclass's text is fixed; a subclass of a base on another host is not.
     */
    @Test
    void collectionReturnedByASubclassOfATemplateMethodBase() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.http;
              public abstract class AbstractIrisResource {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  protected final String accountId;
                  protected AbstractIrisResource(String accountId) { this.accountId = accountId; }
                  protected abstract String resourcePath();
                  public final String buildUrl() {
                      StringBuilder sb = new StringBuilder(BASE);
                      sb.append("/accounts/").append(accountId).append('/').append(resourcePath());
                      return sb.toString();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.http;
              public class E911AddressResource extends AbstractIrisResource {
                  public E911AddressResource(String accountId) { super(accountId); }
                  @Override
                  protected String resourcePath() {
                      return "addresses";
                  }
              }
              """,
            """
              package com.acme.http;
              public class E911AddressResource extends AbstractIrisResource {
                  public E911AddressResource(String accountId) { super(accountId); }
                  @Override
                  protected String resourcePath() {
                      return "e911Addresses";
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              public abstract class CrmResource {
                  protected abstract String collection();
                  public String url(String customer) {
                      return "https://crm.example.com/api/accounts/" + customer + "/" + collection();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              public class CrmAddresses extends CrmResource {
                  @Override
                  protected String collection() {
                      return "addresses";
                  }
              }
              """
          )
        );
    }

    /**
     * A helper that starts an OkHttp URL builder at the account and adds each segment it is given in a loop
     * ({@code builder.addPathSegments(segment)}): a call's segments are read after the account, so the E911 segment
     * is fixed at the call.
     */
    @Test
    void segmentsAddedInALoopToAUrlBuilderStartedAtTheAccount() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("okhttp")),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import okhttp3.HttpUrl;
              public class DashboardUrls {
                  private final String baseUrl = "https://dashboard.bandwidth.com/api/v2";
                  private final String accountId;
                  public DashboardUrls(String accountId) { this.accountId = accountId; }
                  public HttpUrl account(String... segments) {
                      HttpUrl.Builder builder = HttpUrl.get(baseUrl).newBuilder()
                              .addPathSegment("accounts")
                              .addPathSegment(accountId);
                      for (String segment : segments) {
                          builder.addPathSegments(segment);
                      }
                      return builder.build();
                  }
                  public HttpUrl e911Address(String addressId) {
                      return account("addresses", addressId);
                  }
              }
              """,
            """
              package com.acme.dashboard;
              import okhttp3.HttpUrl;
              public class DashboardUrls {
                  private final String baseUrl = "https://dashboard.bandwidth.com/api/v2";
                  private final String accountId;
                  public DashboardUrls(String accountId) { this.accountId = accountId; }
                  public HttpUrl account(String... segments) {
                      HttpUrl.Builder builder = HttpUrl.get(baseUrl).newBuilder()
                              .addPathSegment("accounts")
                              .addPathSegment(accountId);
                      for (String segment : segments) {
                          builder.addPathSegments(segment);
                      }
                      return builder.build();
                  }
                  public HttpUrl e911Address(String addressId) {
                      return account("e911Addresses", addressId);
                  }
              }
              """
          )
        );
    }

    /**
     * Path segments handed to a helper that joins them with '/' ({@code UrlUtil.url(BASE, "accounts", id, "addresses")},
     * a loop appending each, or {@code String.join("/", ..)}): the segment is fixed at the call. The same helper
     * building another host's URL is left alone.
     */
    @Test
    void segmentsJoinedByAHelper() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.http;
              public final class UrlUtil {
                  public static String url(String base, Object... segments) {
                      StringBuilder sb = new StringBuilder(base);
                      for (Object segment : segments) {
                          sb.append('/').append(segment);
                      }
                      return sb.toString();
                  }
                  public static String path(String... segments) {
                      return "/" + String.join("/", segments);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.http;
              class E911Client {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  static final String CRM = "https://crm.example.com/api";
                  String list(String account) {
                      return UrlUtil.url(BASE, "accounts", account, "addresses");
                  }
                  String one(String account, String id) {
                      return BASE + UrlUtil.path("accounts", account, "addresses", id);
                  }
                  String customer(String account) {
                      return UrlUtil.url(CRM, "accounts", account, "addresses");
                  }
              }
              """,
            """
              package com.acme.http;
              class E911Client {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  static final String CRM = "https://crm.example.com/api";
                  String list(String account) {
                      return UrlUtil.url(BASE, "accounts", account, "e911Addresses");
                  }
                  String one(String account, String id) {
                      return BASE + UrlUtil.path("accounts", account, "e911Addresses", id);
                  }
                  String customer(String account) {
                      return UrlUtil.url(CRM, "accounts", account, "addresses");
                  }
              }
              """
          )
        );
    }

    /**
     * A client's own segment joiner that starts from its base and account ({@code segments("addresses")} with
     * {@code new StringBuilder(baseUrl).append(ACCOUNTS).append(accountId)} before its loop, returning a {@code URI}):
     * a call reads as the account's path, so its segment is fixed. The same joiner of another API's client is not.
     */
    @Test
    void segmentsAfterTheAccountPathAJoinerStartsWith() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.net.URI;
              public class DashboardClient {
                  private static final String ACCOUNTS = "/accounts/";
                  private final String baseUrl = "https://dashboard.bandwidth.com/api/v2";
                  private final String accountId = "9900123";
                  public URI segments(String... segments) {
                      StringBuilder sb = new StringBuilder(baseUrl).append(ACCOUNTS).append(accountId);
                      for (String s : segments) {
                          sb.append('/').append(s);
                      }
                      return URI.create(sb.toString());
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              import java.net.URI;
              public class CrmClient {
                  private final String baseUrl = "https://crm.example.com/api";
                  private final String accountId = "1";
                  public URI parts(String... segments) {
                      StringBuilder sb = new StringBuilder(baseUrl).append("/accounts/").append(accountId);
                      for (String s : segments) {
                          sb.append('/').append(s);
                      }
                      return URI.create(sb.toString());
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.jobs;
              import com.acme.crm.CrmClient;
              import com.acme.dashboard.DashboardClient;
              class Sync {
                  DashboardClient dashboard;
                  CrmClient crm;
                  Object audit() {
                      return dashboard.segments("addresses");
                  }
                  Object customers() {
                      return crm.parts("addresses");
                  }
              }
              """,
            """
              package com.acme.jobs;
              import com.acme.crm.CrmClient;
              import com.acme.dashboard.DashboardClient;
              class Sync {
                  DashboardClient dashboard;
                  CrmClient crm;
                  Object audit() {
                      return dashboard.segments("e911Addresses");
                  }
                  Object customers() {
                      return crm.parts("addresses");
                  }
              }
              """
          )
        );
    }

    /**
     * A URL builder of the project's own that collects segments and query parameters and joins them in
     * {@code build()} ({@code dashboard.account().segment(DashboardPaths.E911_ADDRESSES).query("page", p).build()}),
     * started by a static factory given the base and the account ({@code forAccount(baseUrl, accountId)}): the chain
     * reads as {@code <base>/accounts/<account>/addresses?page=..}, so the segment constant of another class is fixed.
     * The same builder over the customer's own CRM base keeps its {@code addresses}.
     */
    @Test
    void segmentOfTheProjectsOwnUrlBuilderStartedAtTheAccount() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.http;
              import java.util.ArrayList;
              import java.util.LinkedHashMap;
              import java.util.List;
              import java.util.Map;
              public final class DashboardUrlBuilder {
                  private final String baseUrl;
                  private final String accountId;
                  private final List<String> segments = new ArrayList<>();
                  private final Map<String, Object> query = new LinkedHashMap<>();
                  private DashboardUrlBuilder(String baseUrl, String accountId) {
                      this.baseUrl = baseUrl;
                      this.accountId = accountId;
                  }
                  public static DashboardUrlBuilder forAccount(String baseUrl, String accountId) {
                      return new DashboardUrlBuilder(baseUrl, accountId);
                  }
                  public DashboardUrlBuilder segment(String segment) {
                      segments.add(segment);
                      return this;
                  }
                  public DashboardUrlBuilder query(String name, Object value) {
                      query.put(name, value);
                      return this;
                  }
                  public String build() {
                      StringBuilder url = new StringBuilder(baseUrl).append("/accounts/").append(accountId);
                      segments.forEach(s -> url.append('/').append(s));
                      return url.toString();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.http;
              public final class DashboardPaths {
                  public static final String E911_ADDRESSES = "addresses";
                  private DashboardPaths() {
                  }
              }
              """,
            """
              package com.acme.http;
              public final class DashboardPaths {
                  public static final String E911_ADDRESSES = "e911Addresses";
                  private DashboardPaths() {
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.http;
              public class DashboardClient {
                  private final String baseUrl = "https://dashboard.bandwidth.com/api/v2";
                  private final String accountId = "9900417";
                  public DashboardUrlBuilder account() {
                      return DashboardUrlBuilder.forAccount(baseUrl, accountId);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.e911;
              import com.acme.http.DashboardClient;
              import com.acme.http.DashboardPaths;
              import com.acme.http.DashboardUrlBuilder;
              class E911AddressService {
                  DashboardClient dashboard;
                  String list(int page) {
                      return dashboard.account()
                              .segment(DashboardPaths.E911_ADDRESSES)
                              .query("page", page)
                              .build();
                  }
                  String crmAddresses(String customerId) {
                      return DashboardUrlBuilder.forAccount("https://crm.acme.example/api", customerId)
                              .segment("addresses")
                              .build();
                  }
              }
              """
          )
        );
    }

    /**
     * A joiner that returns the URL builder itself, its segments appended after the account
     * ({@code URIBuilder accountUri(String... segments)}), built by its caller
     * ({@code http.accountUri("addresses", id).build()}): the segment is fixed there.
     */
    @Test
    void segmentsOfAJoinerThatReturnsTheBuilder() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("httpcore5")),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.net.URI;
              import org.apache.hc.core5.net.URIBuilder;
              public class DashboardHttp {
                  private final URI baseUri = URI.create("https://dashboard.bandwidth.com/api/v2");
                  private final String accountId = "9900417";
                  public URIBuilder accountUri(String... segments) {
                      return new URIBuilder(baseUri)
                              .appendPathSegments("accounts", accountId)
                              .appendPathSegments(segments);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.e911;
              import com.acme.dashboard.DashboardHttp;
              import java.net.URI;
              class E911AddressClient {
                  DashboardHttp http;
                  URI one(String addressId) throws Exception {
                      return http.accountUri("addresses", addressId).build();
                  }
              }
              """,
            """
              package com.acme.e911;
              import com.acme.dashboard.DashboardHttp;
              import java.net.URI;
              class E911AddressClient {
                  DashboardHttp http;
                  URI one(String addressId) throws Exception {
                      return http.accountUri("e911Addresses", addressId).build();
                  }
              }
              """
          )
        );
    }

    /**
     * A joiner that hands its segments to a URL builder started at the account ({@code accountBuilder()
     * .appendPathSegments(segments)}), also through an overload that delegates to it: a call reads as the account's
     * path, so its segment is fixed.
     */
    @Test
    void segmentsHandedToAnAccountBuilderThroughAnOverload() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.net.URI;
              import java.util.Map;
              import org.apache.hc.core5.net.URIBuilder;
              public class DashboardUris {
                  private final String baseUrl = "https://dashboard.bandwidth.com/api/v2";
                  private final String accountId = "9900417";
                  public URI account(String... segments) {
                      return account(Map.of(), segments);
                  }
                  public URI account(Map<String, String> query, String... segments) {
                      try {
                          URIBuilder builder = accountBuilder().appendPathSegments(segments);
                          query.forEach(builder::addParameter);
                          return builder.build();
                      } catch (Exception e) {
                          throw new IllegalArgumentException(e);
                      }
                  }
                  public URIBuilder accountBuilder() {
                      try {
                          return new URIBuilder(baseUrl).appendPathSegments("accounts", accountId);
                      } catch (Exception e) {
                          throw new IllegalStateException(e);
                      }
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.net.URI;
              class E911Api {
                  DashboardUris uris;
                  URI one(String id) {
                      return uris.account("addresses", id);
                  }
              }
              """,
            """
              package com.acme.dashboard;
              import java.net.URI;
              class E911Api {
                  DashboardUris uris;
                  URI one(String id) {
                      return uris.account("e911Addresses", id);
                  }
              }
              """
          )
        );
    }

    /**
     * A path built over several statements ({@code path += "/addresses/" + id}) in a subclass of the project's
     * Dashboard client base, whose base URL comes from its own configuration class
     * ({@code get("iris.baseUrl", DEFAULT_BASE_URL)}): the added segment is fixed.
     */
    @Test
    void pathBuiltWithCompoundAssignmentInASubclassOfTheDashboardClient() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.config;
              import java.util.Properties;
              public final class ToolkitConfig {
                  public static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api/v2";
                  private final Properties props = new Properties();
                  private String get(String key, String fallback) {
                      return props.getProperty(key, System.getenv().getOrDefault(key.toUpperCase(), fallback));
                  }
                  public String irisBaseUrl() {
                      return get("iris.baseUrl", DEFAULT_BASE_URL);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import com.acme.config.ToolkitConfig;
              public abstract class DashboardClient {
                  protected final String baseUrl;
                  protected final String accountId;
                  protected DashboardClient(ToolkitConfig config, String accountId) {
                      this.baseUrl = config.irisBaseUrl();
                      this.accountId = accountId;
                  }
                  protected String delete(String path) {
                      return "DELETE " + baseUrl + path;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import com.acme.config.ToolkitConfig;
              public class E911AddressService extends DashboardClient {
                  public E911AddressService(ToolkitConfig config, String accountId) {
                      super(config, accountId);
                  }
                  public String remove(String addressId) {
                      String path = "/accounts/" + accountId;
                      path += "/addresses/" + addressId;
                      return delete(path);
                  }
              }
              """,
            """
              package com.acme.iris;
              import com.acme.config.ToolkitConfig;
              public class E911AddressService extends DashboardClient {
                  public E911AddressService(ToolkitConfig config, String accountId) {
                      super(config, accountId);
                  }
                  public String remove(String addressId) {
                      String path = "/accounts/" + accountId;
                      path += "/e911Addresses/" + addressId;
                      return delete(path);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              public class CrmAddresses {
                  String remove(String customer, String id) {
                      String path = "/accounts/" + customer;
                      path += "/addresses/" + id;
                      return "DELETE https://crm.example.com" + path;
                  }
              }
              """
          )
        );
    }

    /**
     * A request builder of the project's own that is not named {@code *UriBuilder}
     * ({@code IrisRequest.builder().base(BASE).path("accounts", id, "addresses")}): its base and path segments are
     * read, its other steps (method, body) do not touch the URL. The same builder on another host is left alone.
     */
    @Test
    void segmentsOfARequestBuilderOfTheProjectsOwn() {
        rewriteRun(
          java(OwnRequestBuilderStub.IRIS_REQUEST),
          //language=java
          java(
            """
              package com.acme.http;
              class E911Client {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  static final String CRM = "https://crm.example.com/api";
                  IrisRequest create(String account, String xml) {
                      return IrisRequest.builder()
                              .base(BASE)
                              .method(IrisRequest.Method.POST)
                              .path("accounts", account, "addresses")
                              .xml(xml)
                              .build();
                  }
                  IrisRequest customer(String account) {
                      return IrisRequest.builder().base(CRM).path("accounts", account, "addresses").build();
                  }
              }
              """,
            """
              package com.acme.http;
              class E911Client {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  static final String CRM = "https://crm.example.com/api";
                  IrisRequest create(String account, String xml) {
                      return IrisRequest.builder()
                              .base(BASE)
                              .method(IrisRequest.Method.POST)
                              .path("accounts", account, "e911Addresses")
                              .xml(xml)
                              .build();
                  }
                  IrisRequest customer(String account) {
                      return IrisRequest.builder().base(CRM).path("accounts", account, "addresses").build();
                  }
              }
              """
          )
        );
    }

    /**
     * The routes a SparkJava application serves ({@code get("/api/accounts/:accountId/addresses", this::addresses)})
     * are the customer's own endpoints, even in a class that also talks to the Dashboard; its requests there are fixed.
     */
    @Test
    void sparkRoutesAreTheApplicationsOwn() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spark-core")),
          //language=java
          java(
            """
              import static spark.Spark.get;
              import spark.Request;
              import spark.Response;
              class AccountRoutes {
                  static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2";
                  void register() {
                      get("/api/accounts/:accountId/addresses", this::addresses);
                  }
                  Object addresses(Request req, Response res) {
                      return DASHBOARD + "/accounts/" + req.params(":accountId") + "/addresses";
                  }
              }
              """,
            """
              import static spark.Spark.get;
              import spark.Request;
              import spark.Response;
              class AccountRoutes {
                  static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2";
                  void register() {
                      get("/api/accounts/:accountId/addresses", this::addresses);
                  }
                  Object addresses(Request req, Response res) {
                      return DASHBOARD + "/accounts/" + req.params(":accountId") + "/e911Addresses";
                  }
              }
              """
          )
        );
    }

    /**
     * A JAX-RS interface whose RESTEasy proxy is built on a web target of the Dashboard's, held in a field the
     * constructor assigns ({@code this.production = client.target(cfg.dashboardBaseUrl()); production.proxy(E911Api.class)}):
     * its type-level path is the Dashboard's resource. The same kind of interface proxied on another host stays.
     */
    @Test
    void resteasyProxyOfAnInterfaceOnADashboardTargetHeldInAField() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.rest;
              public final class AppConfig {
                  public String dashboardBaseUrl() {
                      return System.getProperty("dashboard.baseUrl", "https://dashboard.bandwidth.com/api/v2");
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.rest;
              import org.jboss.resteasy.client.jaxrs.ResteasyClient;
              import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
              import org.jboss.resteasy.client.jaxrs.ResteasyWebTarget;
              public class DashboardProxies {
                  private final ResteasyClient client;
                  private final ResteasyWebTarget production;
                  private final ResteasyWebTarget crm;
                  public DashboardProxies(AppConfig cfg) {
                      this.client = new ResteasyClientBuilder().build();
                      this.production = client.target(cfg.dashboardBaseUrl());
                      this.crm = client.target("https://crm.example.com/api");
                  }
                  public E911AddressesApi e911() {
                      return production.proxy(E911AddressesApi.class);
                  }
                  public CrmAddressesApi crmAddresses() {
                      return crm.proxy(CrmAddressesApi.class);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.rest;
              import javax.ws.rs.GET;
              import javax.ws.rs.Path;
              import javax.ws.rs.PathParam;
              @Path("/accounts/{accountId}/addresses")
              public interface E911AddressesApi {
                  @GET
                  String list(@PathParam("accountId") String accountId);
                  @GET
                  @Path("/{addressId}")
                  String get(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId);
              }
              """,
            """
              package com.acme.rest;
              import javax.ws.rs.GET;
              import javax.ws.rs.Path;
              import javax.ws.rs.PathParam;
              @Path("/accounts/{accountId}/e911Addresses")
              public interface E911AddressesApi {
                  @GET
                  String list(@PathParam("accountId") String accountId);
                  @GET
                  @Path("/{addressId}")
                  String get(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.rest;
              import javax.ws.rs.GET;
              import javax.ws.rs.Path;
              import javax.ws.rs.PathParam;
              @Path("/accounts/{accountId}/addresses")
              public interface CrmAddressesApi {
                  @GET
                  String list(@PathParam("accountId") String accountId);
              }
              """
          )
        );
    }

    /**
     * Path helpers that join their segments with a stream ({@code Arrays.stream(segments).map(..).collect(joining("/"))})
     * after a path of their own before a parameter ({@code "/accounts/" + accountId + "/" + tail}, or
     * {@code root + "/accounts/" + accountId + ..} after a base): a call's {@code "addresses"} segment sits under the
     * account. A helper whose own path is another resource's ({@code /customers/}) leaves it alone.
     */
    @Test
    void streamJoinedSegmentsAfterTheHelpersAccountPath() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.util.Arrays;
              import java.util.stream.Collectors;
              public final class Paths {
                  public static String account(String accountId, String... segments) {
                      String tail = Arrays.stream(segments).collect(Collectors.joining("/"));
                      return tail.isEmpty() ? "/accounts/" + accountId : "/accounts/" + accountId + "/" + tail;
                  }
                  public static String accountPath(String base, String accountId, String... segments) {
                      String tail = Arrays.stream(segments).map(String::trim).collect(Collectors.joining("/"));
                      String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
                      return root + "/accounts/" + accountId + (tail.isEmpty() ? "" : "/" + tail);
                  }
                  public static String customer(String customerId, String... segments) {
                      return "/customers/" + customerId + "/" + Arrays.stream(segments).collect(Collectors.joining("/"));
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              class E911Commands {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String numbersAt(String accountId, String addressId) {
                      return BASE + Paths.account(accountId, "addresses", addressId, "tns");
                  }
                  String link(String accountId, String addressId) {
                      return Paths.accountPath(BASE, accountId, "addresses", addressId);
                  }
                  String crm(String customerId) {
                      return BASE + Paths.customer(customerId, "addresses");
                  }
              }
              """,
            """
              package com.acme.dashboard;
              class E911Commands {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String numbersAt(String accountId, String addressId) {
                      return BASE + Paths.account(accountId, "e911Addresses", addressId, "tns");
                  }
                  String link(String accountId, String addressId) {
                      return Paths.accountPath(BASE, accountId, "e911Addresses", addressId);
                  }
                  String crm(String customerId) {
                      return BASE + Paths.customer(customerId, "addresses");
                  }
              }
              """
          )
        );
    }

    //language=java
    static final String FLUENT_REQUEST = """
      package com.acme.dashboard;
      import java.util.ArrayList;
      import java.util.LinkedHashMap;
      import java.util.List;
      import java.util.Map;
      public final class DashboardRequest {
          private final String method;
          private final List<String> segments = new ArrayList<>();
          private final Map<String, String> query = new LinkedHashMap<>();
          private String accountId;
          private DashboardRequest(String method) { this.method = method; }
          public static DashboardRequest get() { return new DashboardRequest("GET"); }
          public static DashboardRequest post() { return new DashboardRequest("POST"); }
          public DashboardRequest account(String id) { this.accountId = id; return this; }
          public DashboardRequest path(String... parts) {
              for (String p : parts) { segments.add(p); }
              return this;
          }
          public DashboardRequest query(String name, Object value) { query.put(name, String.valueOf(value)); return this; }
          public DashboardRequest body(String xml) { return this; }
          public String toUri(String base) {
              return base + "/accounts/" + accountId + "/" + String.join("/", segments);
          }
      }
      """;

    /**
     * A request of the project's own that is its own builder, started by a static factory named for the HTTP method
     * ({@code DashboardRequest.post().account(id).path("addresses")}), sent by a client on the Dashboard's base: the
     * account step puts {@code /accounts/<id>} before the segments, so {@code addresses} is the E911 resource. Each
     * argument of {@code path(..)} is a segment ({@code path("addresses", id)}); the same request class in a class
     * that does not talk to the Dashboard is left alone.
     */
    @Test
    void segmentsAfterTheAccountStepOfAFluentRequestOfTheProjectsOwn() {
        rewriteRun(
          java(FLUENT_REQUEST),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class DashboardHttpClient {
                  private final String baseUrl = "https://dashboard.bandwidth.com/api/v2";
                  public String execute(DashboardRequest request) { return request.toUri(baseUrl); }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.e911;
              import com.acme.dashboard.DashboardHttpClient;
              import com.acme.dashboard.DashboardRequest;
              public class E911Service {
                  private final DashboardHttpClient dashboard = new DashboardHttpClient();
                  public String upsert(String accountId, String addressId, String xml) {
                      DashboardRequest call = addressId == null
                              ? DashboardRequest.post().account(accountId).path("addresses")
                              : DashboardRequest.post().account(accountId).path("addresses", addressId);
                      return dashboard.execute(call.body(xml));
                  }
                  public String list(String accountId, int page) {
                      return dashboard.execute(DashboardRequest.get().account(accountId).path("addresses").query("page", page));
                  }
                  public String sites(String accountId) {
                      return dashboard.execute(DashboardRequest.get().account(accountId).path("sites"));
                  }
              }
              """,
            """
              package com.acme.e911;
              import com.acme.dashboard.DashboardHttpClient;
              import com.acme.dashboard.DashboardRequest;
              public class E911Service {
                  private final DashboardHttpClient dashboard = new DashboardHttpClient();
                  public String upsert(String accountId, String addressId, String xml) {
                      DashboardRequest call = addressId == null
                              ? DashboardRequest.post().account(accountId).path("e911Addresses")
                              : DashboardRequest.post().account(accountId).path("e911Addresses", addressId);
                      return dashboard.execute(call.body(xml));
                  }
                  public String list(String accountId, int page) {
                      return dashboard.execute(DashboardRequest.get().account(accountId).path("e911Addresses").query("page", page));
                  }
                  public String sites(String accountId) {
                      return dashboard.execute(DashboardRequest.get().account(accountId).path("sites"));
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              import com.acme.dashboard.DashboardRequest;
              public class CrmAddresses {
                  public String path(String accountId) {
                      return DashboardRequest.get().account(accountId).path("addresses").toUri("https://crm.example.com");
                  }
              }
              """
          )
        );
    }

    /**
     * A class of URL helpers whose account URL is built from a base the constructor takes and a path constant
     * ({@code baseUrl + DashboardPaths.ACCOUNTS + accountId}), reached through the client that holds it: the
     * {@code /addresses} a caller appends to {@code rest.urls().account()} is under the account, so it is renamed.
     * The helper class names no host but the Dashboard's (its default base), and makes no request itself.
     */
    @Test
    void addressesAppendedToTheAccountUrlOfAHelperClassReachedThroughTheClient() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.dashboard;
              public final class DashboardPaths {
                  public static final String ACCOUNTS = "/accounts/";
                  public static final String ADDRESSES = "/addresses";
                  private DashboardPaths() {}
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class DashboardProperties {
                  private String baseUrl = DashboardUrls.DEFAULT_BASE_URL;
                  private String accountId;
                  public String getBaseUrl() { return baseUrl; }
                  public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
                  public String getAccountId() { return accountId; }
                  public void setAccountId(String accountId) { this.accountId = accountId; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class DashboardUrls {
                  public static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api/v2";
                  private final String baseUrl;
                  private final String accountId;
                  public DashboardUrls(DashboardProperties properties) {
                      this(properties.getBaseUrl(), properties.getAccountId());
                  }
                  public DashboardUrls(String baseUrl, String accountId) {
                      this.baseUrl = baseUrl;
                      this.accountId = accountId;
                  }
                  public String account() {
                      return baseUrl + DashboardPaths.ACCOUNTS + accountId;
                  }
                  public String orders() {
                      return account() + "/orders";
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class DashboardRest {
                  private final DashboardUrls urls;
                  public DashboardRest(DashboardUrls urls) { this.urls = urls; }
                  public DashboardUrls urls() { return urls; }
                  public String get(String url) { return url; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class E911AddressClient {
                  private final DashboardRest rest;
                  public E911AddressClient(DashboardRest rest) { this.rest = rest; }
                  public String listPage(int page, int size) {
                      return rest.get(rest.urls().account() + "/addresses?page=" + page + "&size=" + size);
                  }
              }
              """,
            """
              package com.acme.dashboard;
              public class E911AddressClient {
                  private final DashboardRest rest;
                  public E911AddressClient(DashboardRest rest) { this.rest = rest; }
                  public String listPage(int page, int size) {
                      return rest.get(rest.urls().account() + "/e911Addresses?page=" + page + "&size=" + size);
                  }
              }
              """
          )
        );
    }

    /**
     * A wrapper of the project's own around an HTTP client, built by a Spring XML context with the Dashboard's base
     * URL ({@code <bean class="..DashboardHttpClient"><constructor-arg value="${iris.baseUrl}"/>}): the services
     * that hold it send their paths to the Dashboard, so their {@code /accounts/../addresses} are renamed.
     */
    @Test
    void pathsOfAServiceHoldingAClientBuiltByASpringXmlBean() {
        rewriteRun(
          properties("iris.baseUrl=https://dashboard.bandwidth.com/api/v2\n", spec -> spec.path("src/main/resources/provisioning.properties")),
          //language=xml
          xml(
            """
              <?xml version="1.0" encoding="UTF-8"?>
              <beans xmlns="http://www.springframework.org/schema/beans">
                <bean id="dashboardHttpClient" class="com.acme.http.DashboardHttpClient">
                  <constructor-arg value="${iris.baseUrl}"/>
                </bean>
                <bean id="e911AddressService" class="com.acme.e911.E911AddressService">
                  <constructor-arg ref="dashboardHttpClient"/>
                </bean>
              </beans>
              """,
            spec -> spec.path("src/main/resources/META-INF/spring/applicationContext.xml")
          ),
          //language=java
          java(
            """
              package com.acme.http;
              import java.net.URI;
              import java.net.http.HttpClient;
              import java.net.http.HttpRequest;
              import java.net.http.HttpResponse;
              public class DashboardHttpClient {
                  private final String baseUrl;
                  private final HttpClient client = HttpClient.newHttpClient();
                  public DashboardHttpClient(String baseUrl) { this.baseUrl = baseUrl; }
                  public String get(String path) throws Exception {
                      return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                              HttpResponse.BodyHandlers.ofString()).body();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.e911;
              import com.acme.http.DashboardHttpClient;
              public class E911AddressService {
                  private final DashboardHttpClient http;
                  private final String accountId = "9900417";
                  public E911AddressService(DashboardHttpClient http) { this.http = http; }
                  public String address(String id) throws Exception {
                      return http.get("/accounts/" + accountId + "/addresses/" + id);
                  }
              }
              """,
            """
              package com.acme.e911;
              import com.acme.http.DashboardHttpClient;
              public class E911AddressService {
                  private final DashboardHttpClient http;
                  private final String accountId = "9900417";
                  public E911AddressService(DashboardHttpClient http) { this.http = http; }
                  public String address(String id) throws Exception {
                      return http.get("/accounts/" + accountId + "/e911Addresses/" + id);
                  }
              }
              """
          )
        );
    }

    /**
     * Apache CXF proxies declared in a Spring (or Blueprint) context, {@code <jaxrs:client address=".."
     * serviceClass=".."/>}: the interface of the proxy on the Dashboard's address is a Dashboard client, its class-level
     * {@code @Path} included; the one on the CRM's address stays.
     */
    @Test
    void cxfProxiesDeclaredInAContext() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("jakarta.ws.rs-api")),
          properties("dashboard.url=https://dashboard.bandwidth.com/api/v2\n", spec -> spec.path("src/main/resources/app.properties")),
          xml(
            """
              <beans xmlns="http://www.springframework.org/schema/beans" xmlns:jaxrs="http://cxf.apache.org/jaxrs">
                  <jaxrs:client id="e911" address="${dashboard.url}" serviceClass="com.acme.api.E911Api"/>
                  <jaxrs:client id="crm" address="https://crm.acme.example/rest" serviceClass="com.acme.api.CrmAddressApi"/>
              </beans>
              """,
            spec -> spec.path("src/main/resources/META-INF/spring/clients.xml")
          ),
          //language=java
          java(
            """
              package com.acme.api;
              import jakarta.ws.rs.GET;
              import jakarta.ws.rs.Path;
              import jakarta.ws.rs.PathParam;
              @Path("/accounts/{accountId}/addresses")
              public interface E911Api {
                  @GET
                  @Path("/{addressId}")
                  String get(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId);
              }
              """,
            """
              package com.acme.api;
              import jakarta.ws.rs.GET;
              import jakarta.ws.rs.Path;
              import jakarta.ws.rs.PathParam;
              @Path("/accounts/{accountId}/e911Addresses")
              public interface E911Api {
                  @GET
                  @Path("/{addressId}")
                  String get(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.api;
              import jakarta.ws.rs.GET;
              import jakarta.ws.rs.Path;
              import jakarta.ws.rs.PathParam;
              @Path("/accounts/{accountId}/addresses")
              public interface CrmAddressApi {
                  @GET
                  String list(@PathParam("accountId") String accountId);
              }
              """
          )
        );
    }

    /**
     * A settings class filled by a static factory from a parameter source, each field with its default
     * ({@code s.dashboardBaseUrl = p.getProperty("dashboard.base-url", DashboardConstants.PROD_BASE_URL)}): a path put
     * after {@code settings.dashboardBaseUrl()} is the Dashboard's; one after the CRM's base stays.
     */
    @Test
    void fieldsAStaticFactoryOfTheSettingsSets() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.config;
              public final class DashboardConstants {
                  public static final String PROD_BASE_URL = "https://dashboard.bandwidth.com/api/v2";
                  private DashboardConstants() { }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.config;
              import java.util.Properties;
              public class JobSettings {
                  private String dashboardBaseUrl;
                  private String crmBaseUrl;
                  private String accountId;
                  public static JobSettings from(Properties p) {
                      JobSettings s = new JobSettings();
                      s.dashboardBaseUrl = p.getProperty("dashboard.base-url", DashboardConstants.PROD_BASE_URL);
                      s.crmBaseUrl = p.getProperty("crm.base-url", "https://crm.acme.example/rest");
                      s.accountId = p.getProperty("dashboard.account-id");
                      return s;
                  }
                  public String dashboardBaseUrl() { return dashboardBaseUrl; }
                  public String crmBaseUrl() { return crmBaseUrl; }
                  public String accountId() { return accountId; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.e911;
              import com.acme.config.JobSettings;
              import java.net.URI;
              public class AddressLookups {
                  private final JobSettings settings;
                  public AddressLookups(JobSettings settings) { this.settings = settings; }
                  public URI dashboardAddresses() {
                      return URI.create(settings.dashboardBaseUrl() + "/accounts/" + settings.accountId() + "/addresses");
                  }
                  public URI customerAddresses(String customer) {
                      return URI.create(settings.crmBaseUrl() + "/accounts/" + customer + "/addresses");
                  }
              }
              """,
            """
              package com.acme.e911;
              import com.acme.config.JobSettings;
              import java.net.URI;
              public class AddressLookups {
                  private final JobSettings settings;
                  public AddressLookups(JobSettings settings) { this.settings = settings; }
                  public URI dashboardAddresses() {
                      return URI.create(settings.dashboardBaseUrl() + "/accounts/" + settings.accountId() + "/e911Addresses");
                  }
                  public URI customerAddresses(String customer) {
                      return URI.create(settings.crmBaseUrl() + "/accounts/" + customer + "/addresses");
                  }
              }
              """
          )
        );
    }

    /**
     * A service that holds a transport interface of the project's own, whose one implementation builds its client on a
     * settings class's base URL, set in the settings' constructor from a default constant when none is given
     * ({@code trimSlash(baseUrl == null ? DEFAULT_BASE_URL : baseUrl)}): the service's paths go to the Dashboard.
     */
    @Test
    void pathsOfAServiceHoldingATransportInterfaceImplementedForTheDashboard() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.config;
              public class DashboardSettings {
                  public static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api/v2/";
                  private final String baseUrl;
                  private final String accountId;
                  public DashboardSettings(String baseUrl, String accountId) {
                      this.baseUrl = trimSlash(baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl);
                      this.accountId = accountId;
                  }
                  public String getBaseUrl() { return baseUrl; }
                  public String getAccountId() { return accountId; }
                  private static String trimSlash(String s) { return s.endsWith("/") ? s.substring(0, s.length() - 1) : s; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.transport;
              public interface DashboardTransport {
                  String get(String path) throws Exception;
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.transport;
              import com.acme.config.DashboardSettings;
              import java.net.URI;
              import java.net.http.HttpClient;
              import java.net.http.HttpRequest;
              import java.net.http.HttpResponse;
              public class HttpDashboardTransport implements DashboardTransport {
                  private final DashboardSettings settings;
                  private final HttpClient client = HttpClient.newHttpClient();
                  public HttpDashboardTransport(DashboardSettings settings) { this.settings = settings; }
                  @Override
                  public String get(String path) throws Exception {
                      return client.send(HttpRequest.newBuilder(URI.create(settings.getBaseUrl() + path)).build(),
                              HttpResponse.BodyHandlers.ofString()).body();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.e911;
              import com.acme.config.DashboardSettings;
              import com.acme.transport.DashboardTransport;
              public class E911AddressClient {
                  private final DashboardTransport transport;
                  private final DashboardSettings settings;
                  public E911AddressClient(DashboardTransport transport, DashboardSettings settings) {
                      this.transport = transport;
                      this.settings = settings;
                  }
                  public String get(String id) throws Exception {
                      return transport.get(String.format("/accounts/%s/addresses/%s", settings.getAccountId(), id));
                  }
              }
              """,
            """
              package com.acme.e911;
              import com.acme.config.DashboardSettings;
              import com.acme.transport.DashboardTransport;
              public class E911AddressClient {
                  private final DashboardTransport transport;
                  private final DashboardSettings settings;
                  public E911AddressClient(DashboardTransport transport, DashboardSettings settings) {
                      this.transport = transport;
                      this.settings = settings;
                  }
                  public String get(String id) throws Exception {
                      return transport.get(String.format("/accounts/%s/e911Addresses/%s", settings.getAccountId(), id));
                  }
              }
              """
          )
        );
    }

    @Nested
    class NoChange {
        /** Code that calls the Dashboard: the project talks to it, so a client interface naming no host could too. */
        //language=java
        private static final String DASHBOARD_CALLER = """
          class IrisAccounts {
              static final String ACCOUNT = "https://dashboard.bandwidth.com/api/v2/accounts/{id}";
          }
          """;

        /**
         * The same wrapper built by the Spring XML context twice, once for the Dashboard and once for the CRM (the
         * p: shortcut): the wrapper's callers may talk to either, so their {@code /addresses} are left alone.
         */
        @Test
        void pathsOfAServiceHoldingAClientTheSpringXmlContextAlsoBuildsForAnotherHost() {
            rewriteRun(
              properties("iris.baseUrl=https://dashboard.bandwidth.com/api/v2\ncrm.baseUrl=https://crm.acme.com/api\n",
                spec -> spec.path("src/main/resources/provisioning.properties")),
              //language=xml
              xml(
                """
                  <?xml version="1.0" encoding="UTF-8"?>
                  <beans xmlns="http://www.springframework.org/schema/beans" xmlns:p="http://www.springframework.org/schema/p">
                    <bean id="dashboardHttp" class="com.acme.http.RestHttpClient">
                      <constructor-arg><value>${iris.baseUrl}</value></constructor-arg>
                    </bean>
                    <bean id="crmHttp" class="com.acme.http.RestHttpClient" p:baseUrl="${crm.baseUrl}"/>
                  </beans>
                  """,
                spec -> spec.path("src/main/resources/META-INF/spring/applicationContext.xml")
              ),
              //language=java
              java(
                """
                  package com.acme.http;
                  import java.net.URI;
                  import java.net.http.HttpClient;
                  import java.net.http.HttpRequest;
                  import java.net.http.HttpResponse;
                  public class RestHttpClient {
                      private String baseUrl;
                      private final HttpClient client = HttpClient.newHttpClient();
                      public RestHttpClient() { }
                      public RestHttpClient(String baseUrl) { this.baseUrl = baseUrl; }
                      public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
                      public String get(String path) throws Exception {
                          return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                                  HttpResponse.BodyHandlers.ofString()).body();
                      }
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme.crm;
                  import com.acme.http.RestHttpClient;
                  public class CustomerAddresses {
                      private final RestHttpClient http;
                      public CustomerAddresses(RestHttpClient http) { this.http = http; }
                      public String addresses(String customerId) throws Exception {
                          return http.get("/accounts/" + customerId + "/addresses");
                      }
                  }
                  """
              )
            );
        }

        /**
         * A transport interface with a second implementation in the main code, for the CRM: a service holding the
         * interface may talk to either, so its {@code /accounts/../addresses} is left alone.
         */
        @Test
        void pathsOfAServiceHoldingATransportInterfaceAlsoImplementedForAnotherHost() {
            rewriteRun(
              //language=java
              java(
                """
                  package com.acme.transport;
                  public interface Transport {
                      String get(String path) throws Exception;
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme.transport;
                  import java.net.URI;
                  import java.net.http.HttpClient;
                  import java.net.http.HttpRequest;
                  import java.net.http.HttpResponse;
                  public class DashboardTransport implements Transport {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                      private final HttpClient client = HttpClient.newHttpClient();
                      public String get(String path) throws Exception {
                          return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                                  HttpResponse.BodyHandlers.ofString()).body();
                      }
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme.transport;
                  import java.net.URI;
                  import java.net.http.HttpClient;
                  import java.net.http.HttpRequest;
                  import java.net.http.HttpResponse;
                  public class CrmTransport implements Transport {
                      static final String BASE = "https://crm.acme.com/api";
                      private final HttpClient client = HttpClient.newHttpClient();
                      public String get(String path) throws Exception {
                          return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                                  HttpResponse.BodyHandlers.ofString()).body();
                      }
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme.crm;
                  import com.acme.transport.Transport;
                  public class CustomerAddresses {
                      private final Transport transport;
                      public CustomerAddresses(Transport transport) { this.transport = transport; }
                      public String of(String customerId) throws Exception {
                          return transport.get("/accounts/" + customerId + "/addresses");
                      }
                  }
                  """
              )
            );
        }

        /**
         * A class of URL helpers that also names the CRM's host is not a class of Dashboard URLs: the
         * {@code /addresses} a caller appends to its account URL is left alone, though the project talks to the
         * Dashboard.
         */
        @Test
        void addressesAppendedToTheAccountUrlOfAHelperClassThatAlsoNamesAnotherHost() {
            rewriteRun(
              //language=java
              java(DASHBOARD_CALLER),
              //language=java
              java(
                """
                  package com.acme.crm;
                  public class CustomerUrls {
                      public static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2";
                      public static final String CRM = "https://crm.acme.com/api";
                      private final String accountId;
                      public CustomerUrls(String accountId) { this.accountId = accountId; }
                      public String account() {
                          return CRM + "/accounts/" + accountId;
                      }
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme.crm;
                  public class CustomerAddressClient {
                      private final CustomerUrls urls = new CustomerUrls("42");
                      public String listPage(int page) {
                          return fetch(urls.account() + "/addresses?page=" + page);
                      }
                      private String fetch(String url) { return url; }
                  }
                  """
              )
            );
        }

        /**
         * A test of the project's URL helper in a class that also names the Dashboard: the path joined to the
         * team's own host ({@code BaseUrls.join("https://numbers.acme.net/api/", "accounts/C-1001/addresses")}) goes
         * there, not to the Dashboard.
         */
        @Test
        void pathJoinedToAnotherHostByAHelperBesideTheDashboardsUrl() {
            rewriteRun(
              //language=java
              java(
                """
                  public final class BaseUrls {
                      public static String normalize(String url) {
                          String t = url.trim();
                          while (t.endsWith("/")) {
                              t = t.substring(0, t.length() - 1);
                          }
                          return t;
                      }
                      public static String join(String base, String path) {
                          return normalize(base) + (path.startsWith("/") ? path : "/" + path);
                      }
                  }
                  """
              ),
              //language=java
              java(
                """
                  class BaseUrlsCheck {
                      boolean dashboardTrimmed() {
                          return BaseUrls.normalize("https://dashboard.bandwidth.com/api/").endsWith("/api");
                      }
                      boolean ownPathsJoined() {
                          return BaseUrls.join("https://numbers.acme.net/api/", "accounts/C-1001/addresses")
                              .equals("https://numbers.acme.net/api/accounts/C-1001/addresses");
                      }
                  }
                  """
              )
            );
        }

        @Test
        void clientInterfacesWhoseProxiesAreBuiltOnAnotherHostInAnotherFile() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              java(DASHBOARD_CALLER),
              //language=java
              java(
                """
                  public interface CrmApi {
                      @feign.RequestLine("GET /accounts/{id}/addresses")
                      String addresses(@feign.Param("id") String id);
                  }
                  """
              ),
              //language=java
              java(
                """
                  public interface ShippingApi {
                      @retrofit2.http.GET("accounts/{id}/addresses")
                      Object addresses(@retrofit2.http.Path("id") String id);
                  }
                  """
              ),
              //language=java
              java(
                """
                  class Clients {
                      static final String CRM = "https://crm.example.com/api";
                      CrmApi crm() {
                          return feign.Feign.builder().target(CrmApi.class, CRM);
                      }
                      ShippingApi shipping() {
                          return new retrofit2.Retrofit.Builder().baseUrl("https://shipping.example.com/v3/").build()
                              .create(ShippingApi.class);
                      }
                  }
                  """
              )
            );
        }

        @Test
        void clientInterfacesWhoseProxiesAreBuiltFromClientBeansOfAnotherHost() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              java(DASHBOARD_CALLER),
              //language=java
              java(
                """
                  public interface CrmApi {
                      @retrofit2.http.GET("accounts/{id}/addresses")
                      Object addresses(@retrofit2.http.Path("id") String id);
                  }
                  """
              ),
              //language=java
              java(
                """
                  public interface ShipApi {
                      @org.springframework.web.service.annotation.GetExchange("/accounts/{id}/addresses")
                      String addresses(@org.springframework.web.bind.annotation.PathVariable String id);
                  }
                  """
              ),
              //language=java
              java(
                """
                  import org.springframework.context.annotation.Bean;
                  import org.springframework.web.client.RestClient;
                  import org.springframework.web.client.support.RestClientAdapter;
                  import org.springframework.web.service.invoker.HttpServiceProxyFactory;
                  import retrofit2.Retrofit;
                  class Clients {
                      @Bean
                      Retrofit crmRetrofit() {
                          return new Retrofit.Builder().baseUrl("https://crm.example.com/").build();
                      }
                      @Bean
                      CrmApi crmApi(Retrofit crmRetrofit) {
                          return crmRetrofit.create(CrmApi.class);
                      }
                      @Bean
                      RestClient shipping() {
                          return RestClient.builder().baseUrl("https://shipping.example.com").build();
                      }
                      @Bean
                      ShipApi shipApi(RestClient shipping) {
                          return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(shipping)).build()
                              .createClient(ShipApi.class);
                      }
                  }
                  """
              )
            );
        }

        @Test
        void jaxRsClientOfAnotherApiAndATargetThatIsNotJaxRs() {
            rewriteRun(
              java(JaxRsStub.CLIENT),
              //language=java
              java(
                """
                  import jakarta.ws.rs.client.Client;
                  class Lookalikes {
                      static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2";
                      static class Navigator {
                          Navigator target(String where) { return this; }
                          Navigator path(String step) { return this; }
                      }
                      String messaging(Client client) {
                          return client.target("https://messaging.bandwidth.com/api/v2").path("users").path("u1").path("addresses")
                              .request().get(String.class);
                      }
                      Navigator steps(Navigator nav, String accountId) {
                          return nav.target(DASHBOARD).path("accounts").path(accountId).path("addresses");
                      }
                  }
                  """
              )
            );
        }


        @Test
        void aGetterOfAnotherServicesConfigurationOrOneThatDoesMoreThanReturnTheField() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  package com.acme.config;
                  import org.springframework.boot.context.properties.ConfigurationProperties;
                  @ConfigurationProperties(prefix = "crm")
                  public class CrmProperties {
                      private String baseUrl;
                      public String getBaseUrl() { return baseUrl; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme.config;
                  public class Hosts {
                      private final String base = "https://crm.example.com";
                      private final String other = "https://dashboard.bandwidth.com/api/v2";
                      public String getBase() { return base; }
                      public String getOther() { return base; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme.crm;
                  import com.acme.config.CrmProperties;
                  import com.acme.config.Hosts;
                  class CrmClient {
                      String a(CrmProperties props, String account) {
                          return props.getBaseUrl() + "/accounts/" + account + "/addresses";
                      }
                      String b(Hosts hosts, String account) {
                          return hosts.getOther() + "/accounts/" + account + "/addresses";
                      }
                  }
                  """
              ),
              yaml("crm:\n  base-url: https://crm.example.com/api\n", spec -> spec.path("src/main/resources/application.yml"))
            );
        }

        @Test
        void otherHostsAndTheCustomersOwnServer() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  import org.springframework.web.bind.annotation.GetMapping;
                  import org.springframework.web.bind.annotation.RestController;
                  @RestController
                  class AddressController {
                      @GetMapping("/api/accounts/{id}/addresses")
                      String addresses(String id) { return id; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  class OtherHosts {
                      String local = "http://localhost:8080/api/accounts/1/addresses";
                      String voice = "https://voice.bandwidth.com/api/v2/accounts/{accountId}/addresses";
                      String tollFree = "https://api.bandwidth.com/api/v2/accounts/1/addresses";
                      String shop = "https://shop.acme.com/accounts/" + 1 + "/addresses";
                  }
                  """
              ),
              //language=java
              java(
                """
                  class CustomerAddresses {
                      String path(String customerId) { return "/accounts/" + customerId + "/addresses"; }
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
                  @FeignClient(name = "crm", url = "${crm.url}")
                  interface Crm {
                      @GetMapping("/accounts/{id}/addresses")
                      Object addresses(String id);
                  }
                  """
              ),
              properties("crm.url=https://crm.acme.com\niris.url=https://dashboard.bandwidth.com/api/v2\n")
            );
        }

        @Test
        void retrofitInterfaceInAProjectThatNeverTalksToTheDashboard() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  import retrofit2.http.GET;
                  interface ShopApi {
                      @GET("/accounts/{accountId}/addresses")
                      Object addresses(String accountId);
                  }
                  """
              )
            );
        }

        /** The SDK's IrisClient built on the Dashboard (its jar missing) is not the project's own class of that name. */
        @Test
        void projectClassNamedLikeTheSdkClientThatAnotherFileConstructsOnTheDashboard() {
            rewriteRun(
              spec -> spec.parser(JavaParser.fromJavaVersion()).typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  package com.acme.inventory;
                  public class IrisClient {
                      private final String base;
                      public IrisClient(String base) { this.base = base; }
                      public String addresses(String account) { return base + "/accounts/" + account + "/addresses"; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme.sync;
                  import com.bandwidth.iris.sdk.IrisClient;
                  class Sync {
                      IrisClient client() {
                          return new IrisClient("https://dashboard.bandwidth.com", "1", "u", "p", "api/v2");
                      }
                  }
                  """
              )
            );
        }

        @Test
        void alreadyE911Addresses() {
            rewriteRun(
              //language=java
              java(
                """
                  class Done {
                      String a = "https://dashboard.bandwidth.com/api/v2/accounts/1/e911Addresses";
                      String b(String id) { return "https://dashboard.bandwidth.com/api/v2/accounts/" + id + "/e911Addresses/7"; }
                  }
                  """
              )
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
                      @GetMapping("/accounts/{id}/addresses")
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
                   * Reads https://dashboard.bandwidth.com/api/v2/accounts/{id}/addresses.
                   */
                  class Documented {
                      private static final Logger log = LoggerFactory.getLogger(Documented.class);
                      // GET https://dashboard.bandwidth.com/api/v2/accounts/1/addresses
                      void call(String id) {
                          log.info("calling https://dashboard.bandwidth.com/api/v2/accounts/" + id + "/addresses");
                          throw new IllegalStateException("https://dashboard.bandwidth.com/api/v2/accounts/" + id + "/addresses failed");
                      }
                  }
                  """
              )
            );
        }

        @Test
        void formatMessagesOfJBossLogging() {
            // Quarkus code logs with infof/debugf (format) and infov (MessageFormat): messages, not requests
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  import org.jboss.logging.Logger;
                  class Addresses {
                      private static final Logger LOG = Logger.getLogger(Addresses.class);
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                      void load(String account) {
                          LOG.infof("Loading E911 addresses from %s/accounts/%s/addresses", BASE, account);
                          LOG.debugv("GET {0}/accounts/{1}/addresses", BASE, account);
                      }
                  }
                  """
              )
            );
        }

        /**
         * Path helpers serving the customer's own API (a path returned, a path handed in), and a helper whose two
         * overloads of one parameter cannot be told apart: the call is not read as either.
         */
        @Test
        void pathHelpersOfOtherApisAndAmbiguousOverloads() {
            rewriteRun(
              //language=java
              java(
                """
                  package com.acme.crm;
                  public final class CrmPaths {
                      public static String addresses(String account) {
                          return "/accounts/" + account + "/addresses";
                      }
                      public static String url(String path) {
                          return "https://crm.example.com/api" + path;
                      }
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme.crm;
                  public final class Links {
                      public static String of(String account) {
                          return "/accounts/" + account + "/addresses";
                      }
                      public static String of(Integer site) {
                          return "/accounts/1/sites/" + site;
                      }
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme.crm;
                  import java.net.URI;
                  class CrmAddresses {
                      private static final String BASE = "https://crm.example.com/api";
                      URI list(String account) {
                          return URI.create(BASE + CrmPaths.addresses(account));
                      }
                      URI viaHelper(String account) {
                          return URI.create(CrmPaths.url("/accounts/" + account + "/addresses"));
                      }
                  }
                  """
              ),
              //language=java
              java(
                """
                  package com.acme.iris;
                  import com.acme.crm.Links;
                  import java.net.URI;
                  class E911Client {
                      private static final String IRIS = "https://dashboard.bandwidth.com/api/v2";
                      URI site() {
                          return URI.create(IRIS + Links.of(12345));
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
            spec.recipe(new E911Addresses())
              .parser(KotlinParser.builder().classpath("spring-web", "spring-webflux", "spring-context", "spring-boot", "reactor-core"));
        }

        /**
         * A top-level function that joins its {@code vararg} segments with {@code /} (in {@code buildString} or with
         * {@code joinToString("/")}): a call reads as its segments joined, so {@code "addresses"} is a path segment.
         */
        @Test
        void segmentsJoinedByAVarargFunction() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.e911

                  import org.springframework.web.client.RestTemplate

                  const val DASHBOARD = "https://dashboard.bandwidth.com/api/v2"

                  fun accountPath(accountId: String, vararg segments: String): String =
                      buildString {
                          append("/accounts/").append(accountId)
                          segments.forEach { append('/').append(it) }
                      }

                  fun joined(vararg parts: String): String = "/" + parts.joinToString("/")

                  fun e911AddressPath(accountId: String): String = accountPath(accountId, "addresses")

                  class E911Client(private val rest: RestTemplate) {
                      fun list(id: String): String? = rest.getForObject(DASHBOARD + e911AddressPath(id), String::class.java)
                      fun one(id: String, a: String): String? = rest.getForObject(DASHBOARD + joined("accounts", id, "addresses", a), String::class.java)
                      fun crm(id: String): String = joined("customers", id, "mailing")
                  }
                  """,
                """
                  package com.acme.e911

                  import org.springframework.web.client.RestTemplate

                  const val DASHBOARD = "https://dashboard.bandwidth.com/api/v2"

                  fun accountPath(accountId: String, vararg segments: String): String =
                      buildString {
                          append("/accounts/").append(accountId)
                          segments.forEach { append('/').append(it) }
                      }

                  fun joined(vararg parts: String): String = "/" + parts.joinToString("/")

                  fun e911AddressPath(accountId: String): String = accountPath(accountId, "e911Addresses")

                  class E911Client(private val rest: RestTemplate) {
                      fun list(id: String): String? = rest.getForObject(DASHBOARD + e911AddressPath(id), String::class.java)
                      fun one(id: String, a: String): String? = rest.getForObject(DASHBOARD + joined("accounts", id, "e911Addresses", a), String::class.java)
                      fun crm(id: String): String = joined("customers", id, "mailing")
                  }
                  """,
                spec -> spec.path("src/main/kotlin/com/acme/e911/DashboardUrls.kt")
              )
            );
        }

        @Test
        void templatesAndConcatenationOnAConstantOfAnObject() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.e911

                  object IrisPaths {
                      const val BASE = "https://dashboard.bandwidth.com/api/v2"
                  }
                  """,
                spec -> spec.path("src/main/kotlin/com/acme/e911/IrisPaths.kt")
              ),
              //language=kotlin
              kotlin(
                """
                  package com.acme.e911

                  import org.springframework.web.client.RestTemplate

                  class E911Client(private val rest: RestTemplate) {
                      fun list(account: String) = rest.getForObject("${IrisPaths.BASE}/accounts/$account/addresses", String::class.java)
                      fun one(account: String, id: String) =
                          rest.getForObject(IrisPaths.BASE + "/accounts/" + account + "/addresses/" + id, String::class.java)
                  }

                  class ShopClient(private val rest: RestTemplate) {
                      fun own(account: String) = rest.getForObject("https://shop.acme.com/api/accounts/$account/addresses", String::class.java)
                  }
                  """,
                """
                  package com.acme.e911

                  import org.springframework.web.client.RestTemplate

                  class E911Client(private val rest: RestTemplate) {
                      fun list(account: String) = rest.getForObject("${IrisPaths.BASE}/accounts/$account/e911Addresses", String::class.java)
                      fun one(account: String, id: String) =
                          rest.getForObject(IrisPaths.BASE + "/accounts/" + account + "/e911Addresses/" + id, String::class.java)
                  }

                  class ShopClient(private val rest: RestTemplate) {
                      fun own(account: String) = rest.getForObject("https://shop.acme.com/api/accounts/$account/addresses", String::class.java)
                  }
                  """,
                spec -> spec.path("src/main/kotlin/com/acme/e911/E911Client.kt")
              )
            );
        }
            @Test
        void aSpringBootServiceWithConfigurationPropertiesAWebClientBeanAndBuildString() {
            rewriteRun(
              //language=yaml
              yaml(
                """
                  iris:
                    base-url: https://dashboard.bandwidth.com/api/v2
                  """,
                spec -> spec.path("src/main/resources/application.yml")
              ),
              //language=kotlin
              kotlin(
                """
                  package com.acme

                  import org.springframework.boot.context.properties.ConfigurationProperties

                  @ConfigurationProperties(prefix = "iris")
                  data class IrisProperties(
                      val baseUrl: String = "https://dashboard.bandwidth.com/api/v2",
                      val accountId: String = "",
                  )
                  """,
                spec -> spec.path("src/main/kotlin/com/acme/IrisProperties.kt")
              ),
              //language=kotlin
              kotlin(
                """
                  package com.acme

                  import org.springframework.context.annotation.Bean
                  import org.springframework.context.annotation.Configuration
                  import org.springframework.web.reactive.function.client.WebClient

                  @Configuration
                  class ClientConfig {
                      @Bean
                      fun irisWebClient(props: IrisProperties): WebClient = WebClient.builder().baseUrl(props.baseUrl).build()
                  }

                  class E911Service(private val irisWebClient: WebClient, private val props: IrisProperties) {
                      fun list(): String? =
                          irisWebClient.get().uri("/accounts/{id}/addresses", props.accountId).retrieve().bodyToMono(String::class.java).block()

                      fun url(): String = "${props.baseUrl}/accounts/${props.accountId}/addresses"

                      fun crm(id: String) = buildString {
                          append("https://crm.acme.com/api/accounts/")
                          append(id).append("/addresses")
                      }
                  }
                  """,
                """
                  package com.acme

                  import org.springframework.context.annotation.Bean
                  import org.springframework.context.annotation.Configuration
                  import org.springframework.web.reactive.function.client.WebClient

                  @Configuration
                  class ClientConfig {
                      @Bean
                      fun irisWebClient(props: IrisProperties): WebClient = WebClient.builder().baseUrl(props.baseUrl).build()
                  }

                  class E911Service(private val irisWebClient: WebClient, private val props: IrisProperties) {
                      fun list(): String? =
                          irisWebClient.get().uri("/accounts/{id}/e911Addresses", props.accountId).retrieve().bodyToMono(String::class.java).block()

                      fun url(): String = "${props.baseUrl}/accounts/${props.accountId}/e911Addresses"

                      fun crm(id: String) = buildString {
                          append("https://crm.acme.com/api/accounts/")
                          append(id).append("/addresses")
                      }
                  }
                  """,
                spec -> spec.path("src/main/kotlin/com/acme/E911Service.kt")
              )
            );
        }
    }
}
