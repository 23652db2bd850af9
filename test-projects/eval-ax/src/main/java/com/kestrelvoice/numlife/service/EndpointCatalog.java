package com.kestrelvoice.numlife.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriTemplate;

/**
 * URL templates for the ops console's "raw call" feature: defaults from dashboard-endpoints.json,
 * overridden by the enabled rows of the dashboard_endpoint table.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class EndpointCatalog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final Map<String, String> templates = new ConcurrentHashMap<>();

    @PostConstruct
    void load() throws IOException {
        try (InputStream in = new ClassPathResource("dashboard-endpoints.json").getInputStream()) {
            Map<String, Map<String, String>> groups = objectMapper.readValue(in, new TypeReference<>() { });
            groups.forEach((group, entries) -> entries.forEach((name, url) -> templates.put(group + "." + name, url)));
        }
        jdbc.query("select name, url_template from dashboard_endpoint where enabled",
                rs -> {
                    templates.put("dashboard." + rs.getString("name"), rs.getString("url_template"));
                });
        log.info("Loaded {} endpoint templates", templates.size());
    }

    public String expand(String name, Map<String, ?> variables) {
        String template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("Unknown endpoint " + name);
        }
        return new UriTemplate(template).expand(variables).toString();
    }
}
