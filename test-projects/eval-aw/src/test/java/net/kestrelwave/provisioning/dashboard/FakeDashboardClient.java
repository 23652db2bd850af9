package net.kestrelwave.provisioning.dashboard;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Records requests instead of sending them; answers with canned responses. */
public class FakeDashboardClient extends DashboardHttpClient {

    public record Sent(String method, URI uri, String body) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final Deque<DashboardResponse> answers = new ArrayDeque<>();

    public FakeDashboardClient() {
        super("https://dashboard.bandwidth.com/api", "test", "test", new DashboardMetrics(new SimpleMeterRegistry()));
    }

    public FakeDashboardClient answer(int status, String body) {
        answers.add(new DashboardResponse(status, body, HttpHeaders.of(Map.of(), (a, b) -> true)));
        return this;
    }

    public FakeDashboardClient answerCreated(String location) {
        answers.add(new DashboardResponse(201, "",
                HttpHeaders.of(Map.of("Location", List.of(location)), (a, b) -> true)));
        return this;
    }

    @Override
    public DashboardResponse execute(DashboardRequest request) {
        return execute(request.method(), request.toUri(baseUrl()), request.body(), request.operation());
    }

    @Override
    public DashboardResponse execute(String method, URI uri, String body, String operation) {
        sent.add(new Sent(method, uri, body));
        return answers.isEmpty() ? new DashboardResponse(200, "<Response/>", HttpHeaders.of(Map.of(), (a, b) -> true))
                : answers.poll();
    }

    public List<Sent> sent() {
        return sent;
    }

    public Sent last() {
        return sent.get(sent.size() - 1);
    }
}
