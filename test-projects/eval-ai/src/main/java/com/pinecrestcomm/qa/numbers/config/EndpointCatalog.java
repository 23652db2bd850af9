package com.pinecrestcomm.qa.numbers.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads {@code endpoints.json}: the base URL of every upstream the provisioning jobs call.
 */
public final class EndpointCatalog {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonNode root;

    private EndpointCatalog(JsonNode root) {
        this.root = root;
    }

    public static EndpointCatalog load() {
        try (InputStream in = EndpointCatalog.class.getResourceAsStream("/endpoints.json")) {
            return new EndpointCatalog(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl(String upstream) {
        JsonNode node = root.path(upstream).path("baseUrl");
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("No endpoint configured for " + upstream);
        }
        return node.asText();
    }

    public int timeoutSeconds(String upstream) {
        return root.path(upstream).path("timeoutSeconds").asInt(30);
    }
}
