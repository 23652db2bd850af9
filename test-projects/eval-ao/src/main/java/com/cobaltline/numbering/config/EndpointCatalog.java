package com.cobaltline.numbering.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Named endpoint templates shared with the ops scripts (src/main/resources/dashboard/endpoints.json).
 * Placeholders look like {accountId}.
 */
public class EndpointCatalog {

    private final JsonNode root;

    public EndpointCatalog() {
        this(EndpointCatalog.class.getResourceAsStream("/dashboard/endpoints.json"));
    }

    EndpointCatalog(InputStream json) {
        try (InputStream in = json) {
            this.root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read endpoint catalog", e);
        }
    }

    public String base(String api) {
        return root.path(api).path("base").asText();
    }

    public String url(String api, String name, Map<String, String> variables) {
        String template = root.path(api).path("paths").path(name).asText(null);
        if (template == null) {
            throw new IllegalArgumentException("No endpoint " + api + "/" + name);
        }
        String url = template.startsWith("http") ? template : base(api) + template;
        for (Map.Entry<String, String> v : variables.entrySet()) {
            url = url.replace("{" + v.getKey() + "}", v.getValue());
        }
        return url;
    }
}
