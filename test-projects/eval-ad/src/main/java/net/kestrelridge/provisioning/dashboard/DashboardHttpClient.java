package net.kestrelridge.provisioning.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import net.kestrelridge.provisioning.config.ExternalDependency;
import net.kestrelridge.provisioning.resilience.DashboardResilience;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin XML-over-HTTP client for the Dashboard: basic auth, retries and the circuit breaker.
 */
@Singleton
@ExternalDependency(name = "bandwidth-dashboard", url = "https://dashboard.bandwidth.com/api/accounts")
public class DashboardHttpClient {

    private static final Logger log = LoggerFactory.getLogger(DashboardHttpClient.class);
    private static final ContentType XML = ContentType.APPLICATION_XML.withCharset(StandardCharsets.UTF_8);

    private final CloseableHttpClient http;
    private final DashboardResilience resilience;
    private final String authorization;

    @Inject
    public DashboardHttpClient(CloseableHttpClient http, DashboardSettings settings, DashboardResilience resilience) {
        this.http = http;
        this.resilience = resilience;
        String credentials = settings.username() + ":" + settings.password();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public String get(URI uri) {
        return send(() -> ClassicRequestBuilder.get(uri).build());
    }

    public String post(URI uri, String xml) {
        return send(() -> ClassicRequestBuilder.post(uri).setEntity(xml, XML).build());
    }

    public String put(URI uri, String xml) {
        return send(() -> ClassicRequestBuilder.put(uri).setEntity(xml, XML).build());
    }

    public String delete(URI uri) {
        return send(() -> ClassicRequestBuilder.delete(uri).build());
    }

    /** For callers that need a request shape the helpers above do not cover. */
    public String send(Supplier<ClassicHttpRequest> request) {
        return resilience.call(() -> execute(request.get()));
    }

    private String execute(ClassicHttpRequest request) {
        request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        request.setHeader(HttpHeaders.ACCEPT, "application/xml");
        String line = request.getMethod() + " " + request.getRequestUri();
        log.debug("dashboard -> {}", line);
        try {
            return http.execute(request, response -> {
                int status = response.getCode();
                String body = response.getEntity() == null
                        ? ""
                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                if (status == 404) {
                    log.warn("404 for {} - check the account id; paths look like "
                            + "https://dashboard.bandwidth.com/api/accounts/<accountId>/...", line);
                }
                if (status >= 300) {
                    throw new DashboardException(status, line, body);
                }
                return body;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(line, e);
        }
    }
}
