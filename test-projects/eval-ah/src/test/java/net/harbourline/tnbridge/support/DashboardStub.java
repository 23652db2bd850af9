package net.harbourline.tnbridge.support;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Replaces every camel-http call of the advised routes: records method, URI and body, and answers with
 * a canned body chosen by URI fragment.
 */
public class DashboardStub {

    public record RecordedRequest(String method, String uri, String body) {
    }

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> responses = new LinkedHashMap<>();
    private final Map<String, Integer> statuses = new LinkedHashMap<>();

    public DashboardStub respond(String uriFragment, String body) {
        responses.put(uriFragment, body);
        return this;
    }

    public DashboardStub respond(String uriFragment, int status, String body) {
        statuses.put(uriFragment, status);
        return respond(uriFragment, body);
    }

    public void advise(CamelContext context, String... routeIds) throws Exception {
        for (String routeId : routeIds) {
            AdviceWith.adviceWith(context, routeId, a -> a.interceptSendToEndpoint("http*")
                    .skipSendToOriginalEndpoint()
                    .process(this::record));
        }
    }

    private void record(Exchange exchange) {
        String uri = exchange.getIn().getHeader(Exchange.INTERCEPTED_ENDPOINT, String.class);
        String method = exchange.getIn().getHeader(Exchange.HTTP_METHOD, "POST", String.class);
        String query = exchange.getIn().getHeader(Exchange.HTTP_QUERY, String.class);
        if (query != null) {
            uri = uri + (uri.contains("?") ? "&" : "?") + query;
        }
        requests.add(new RecordedRequest(method, stripAuth(uri), exchange.getIn().getBody(String.class)));
        String body = "";
        int status = 200;
        for (Map.Entry<String, String> e : responses.entrySet()) {
            if (uri.contains(e.getKey())) {
                body = e.getValue();
                status = statuses.getOrDefault(e.getKey(), 200);
                break;
            }
        }
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
    }

    /** Drops the camel-http auth options so assertions only see the Dashboard URL. */
    static String stripAuth(String uri) {
        int q = uri.indexOf('?');
        if (q < 0) {
            return uri;
        }
        String kept = Arrays.stream(uri.substring(q + 1).split("&"))
                .filter(p -> !p.startsWith("auth") && !p.startsWith("throwExceptionOnFailure"))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? uri.substring(0, q) : uri.substring(0, q + 1) + kept;
    }

    public List<RecordedRequest> requests() {
        return new ArrayList<>(requests);
    }

    public RecordedRequest only() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one Dashboard request, got " + requests);
        }
        return requests.get(0);
    }
}
