package net.tidewatertel.numbering.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Layers the configuration: application.conf (HOCON), the Dashboard endpoint templates (JSON),
 * an optional per-environment YAML overlay and finally a few environment variables.
 */
public final class ConfigLoader {

  static final String ENV_VAR = "TNINV_ENV";
  static final String BASE_FILE = "application.conf";
  static final String ENDPOINTS_FILE = "config/dashboard-endpoints.json";
  static final String OVERLAY_DIR = "config/environments/";

  private ConfigLoader() {
  }

  public static Future<JsonObject> load(Vertx vertx) {
    return load(vertx, System.getenv().getOrDefault(ENV_VAR, "production"));
  }

  public static Future<JsonObject> load(Vertx vertx, String environment) {
    ConfigStoreOptions base = new ConfigStoreOptions()
        .setType("file")
        .setFormat("hocon")
        .setConfig(new JsonObject().put("path", BASE_FILE));
    ConfigStoreOptions endpoints = new ConfigStoreOptions()
        .setType("file")
        .setFormat("json")
        .setConfig(new JsonObject().put("path", ENDPOINTS_FILE));
    ConfigStoreOptions overlay = new ConfigStoreOptions()
        .setType("file")
        .setFormat("yaml")
        .setOptional(true)
        .setConfig(new JsonObject().put("path", OVERLAY_DIR + environment + ".yaml"));
    ConfigStoreOptions env = new ConfigStoreOptions()
        .setType("env")
        .setConfig(new JsonObject().put("keys", new JsonArray()
            .add("DASHBOARD_USER")
            .add("DASHBOARD_PASSWORD")
            .add("CALLBACK_PASSWORD")));

    ConfigRetrieverOptions options = new ConfigRetrieverOptions()
        .setScanPeriod(0)
        .addStore(base)
        .addStore(endpoints)
        .addStore(overlay)
        .addStore(env);
    return ConfigRetriever.create(vertx, options).getConfig();
  }
}
