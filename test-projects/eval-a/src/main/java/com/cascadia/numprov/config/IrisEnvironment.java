package com.cascadia.numprov.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Named Dashboard environments from {@code iris/environments.json} (used by the ops CLI). */
public record IrisEnvironment(String name, String dashboardUrl, String accountId, String siteId) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static IrisEnvironment named(String name) {
        try (InputStream in = IrisEnvironment.class.getResourceAsStream("/iris/environments.json")) {
            JsonNode env = JSON.readTree(in).path(name);
            if (env.isMissingNode()) {
                throw new IllegalArgumentException("Unknown Dashboard environment " + name);
            }
            return new IrisEnvironment(name,
                    env.path("dashboardUrl").asText(),
                    env.path("accountId").asText(),
                    env.path("siteId").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
