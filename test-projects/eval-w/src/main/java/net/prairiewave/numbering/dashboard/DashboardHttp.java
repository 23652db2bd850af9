package net.prairiewave.numbering.dashboard;

import io.helidon.common.http.MediaType;
import io.helidon.webclient.WebClient;
import io.helidon.webclient.WebClientRequestBuilder;
import io.helidon.webclient.WebClientResponse;
import net.prairiewave.numbering.config.DashboardSettings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Thin blocking wrapper over the Helidon WebClient for the Dashboard's XML API.
 * All paths passed in are relative to the configured base URL.
 */
public class DashboardHttp {

    private static final Logger LOG = Logger.getLogger(DashboardHttp.class.getName());

    private final WebClient client;
    private final String baseUrl;
    private final String accountId;
    private final Duration timeout;

    public DashboardHttp(DashboardSettings settings) {
        this(settings.baseUrl(), settings.accountId(), settings.username(), settings.password(), settings.timeout());
    }

    public DashboardHttp(String baseUrl, String accountId, String username, String password, Duration timeout) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.timeout = timeout;
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.client = WebClient.builder()
                .addHeader("Authorization", "Basic " + token)
                .addHeader("User-Agent", "prairiewave-tn-inventory/2.7")
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String accountId() {
        return accountId;
    }

    /** Raw client for callers that want to build the request themselves. */
    public WebClient webClient() {
        return client;
    }

    public String get(String path) {
        return get(path, Map.of());
    }

    public String get(String path, Map<String, String> query) {
        WebClientRequestBuilder req = client.get()
                .uri(baseUrl + path)
                .accept(MediaType.APPLICATION_XML);
        query.forEach((name, value) -> req.queryParam(name, value));
        LOG.fine(() -> "GET " + baseUrl + path + " " + query);
        return req.request(String.class).await(timeout);
    }

    public String getAbsolute(String url) {
        LOG.fine(() -> "GET " + url);
        return client.get().uri(url).accept(MediaType.APPLICATION_XML).request(String.class).await(timeout);
    }

    public String postXml(String path, String xml) {
        LOG.fine(() -> "POST " + baseUrl + path);
        return client.post()
                .uri(baseUrl + path)
                .contentType(MediaType.APPLICATION_XML)
                .submit(xml, String.class)
                .await(timeout);
    }

    public String putXml(String path, String xml) {
        LOG.fine(() -> "PUT " + baseUrl + path);
        return client.put()
                .uri(baseUrl + path)
                .contentType(MediaType.APPLICATION_XML)
                .submit(xml, String.class)
                .await(timeout);
    }

    public int delete(String path) {
        WebClientResponse response = client.method("DELETE").uri(baseUrl + path).request().await(timeout);
        int code = response.status().code();
        if (code >= 400) {
            LOG.log(Level.WARNING, "DELETE {0} answered {1}", new Object[]{path, code});
        }
        return code;
    }

    /** Wait for a response and hand back status and body, for callers that branch on 4xx. */
    public DashboardResponse exchange(WebClientRequestBuilder request, Object body) {
        WebClientResponse response = (body == null ? request.request() : request.submit(body)).await(timeout);
        String text = response.content().as(String.class).await(timeout);
        return new DashboardResponse(response.status().code(), text);
    }

    public record DashboardResponse(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
