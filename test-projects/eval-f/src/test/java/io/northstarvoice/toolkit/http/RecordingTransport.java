package io.northstarvoice.toolkit.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Test double for {@link HttpTransport}: records requests and replays canned answers. */
public final class RecordingTransport implements HttpTransport {

    private final List<IrisRequest> requests = new ArrayList<>();
    private final Deque<HttpResult> answers = new ArrayDeque<>();

    public RecordingTransport answer(int status, String body) {
        answers.add(new HttpResult(status, body, Map.of()));
        return this;
    }

    public RecordingTransport created(String location) {
        answers.add(new HttpResult(201, "", Map.of("Location", List.of(location))));
        return this;
    }

    @Override
    public HttpResult send(IrisRequest request) {
        requests.add(request);
        HttpResult next = answers.poll();
        return next != null ? next : new HttpResult(200, "", Map.of());
    }

    public List<IrisRequest> requests() {
        return requests;
    }

    public IrisRequest last() {
        return requests.get(requests.size() - 1);
    }
}
