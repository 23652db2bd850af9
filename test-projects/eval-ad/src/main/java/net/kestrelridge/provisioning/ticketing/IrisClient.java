package net.kestrelridge.provisioning.ticketing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Client for Iris, Kestrel Ridge's internal NOC ticketing system (not the Bandwidth Dashboard).
 */
public class IrisClient implements AutoCloseable {

    private final String baseUrl;
    private final String queue;
    private final String token;
    private final CloseableHttpClient http = HttpClients.createSystem();

    public IrisClient(String baseUrl, String queue, String token) {
        this.baseUrl = baseUrl;
        this.queue = queue;
        this.token = token;
    }

    /** Opens a ticket in the queue and returns its key (NOC-12345). */
    public String openTicket(String summary, String details) {
        String body = String.format("{\"queue\":\"%s\",\"summary\":\"%s\",\"details\":\"%s\"}",
                queue, escape(summary), escape(details));
        try {
            return http.execute(ClassicRequestBuilder.post(baseUrl + "/tickets")
                            .setHeader("X-Iris-Token", token)
                            .setEntity(body, ContentType.APPLICATION_JSON)
                            .build(),
                    response -> EntityUtils.toString(response.getEntity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
