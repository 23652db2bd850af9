package io.northstarvoice.toolkit.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** {@link HttpTransport} on top of {@code java.net.http.HttpClient} with basic auth. */
public final class JdkHttpTransport implements HttpTransport {

    private static final Logger log = LoggerFactory.getLogger(JdkHttpTransport.class);

    private final HttpClient client;
    private final String authorization;
    private final Duration timeout;

    public JdkHttpTransport(String username, String password, Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
    }

    @Override
    public HttpResult send(IrisRequest request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/xml");
        HttpRequest.BodyPublisher body = request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body());
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        HttpRequest httpRequest = switch (request.method()) {
            case GET -> builder.GET().build();
            case DELETE -> builder.DELETE().build();
            case POST -> builder.POST(body).build();
            case PUT -> builder.PUT(body).build();
        };
        log.debug("{} {}", request.method(), request.uri());
        try {
            HttpResponse<String> response = client.send(httpRequest, HttpResponse.BodyHandlers.ofString());
            return new HttpResult(response.statusCode(), response.body(), response.headers().map());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted calling " + request.uri(), e);
        }
    }
}
