package net.tidewatertel.numbering.support;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import net.tidewatertel.numbering.config.ConfigModule;
import net.tidewatertel.numbering.config.ServiceModule;

/**
 * Configuration for tests: everything that talks to the Dashboard points at a {@link DashboardStub}.
 */
public final class TestConfigs {

  private TestConfigs() {
  }

  public static JsonObject forStub(DashboardStub stub) {
    JsonObject endpoints = new JsonObject(Fixtures.read("config/dashboard-endpoints.json"));
    return new JsonObject()
        .put("http", new JsonObject().put("port", 0).put("user-agent", "tn-inventory-test"))
        .put("dashboard", new JsonObject()
            .put("base-url", stub.baseUrl())
            .put("host", "localhost")
            .put("account-id", DashboardStub.ACCOUNT_ID)
            .put("site-id", "3381")
            .put("sip-peer-id", "551907")
            .put("username", "svc-test")
            .put("password", "secret")
            .put("timeout-ms", 5000)
            .put("page-size", 500)
            .put("managed-area-codes", new JsonArray().add("757")))
        .put("callbacks", new JsonObject()
            .put("public-base-url", "http://localhost:8280")
            .put("orders-path", "/callbacks/dashboard/orders")
            .put("portins-path", "/callbacks/dashboard/portins")
            .put("username", "cb")
            .put("password", "cb-secret")
            .put("expiry-epoch", 3122064000L))
        .put("reports", new JsonObject()
            .put("inventory-report-id", "210")
            .put("port-out-report-id", "317")
            .put("output-format", "csv")
            .put("poll-interval-ms", 50))
        .put("jobs", new JsonObject()
            .put("inventory-sync-interval-ms", 3600000)
            .put("order-poll-interval-ms", 60000)
            .put("external-tns-enabled", true))
        .put("messaging", new JsonObject()
            .put("application-id", "test-app")
            .put("sender", "+17575550199")
            .put("username", "msg")
            .put("password", "msg"))
        .put("voice", new JsonObject().put("application-id", "test-voice"))
        .put("mfa", new JsonObject().put("application-id", "test-mfa"))
        .put("lookup", new JsonObject().put("api-base", "http://localhost:" + stub.port() + "/v2"))
        .put("billing", new JsonObject().put("tenant", "t").put("user", "u").put("secret", "1234567890"))
        .put("db", new JsonObject()
            .put("url", "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1;INIT=RUNSCRIPT FROM 'classpath:db/schema.sql'")
            .put("user", "sa")
            .put("password", "")
            .put("max-pool-size", 2))
        .mergeIn(endpoints);
  }

  public static Injector injector(Vertx vertx, JsonObject config) {
    return Guice.createInjector(new ConfigModule(config), new ServiceModule(vertx));
  }
}
