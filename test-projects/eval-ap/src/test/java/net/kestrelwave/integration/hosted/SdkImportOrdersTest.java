package net.kestrelwave.integration.hosted;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import net.kestrelwave.integration.config.DashboardProperties;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

@WireMockTest
class SdkImportOrdersTest {

    @Test
    void readsProcessingStatus(WireMockRuntimeInfo wm) throws Exception {
        stubFor(get(urlEqualTo("/v1.0/accounts/9900123/importTnOrders/b9f2c0de"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/xml")
                        .withBodyFile("import-tn-order.xml")));
        IrisClient client = new IrisClient(wm.getHttpBaseUrl(), "9900123", "svc", "secret", "v1.0");

        ImportTnOrder order = ImportTnOrder.Get(client, "b9f2c0de");

        assertThat(order.getProcessingStatus()).isEqualTo("PROCESSING");
        assertThat(new SdkImportOrders(client, new DashboardProperties()).status("b9f2c0de")).isEqualTo("PROCESSING");
    }
}
