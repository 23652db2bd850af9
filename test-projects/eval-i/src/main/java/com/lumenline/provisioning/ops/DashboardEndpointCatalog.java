package com.lumenline.provisioning.ops;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The endpoint map shown on the ops console, so on-call engineers can curl the Dashboard
 * directly. Loaded from {@code dashboard-endpoints.json}.
 */
@Component
public class DashboardEndpointCatalog {

    private final Map<String, Map<String, String>> catalog;

    public DashboardEndpointCatalog(ObjectMapper objectMapper) throws IOException {
        try (InputStream in = new ClassPathResource("dashboard-endpoints.json").getInputStream()) {
            this.catalog = objectMapper.readValue(in, new TypeReference<>() {
            });
        }
    }

    public Map<String, Map<String, String>> all() {
        return catalog;
    }

    public String url(String group, String name, String accountId) {
        Map<String, String> g = catalog.get(group);
        if (g == null || !g.containsKey(name)) {
            throw new IllegalArgumentException("Unknown endpoint " + group + "." + name);
        }
        return g.get(name).replace("{accountId}", accountId);
    }
}
