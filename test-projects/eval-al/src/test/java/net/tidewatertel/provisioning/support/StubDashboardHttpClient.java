package net.tidewatertel.provisioning.support;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.commons.httpclient.HttpMethodBase;
import org.apache.commons.httpclient.methods.EntityEnclosingMethod;
import org.apache.commons.httpclient.methods.StringRequestEntity;

import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.HttpResult;

/** Records the requests instead of sending them; answers from a queue of canned responses. */
public class StubDashboardHttpClient extends DashboardHttpClient {

    public static final String BASE = "https://dashboard.bandwidth.com/api/";

    public static final class Recorded {
        public final String method;
        public final String url;
        public final String body;

        Recorded(String method, String url, String body) {
            this.method = method;
            this.url = url;
            this.body = body;
        }
    }

    private final List<Recorded> requests = new ArrayList<>();
    private final Deque<HttpResult> responses = new ArrayDeque<>();

    public StubDashboardHttpClient() {
        this(BASE);
    }

    public StubDashboardHttpClient(String baseUrl) {
        super(baseUrl, "test", "test");
    }

    public StubDashboardHttpClient respond(int status, String body) {
        responses.add(new HttpResult(status, body, null));
        return this;
    }

    public StubDashboardHttpClient respondCreated(String location) {
        responses.add(new HttpResult(201, "", location));
        return this;
    }

    public List<Recorded> requests() {
        return requests;
    }

    public Recorded last() {
        return requests.get(requests.size() - 1);
    }

    @Override
    protected HttpResult execute(HttpMethodBase method) throws IOException {
        String body = null;
        if (method instanceof EntityEnclosingMethod
                && ((EntityEnclosingMethod) method).getRequestEntity() instanceof StringRequestEntity) {
            body = ((StringRequestEntity) ((EntityEnclosingMethod) method).getRequestEntity()).getContent();
        }
        requests.add(new Recorded(method.getName(), method.getURI().toString(), body));
        return responses.isEmpty() ? new HttpResult(200, "", null) : responses.poll();
    }
}
