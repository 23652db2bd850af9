package net.harborlight.numops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import net.harborlight.numops.config.DashboardProperties;
import net.harborlight.numops.support.Fixtures;
import org.junit.jupiter.api.Test;

class LegacyInetworkClientTest {

    @Test
    void buildsUrlsFromTheSharedXmlConfig() throws Exception {
        DashboardProperties props = Fixtures.props();
        props.getLegacy().setEnabled(true);
        props.getLegacy().setConfigFile("iris-client-test.xml");

        LegacyInetworkClient client = new LegacyInetworkClient(props);

        assertThat(client.availableNumbersUri("919", 5).toString())
                .isEqualTo("https://api.test.inetwork.com/v1.0/accounts/5000871/availableNumbers?areaCode=919&quantity=5");
        assertThat(client.ordersUri("COMPLETE").getPath()).isEqualTo("/v1.0/accounts/5000871/orders");
    }
}
