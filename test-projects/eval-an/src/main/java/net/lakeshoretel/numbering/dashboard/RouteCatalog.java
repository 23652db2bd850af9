package net.lakeshoretel.numbering.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Route templates read from {@code dashboard-routes.yaml}. */
public final class RouteCatalog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String RESOURCE = "/dashboard-routes.yaml";

    private final Map<String, String> baseUrls = new HashMap<>();
    private final Map<String, String> routes = new HashMap<>();

    private RouteCatalog() {
    }

    public static RouteCatalog load() {
        try (InputStream in = RouteCatalog.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = new YAMLMapper().readTree(in);
            RouteCatalog catalog = new RouteCatalog();
            root.fields().forEachRemaining(api -> {
                catalog.baseUrls.put(api.getKey(), api.getValue().path("baseUrl").asText());
                api.getValue().path("routes").fields().forEachRemaining(route ->
                        catalog.routes.put(api.getKey() + "." + route.getKey(), route.getValue().asText()));
            });
            return catalog;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Expands {@code api.route} with the given variables and prefixes the API's base URL.
     * Example: {@code url("dashboard.e911Address", Map.of("account", "9900123", "addressId", "77"))}.
     */
    public String url(String route, Map<String, String> variables) {
        String api = route.substring(0, route.indexOf('.'));
        String template = routes.get(route);
        if (template == null) {
            throw new IllegalArgumentException("unknown route " + route);
        }
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            template = template.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        String base = baseUrls.get(api);
        if (base.endsWith("/") && template.startsWith("/")) {
            template = template.substring(1);
        }
        return base + template;
    }
}
