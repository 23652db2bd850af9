package net.lakeshoretel.numbering.testutil;

import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import okhttp3.Request;
import okio.Buffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Hand-made transport stub: records the requests, answers with queued replies (200 and empty by default). */
public class RecordingTransport implements DashboardTransport {

    private final List<Request> requests = new ArrayList<>();
    private final Deque<Reply> replies = new ArrayDeque<>();

    public RecordingTransport reply(int status, String body) {
        replies.add(new Reply(status, body, null));
        return this;
    }

    public RecordingTransport created(String location) {
        replies.add(new Reply(201, "", location));
        return this;
    }

    @Override
    public CompletableFuture<Reply> execute(Request request) {
        requests.add(request);
        Reply reply = replies.isEmpty() ? new Reply(200, "", null) : replies.poll();
        return CompletableFuture.completedFuture(reply);
    }

    public Factory asFactory() {
        RecordingTransport self = this;
        return settings -> self;
    }

    public List<Request> requests() {
        return requests;
    }

    public Request last() {
        return requests.get(requests.size() - 1);
    }

    public String lastUrl() {
        return last().url().toString();
    }

    public String lastBody() {
        if (last().body() == null) {
            return null;
        }
        try (Buffer buffer = new Buffer()) {
            last().body().writeTo(buffer);
            return buffer.readUtf8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
