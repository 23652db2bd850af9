package com.bluepinenet.cdrpipeline.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Route table shared with the ops CLI (same JSON file in both repos). Placeholders in braces are
 * substituted by {@link #resolve(String, Map)}.
 */
@Component
public class RouteCatalog {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Catalog(String baseUrl, String sandboxBaseUrl, Map<String, String> routes, String canaryTn) {
    }

    private final Catalog catalog;

    public RouteCatalog(ObjectMapper mapper) {
        try (InputStream in = RouteCatalog.class.getResourceAsStream("/dashboard-routes.json")) {
            this.catalog = mapper.readValue(in, Catalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException("dashboard-routes.json unreadable", e);
        }
    }

    public String baseUrl(boolean sandbox) {
        return sandbox ? catalog.sandboxBaseUrl() : catalog.baseUrl();
    }

    public String canaryTn() {
        return catalog.canaryTn();
    }

    public String resolve(String route, Map<String, String> values) {
        String template = catalog.routes().get(route);
        if (template == null) {
            throw new IllegalArgumentException("Unknown Dashboard route " + route);
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            template = template.replace("{" + e.getKey() + "}", e.getValue());
        }
        return template;
    }
}
