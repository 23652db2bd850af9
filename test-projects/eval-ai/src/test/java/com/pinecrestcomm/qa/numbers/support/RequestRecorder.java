package com.pinecrestcomm.qa.numbers.support;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * REST Assured filter that keeps every request the suite sends, so tests can assert on what
 * actually went over the wire (and the nightly report can list them).
 */
public final class RequestRecorder implements Filter {

    public record Recorded(String method, String uri, String body, int status) {
    }

    private static final RequestRecorder INSTANCE = new RequestRecorder();

    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    private RequestRecorder() {
    }

    public static RequestRecorder instance() {
        return INSTANCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext ctx) {
        Response answer = ctx.next(request, response);
        Object body = request.getBody();
        requests.add(new Recorded(request.getMethod(), request.getURI(), body == null ? null : body.toString(),
                answer.getStatusCode()));
        return answer;
    }

    public List<Recorded> all() {
        return List.copyOf(requests);
    }

    public Recorded last() {
        if (requests.isEmpty()) {
            throw new IllegalStateException("no request recorded");
        }
        return requests.get(requests.size() - 1);
    }

    public void clear() {
        requests.clear();
    }
}
