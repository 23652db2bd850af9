package net.harborlight.numops.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisResponse;
import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.util.EntityUtils;

/**
 * The real SDK client with the HTTP layer swapped out: the SDK builds URLs and XML exactly as in
 * production, we record them and answer with canned bodies.
 */
public class RecordingIrisClient extends IrisClient {

    public record Call(String method, String uri, String body) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final Deque<String> bodies = new ArrayDeque<>();

    public RecordingIrisClient(String accountId) {
        super(accountId, "numops-test", "secret");
    }

    public RecordingIrisClient answer(String xml) {
        bodies.add(xml);
        return this;
    }

    public List<Call> calls() {
        return calls;
    }

    public Call lastCall() {
        return calls.get(calls.size() - 1);
    }

    @Override
    protected IrisResponse executeRequest(HttpUriRequest request) throws Exception {
        String body = null;
        if (request instanceof HttpEntityEnclosingRequest withBody && withBody.getEntity() != null) {
            body = EntityUtils.toString(withBody.getEntity());
        }
        calls.add(new Call(request.getMethod(), request.getURI().toString(), body));
        IrisResponse response = new IrisResponse();
        response.setStatusCode(200);
        response.setHeaders(new HashMap<>());
        String next = bodies.poll();
        response.setResponseBody(next == null ? "" : next);
        return response;
    }
}
