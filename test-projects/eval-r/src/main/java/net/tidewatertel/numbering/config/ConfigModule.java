package net.tidewatertel.numbering.config;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Exposes every configuration value as a {@code @Named("section.key")} constant, so that
 * components can ask for {@code @Named("dashboard.account-id") String accountId}.
 */
public class ConfigModule extends AbstractModule {

  private final JsonObject config;

  public ConfigModule(JsonObject config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    bind(JsonObject.class).annotatedWith(Names.named("config")).toInstance(config);
    Names.bindProperties(binder(), flatten(config));
    bind(DashboardSettings.class)
        .toInstance(DashboardSettings.from(config.getJsonObject("dashboard", new JsonObject())));
  }

  static Map<String, String> flatten(JsonObject json) {
    Map<String, String> out = new LinkedHashMap<>();
    flatten("", json, out);
    return out;
  }

  private static void flatten(String prefix, JsonObject json, Map<String, String> out) {
    for (Map.Entry<String, Object> e : json) {
      String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      Object value = e.getValue();
      if (value instanceof JsonObject nested) {
        flatten(key, nested, out);
      } else if (value instanceof JsonArray array) {
        out.put(key, array.stream().map(String::valueOf).collect(Collectors.joining(",")));
      } else if (value != null) {
        out.put(key, String.valueOf(value));
      }
    }
  }
}
