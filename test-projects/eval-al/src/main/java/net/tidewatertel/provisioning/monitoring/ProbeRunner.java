package net.tidewatertel.provisioning.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Runs the health probes listed in iris-endpoints.json for the NOC wallboard. */
public class ProbeRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProbeRunner.class);

    private final ObjectMapper mapper = new ObjectMapper();
    private final String authorization;

    public ProbeRunner(String authorization) {
        this.authorization = authorization;
    }

    public Map<String, Integer> runAll() throws IOException {
        JsonNode config;
        try (InputStream in = getClass().getResourceAsStream("/iris-endpoints.json")) {
            config = mapper.readTree(in);
        }
        int timeout = config.path("timeoutMillis").asInt(15000);
        Map<String, Integer> results = new LinkedHashMap<>();
        for (JsonNode probe : config.path("probes")) {
            String name = probe.path("name").asText();
            results.put(name, probe(probe.path("method").asText("GET"), probe.path("url").asText(), timeout));
        }
        return results;
    }

    int probe(String method, String url, int timeout) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(timeout);
            connection.setReadTimeout(timeout);
            if (authorization != null && !url.contains("tidewatertel.local")) {
                connection.setRequestProperty("Authorization", authorization);
            }
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException e) {
            LOG.warn("Probe {} failed: {}", url, e.getMessage());
            return -1;
        }
    }
}
