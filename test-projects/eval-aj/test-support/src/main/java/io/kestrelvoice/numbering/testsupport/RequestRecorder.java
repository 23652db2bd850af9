package io.kestrelvoice.numbering.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * RestTemplate interceptor that keeps every outgoing request so tests can assert on paths and
 * payloads after the fact.
 */
public class RequestRecorder implements ClientHttpRequestInterceptor {

    /** One request the code under test sent to the (fake) Dashboard. */
    public record RecordedRequest(HttpMethod method, URI uri, String body) {

        public String path() {
            return uri.getRawPath();
        }

        public String query() {
            return uri.getRawQuery();
        }
    }

    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        requests.add(new RecordedRequest(request.getMethod(), request.getURI(), new String(body, StandardCharsets.UTF_8)));
        return execution.execute(request, body);
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest last() {
        Assertions.assertThat(requests).as("recorded requests").isNotEmpty();
        return requests.get(requests.size() - 1);
    }

    public RecordedRequest single() {
        Assertions.assertThat(requests).as("recorded requests").hasSize(1);
        return requests.get(0);
    }

    public void clear() {
        requests.clear();
    }
}
