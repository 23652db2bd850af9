package net.harborlight.numops.support;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

/**
 * Fake Dashboard for RestClient based code: records every request and answers with the canned
 * responses queued by the test (200 with an empty body when none is queued).
 */
public class RecordingRequestFactory implements ClientHttpRequestFactory {

    public record RecordedRequest(HttpMethod method, URI uri, HttpHeaders headers, String body) {
    }

    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Deque<MockClientHttpResponse> responses = new ArrayDeque<>();

    public RecordingRequestFactory respondWith(HttpStatus status, String body) {
        MockClientHttpResponse response = new MockClientHttpResponse(body.getBytes(StandardCharsets.UTF_8), status);
        response.getHeaders().setContentType(MediaType.APPLICATION_XML);
        responses.add(response);
        return this;
    }

    public RecordingRequestFactory respondWithXml(String body) {
        return respondWith(HttpStatus.OK, body);
    }

    public List<RecordedRequest> requests() {
        return requests;
    }

    public RecordedRequest only() {
        if (requests.size() != 1) {
            throw new AssertionError("Expected exactly one request, got " + requests.size() + ": " + requests);
        }
        return requests.get(0);
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
        return new MockClientHttpRequest(httpMethod, uri) {
            @Override
            protected ClientHttpResponse executeInternal() throws IOException {
                requests.add(new RecordedRequest(httpMethod, uri, getHeaders(), getBodyAsString()));
                MockClientHttpResponse next = responses.poll();
                return next != null ? next : new MockClientHttpResponse(new byte[0], HttpStatus.OK);
            }
        };
    }
}
