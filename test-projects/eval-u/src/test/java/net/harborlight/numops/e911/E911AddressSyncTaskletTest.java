package net.harborlight.numops.e911;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import net.harborlight.numops.config.DashboardProperties;
import net.harborlight.numops.crm.CrmClient.CrmAddress;
import net.harborlight.numops.crm.CrmClient;
import net.harborlight.numops.dashboard.DashboardRestGateway;
import net.harborlight.numops.support.Fixtures;
import net.harborlight.numops.support.RecordingRequestFactory;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.web.client.RestClient;

/**
 * Replays the conversation recorded against the sandbox account on 2024-04-18.
 */
class E911AddressSyncTaskletTest {

    @Test
    void createsMissingAddressesAndLinksThem() throws Exception {
        List<Map<String, Object>> recording = Fixtures.recording("e911-sync.json");
        RecordingRequestFactory fake = new RecordingRequestFactory();
        recording.forEach(exchange -> fake.respondWithXml(String.valueOf(exchange.get("responseBody"))));

        DashboardProperties props = Fixtures.props();
        RestClient dashboard = RestClient.builder().baseUrl(props.getBaseUrl()).requestFactory(fake).build();
        CrmClient crm = mock(CrmClient.class);
        when(crm.addresses(any())).thenReturn(List.of(
                new CrmAddress("crm-1", "1200", "Glenwood Ave", "Raleigh", "NC", "27605", null)));
        E911AddressClient e911 = new E911AddressClient(dashboard, new DashboardRestGateway(dashboard, props), props);
        E911AddressSyncTasklet tasklet = new E911AddressSyncTasklet(dashboard,
                RestClient.builder().requestFactory(fake), e911, crm, props, "test-auth");

        StepExecution execution = MetaDataInstanceFactory.createStepExecution();
        tasklet.execute(new StepContribution(execution), null);

        for (int i = 0; i < recording.size(); i++) {
            assertThat(fake.requests().get(i).uri().toString()).isEqualTo(recording.get(i).get("url"));
        }
        verify(crm).linkDashboardAddress("9900123", "crm-1", "ADDR-20931");
    }

    @Test
    void listUsesTheAccountAddressRoute() {
        RecordingRequestFactory fake = new RecordingRequestFactory();
        DashboardProperties props = Fixtures.props();
        RestClient dashboard = RestClient.builder().baseUrl(props.getBaseUrl()).requestFactory(fake).build();

        new E911AddressClient(dashboard, new DashboardRestGateway(dashboard, props), props).get("ADDR-20931");

        assertThat(fake.only().uri().toString())
                .isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900123/addresses/ADDR-20931");
    }
}
