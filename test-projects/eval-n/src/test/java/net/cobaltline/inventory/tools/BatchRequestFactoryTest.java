package net.cobaltline.inventory.tools;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchRequestFactoryTest {

    private static final BatchToolSettings.Dashboard SETTINGS = new BatchToolSettings.Dashboard(
            "https://api.inetwork.com/v1.0", "9900712", "4512", "508812", "batch", "secret",
            "/accounts/{account}/importTnOrders",
            "/accounts/{account}/externalTns");

    private final BatchRequestFactory factory = new BatchRequestFactory(SETTINGS);

    @Test
    void importOrderGoesToTheConfiguredPath() {
        HttpRequest request = factory.importOrder("CBL-BATCH-1", List.of("9195550142", "9195550143"));

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri().toString())
                .isEqualTo("https://api.inetwork.com/v1.0/accounts/9900712/importTnOrders");
    }

    @Test
    void removalUsesTheAccountUrl() {
        HttpRequest request = factory.removeImported("CBL-BATCH-2", List.of("9195550142"));

        assertThat(request.uri().getPath()).isEqualTo("/v1.0/accounts/9900712/removeImportedTnOrders");
    }

    @Test
    void availabilityCheckCarriesTheAreaCode() {
        HttpRequest request = factory.availability(919, 10);

        assertThat(request.uri().getQuery()).isEqualTo("areaCode=919&quantity=10");
    }

    @Test
    void fallsBackToTheLegacyHostWithoutBaseUrl() {
        BatchRequestFactory legacy = new BatchRequestFactory(new BatchToolSettings.Dashboard(
                null, "9900712", "4512", "508812", "batch", "secret", "/x", "/y"));

        assertThat(legacy.probe().uri().toString()).startsWith(BatchRequestFactory.LEGACY_BASE);
    }

    @Test
    void enablingSmsPutsTheSipPeerNumber() {
        HttpRequest request = factory.enableSms("9195550142");

        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.uri().getPath()).endsWith("/sippeers/508812/tns/9195550142");
    }
}
