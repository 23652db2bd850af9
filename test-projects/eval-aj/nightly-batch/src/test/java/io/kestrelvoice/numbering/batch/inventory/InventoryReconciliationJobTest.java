package io.kestrelvoice.numbering.batch.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import io.kestrelvoice.numbering.batch.config.BatchProperties;
import io.kestrelvoice.numbering.batch.inventory.LocalInventoryRepository.LocalNumber;
import io.kestrelvoice.numbering.dashboard.api.InventoryClient;
import io.kestrelvoice.numbering.testsupport.DashboardFixtures;
import io.kestrelvoice.numbering.testsupport.MockDashboard;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class InventoryReconciliationJobTest {

    private final MockDashboard dashboard = MockDashboard.create();
    private final LocalInventoryRepository local = new LocalInventoryRepository();
    private final BatchProperties properties = new BatchProperties("218", "231", List.of("919"), 500, false, null);
    private final InventoryReconciliationJob job = new InventoryReconciliationJob(
            new InventoryClient(dashboard.client()), dashboard.client(), local, properties);

    @Test
    void findsNumbersBillingDoesNotKnow() {
        local.put(new LocalNumber("9195550150", "C-10442", "ACTIVE"));
        local.put(new LocalNumber("9195550158", "C-10442", "ACTIVE"));
        dashboard.server()
                .expect(requestTo(DashboardFixtures.accountUrl() + "/inserviceNumbers?areacode=919&size=500"))
                .andRespond(withSuccess("""
                        <TNs>
                            <TotalCount>2</TotalCount>
                            <TelephoneNumbers>
                                <TelephoneNumber>9195550150</TelephoneNumber>
                                <TelephoneNumber>9195550151</TelephoneNumber>
                            </TelephoneNumbers>
                        </TNs>
                        """, MediaType.APPLICATION_XML));

        var result = job.run();

        assertThat(result.notBilled()).containsExactly("9195550151");
        assertThat(result.billedButGone()).containsExactly("9195550158");
        assertThat(result.stats().count(919)).isEqualTo(2);
    }
}
