package net.kestreltel.numgate.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Route table for the Dashboard endpoints that ops may need to re-point without a release
 * (see dashboard-routes.json). Paths are URI templates relative to the base URL.
 */
@Component
public class RouteCatalog {

    private final Map<String, String> routes;
    private final String baseUrl;

    public RouteCatalog(ObjectMapper objectMapper) {
        try (InputStream in = new ClassPathResource("dashboard-routes.json").getInputStream()) {
            Catalog catalog = objectMapper.readValue(in, Catalog.class);
            this.routes = Map.copyOf(catalog.routes());
            this.baseUrl = catalog.baseUrl();
        } catch (IOException e) {
            throw new UncheckedIOException("dashboard-routes.json is missing or broken", e);
        }
    }

    public String path(String name) {
        String path = routes.get(name);
        if (path == null) {
            throw new IllegalArgumentException("No Dashboard route named " + name);
        }
        return path;
    }

    /** Absolute URL for tools that do not go through the shared WebClient. */
    public String absolute(String name) {
        return baseUrl + path(name);
    }

    record Catalog(String baseUrl, Map<String, String> routes) {
    }
}
