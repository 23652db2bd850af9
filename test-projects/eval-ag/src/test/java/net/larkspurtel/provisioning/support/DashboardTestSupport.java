package net.larkspurtel.provisioning.support;

import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.http.DashboardClient;

/** Shared test plumbing: a transport that records requests, settings, fixtures. */
public final class DashboardTestSupport {

    public static final String BASE_URL = "https://dashboard.bandwidth.com/api";
    public static final String ACCOUNT_ID = "9900123";

    private DashboardTestSupport() {
    }

    public static DashboardSettings settings() {
        return new DashboardSettings(BASE_URL, ACCOUNT_ID, "svc-test", "secret")
                .withCallback("https://provisioning.larkspurtel.net/api/dashboard/callbacks", "cb", "cb-secret",
                        "3122064000");
    }

    public static DashboardClient client(RecordingTransport transport) {
        return new DashboardClient(settings(), transport);
    }

    public static String fixture(String name) {
        try (InputStream in = DashboardTestSupport.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records every request and answers from a queue of canned bodies. */
    public static final class RecordingTransport extends MockHttpTransport {

        public record Recorded(String method, String url, String body) {
        }

        private final List<Recorded> requests = new ArrayList<>();
        private final Deque<String> responses = new ArrayDeque<>();
        private int statusCode = 200;

        public RecordingTransport respondWith(String body) {
            responses.add(body);
            return this;
        }

        public RecordingTransport status(int code) {
            this.statusCode = code;
            return this;
        }

        public List<Recorded> requests() {
            return requests;
        }

        public Recorded last() {
            return requests.get(requests.size() - 1);
        }

        @Override
        public LowLevelHttpRequest buildRequest(String method, String url) {
            return new MockLowLevelHttpRequest(url) {
                @Override
                public LowLevelHttpResponse execute() throws IOException {
                    requests.add(new Recorded(method, url, getContentAsString()));
                    MockLowLevelHttpResponse response = new MockLowLevelHttpResponse();
                    response.setStatusCode(statusCode);
                    response.setContentType("application/xml");
                    response.setContent(responses.isEmpty() ? "<Response/>" : responses.poll());
                    return response;
                }
            };
        }
    }
}
