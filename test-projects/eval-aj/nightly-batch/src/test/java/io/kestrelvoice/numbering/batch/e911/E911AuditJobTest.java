package io.kestrelvoice.numbering.batch.e911;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.kestrelvoice.numbering.testsupport.FixtureLoader;
import io.kestrelvoice.numbering.testsupport.MockDashboard;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class E911AuditJobTest {

    private final MockDashboard dashboard = MockDashboard.create("https://test.dashboard.bandwidth.com/api");
    private final E911AuditJob job = new E911AuditJob(dashboard.client());

    @Test
    void pagesThroughAddresses() {
        dashboard.server()
                .expect(requestTo("https://test.dashboard.bandwidth.com/api/accounts/9900012/addresses?page=1&size=250"))
                .andRespond(withSuccess(FixtureLoader.load("e911-addresses-response.xml"), MediaType.APPLICATION_XML));

        assertThat(job.addressIds(1)).containsExactly("a-77");
        assertThat(dashboard.recorder().single().path()).endsWith("/addresses");
    }
}
