package io.kestrelvoice.numbering.testsupport;

import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.DashboardUrls;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

/**
 * A {@link DashboardRestClient} wired to a {@link MockRestServiceServer} plus a
 * {@link RequestRecorder}.
 */
public final class MockDashboard {

    private final RestTemplate restTemplate = new RestTemplate();
    private final RequestRecorder recorder = new RequestRecorder();
    private final MockRestServiceServer server;
    private final DashboardRestClient client;

    private MockDashboard(String baseUrl) {
        restTemplate.getInterceptors().add(recorder);
        server = MockRestServiceServer.bindTo(restTemplate).ignoreExpectOrder(true).build();
        client = new DashboardRestClient(restTemplate, new DashboardUrls(baseUrl, DashboardFixtures.ACCOUNT_ID));
    }

    public static MockDashboard create() {
        return new MockDashboard(DashboardFixtures.BASE_URL);
    }

    public static MockDashboard create(String baseUrl) {
        return new MockDashboard(baseUrl);
    }

    public MockRestServiceServer server() {
        return server;
    }

    public RequestRecorder recorder() {
        return recorder;
    }

    public DashboardRestClient client() {
        return client;
    }
}
