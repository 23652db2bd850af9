package io.kestrelvoice.numbering.provisioning.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import io.kestrelvoice.numbering.dashboard.DashboardProperties;
import io.kestrelvoice.numbering.provisioning.config.ProvisioningProperties;
import io.kestrelvoice.numbering.testsupport.DashboardFixtures;
import org.junit.jupiter.api.Test;

class HostedMessagingServiceTest {

    private final HostedMessagingService service = new HostedMessagingService(
            mock(IrisClient.class), dashboard(), new ProvisioningProperties(10, 100, List.of(), "Dana Whitfield"));

    private static DashboardProperties dashboard() {
        DashboardProperties p = new DashboardProperties();
        p.setSiteId(DashboardFixtures.SITE_ID);
        p.setSipPeerId(DashboardFixtures.SIP_PEER_ID);
        return p;
    }

    @Test
    void buildsImportOrderForTheDefaultLocation() {
        ImportTnOrder order = service.buildImportOrder("KV-HM-0091", "Piedmont Dental Group",
                List.of(DashboardFixtures.HOSTED_TN_1, "3365550131"));

        assertThat(order.getSiteId()).isEqualTo(4501);
        assertThat(order.getSipPeer()).isEqualTo(580211);
        assertThat(order.getTelephoneNumberList()).extracting(TelephoneNumber::getFullNumber)
                .containsExactly("7045550110", "3365550131");
        assertThat(order.getLoaAuthorizingPerson()).isEqualTo("Dana Whitfield");
    }
}
