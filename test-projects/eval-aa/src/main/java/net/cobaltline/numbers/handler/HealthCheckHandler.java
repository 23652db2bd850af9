package net.cobaltline.numbers.handler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.dashboard.DashboardClient;

/**
 * Every five minutes: GETs each read-only Dashboard route listed in {@code dashboard-routes.json}
 * and logs one status line per route (alarms are on the log metric filter).
 */
public class HealthCheckHandler implements RequestHandler<ScheduledEvent, Map<String, Integer>> {

    private static final Logger log = LoggerFactory.getLogger(HealthCheckHandler.class);

    private final DashboardClient client;
    private final JsonNode routes;

    public HealthCheckHandler() {
        this(Services.dashboard(), loadRoutes());
    }

    HealthCheckHandler(DashboardClient client, JsonNode routes) {
        this.client = client;
        this.routes = routes;
    }

    static JsonNode loadRoutes() {
        try (InputStream in = HealthCheckHandler.class.getResourceAsStream("/dashboard-routes.json")) {
            return Responses.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, Integer> handleRequest(ScheduledEvent event, Context context) {
        String base = routes.path("baseUrl").asText(client.baseUrl());
        Map<String, Integer> result = new LinkedHashMap<>();
        for (JsonNode route : routes.path("routes")) {
            if (!route.path("enabled").asBoolean(true)) {
                continue;
            }
            String name = route.path("name").asText();
            String path = route.path("path").asText().replace("{accountId}", client.accountId());
            int status = client.get(URI.create(base + path)).status();
            result.put(name, status);
            log.info("health route={} status={}", name, status);
        }
        return result;
    }
}
