package com.northforktel.numbering.config;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exposes the merged vertx-config tree to Guice: every leaf becomes a {@code @Named("a.b.c")}
 * string binding, arrays are bound as their JSON encoding.
 */
public class ConfigModule extends AbstractModule {

    private final JsonObject config;

    public ConfigModule(JsonObject config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        Map<String, String> flat = flatten(config);
        Names.bindProperties(binder(), flat);
        bind(JsonObject.class).annotatedWith(Names.named("rootConfig")).toInstance(config);
        bind(DashboardSettings.class).toInstance(DashboardSettings.from(flat));
    }

    public static Map<String, String> flatten(JsonObject json) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", json, out);
        return out;
    }

    private static void flatten(String prefix, JsonObject json, Map<String, String> out) {
        for (Map.Entry<String, Object> entry : json) {
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            Object value = entry.getValue();
            if (value instanceof JsonObject nested) {
                flatten(key, nested, out);
            } else if (value instanceof JsonArray array) {
                out.put(key, array.encode());
            } else if (value != null) {
                out.put(key, String.valueOf(value));
            }
        }
    }
}
