package net.cedarline.numberdesk.testutil;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import net.cedarline.numberdesk.dashboard.DashboardResponse;
import net.cedarline.numberdesk.dashboard.DashboardTransport;

/** Records every request and answers with queued canned responses (200 empty by default). */
public class RecordingTransport implements DashboardTransport {

    public record Request(String method, String url, String body) {
    }

    private final List<Request> requests = new ArrayList<>();
    private final Deque<DashboardResponse> responses = new ArrayDeque<>();

    public RecordingTransport respond(int status, String body) {
        responses.add(new DashboardResponse(status, body, Map.of()));
        return this;
    }

    public RecordingTransport respondCreated(String location) {
        responses.add(new DashboardResponse(201, "", Map.of("Location", List.of(location))));
        return this;
    }

    public List<Request> requests() {
        return requests;
    }

    public Request last() {
        if (requests.isEmpty()) {
            throw new AssertionError("no request was sent");
        }
        return requests.get(requests.size() - 1);
    }

    @Override
    public DashboardResponse get(String url) {
        return record("GET", url, null);
    }

    @Override
    public DashboardResponse post(String url, String xml) {
        return record("POST", url, xml);
    }

    @Override
    public DashboardResponse put(String url, String xml) {
        return record("PUT", url, xml);
    }

    @Override
    public DashboardResponse delete(String url) {
        return record("DELETE", url, null);
    }

    private DashboardResponse record(String method, String url, String body) {
        requests.add(new Request(method, url, body));
        DashboardResponse next = responses.poll();
        return next != null ? next : new DashboardResponse(200, "<Response/>", Map.of());
    }
}
