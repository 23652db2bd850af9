package net.kestrelwave.provisioning.ops;

import net.kestrelwave.provisioning.config.EnvironmentConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Synthetic checks run by the Kubernetes readiness probe every 60 s. Deliberately bypasses the retrying
 * client: we want to see the first failure.
 */
public class HealthProbe {

    private static final Logger log = LoggerFactory.getLogger(HealthProbe.class);

    private final EnvironmentConfig env;

    public HealthProbe(EnvironmentConfig env) {
        this.env = env;
    }

    public Map<String, Integer> run() {
        Map<String, Integer> results = new LinkedHashMap<>();
        try {
            results.put("dashboard-test-tn", status(new URL("https", "test.dashboard.bandwidth.com", 443,
                    "/v1.0/tns/9192730044/tndetails")));
            String sites = new StringBuilder("https://dashboard.bandwidth.com")
                    .append("/v1.0/accounts/")
                    .append(env.accountId())
                    .append("/sites")
                    .toString();
            results.put("dashboard-sites", status(new URL(sites)));
            results.put("messaging", status(new URL(env.messagingBaseUrl() + "/users/" + env.accountId() + "/media")));
            results.put("voice", status(new URL(env.voiceBaseUrl() + "/accounts/" + env.accountId() + "/calls")));
        } catch (IOException e) {
            log.error("health probe failed", e);
        }
        log.info("Dashboard probe via https://dashboard.bandwidth.com/api/accounts/{}/sites: {}", env.accountId(), results);
        return results;
    }

    private int status(URL url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(3000);
        connection.setReadTimeout(5000);
        connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((env.username() + ":" + env.password()).getBytes(StandardCharsets.UTF_8)));
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }
}
