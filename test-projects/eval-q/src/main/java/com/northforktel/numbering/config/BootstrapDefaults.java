package com.northforktel.numbering.config;

import io.vertx.core.json.JsonObject;

/**
 * Built-in defaults, the lowest layer of the configuration chain. conf/application.json, the
 * profile file, conf/overrides.conf and -D system properties all win over these.
 */
public final class BootstrapDefaults {

    private static final String DEFAULTS = """
            {
              "http": { "port": 8088, "host": "0.0.0.0" },
              "callbacks": { "port": 8089, "path": "/callbacks/dashboard" },
              "dashboard": {
                "baseUrl": "https://dashboard.bandwidth.com/api/",
                "host": "dashboard.bandwidth.com",
                "port": 443,
                "requestTimeoutMs": 15000,
                "v2Preview": false
              },
              "inventory": { "syncIntervalMs": 900000, "pageSize": 500, "syncAreaCodes": [] },
              "orders": { "pollIntervalMs": 60000, "maxAttempts": 2147483647 },
              "reports": { "inventoryReportId": "1052", "intervalMs": 86400000 },
              "store": { "jdbcUrl": "jdbc:h2:mem:numbering;DB_CLOSE_DELAY=-1", "user": "sa", "password": "" }
            }
            """;

    private BootstrapDefaults() {
    }

    public static JsonObject asJson() {
        return new JsonObject(DEFAULTS);
    }
}
