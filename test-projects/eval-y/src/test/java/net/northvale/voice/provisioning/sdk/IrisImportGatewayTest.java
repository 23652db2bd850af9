package net.northvale.voice.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import net.northvale.voice.provisioning.config.DashboardSettings;
import net.northvale.voice.provisioning.support.FakeDashboardServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IrisImportGatewayTest {

    private FakeDashboardServer server;
    private IrisImportGateway gateway;

    @BeforeEach
    void start() throws Exception {
        server = new FakeDashboardServer();
        IrisClient client = new IrisClient(server.baseUrl(), "9900123", "svc-tnprov", "secret", "v1.0");
        gateway = new IrisImportGateway(client, new DashboardSettings(server.baseUrl(), "9900123", "svc-tnprov", "secret"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void importGoesToTheSdksImportRoute() throws Exception {
        server.respond("/v1.0/accounts/9900123/importTnOrders", 201, """
                <ImportTnOrdersResponse>
                    <ImportTnOrder>
                        <OrderId>b5d1c3a0-1f9e-4c1e-a3f4-2d8e5c7a9b10</OrderId>
                        <ProcessingStatus>RECEIVED</ProcessingStatus>
                    </ImportTnOrder>
                </ImportTnOrdersResponse>
                """);

        String orderId = gateway.importForMessaging("NV-BIZ-4410", "Front Range Dental", List.of("7205550188"));

        assertEquals("b5d1c3a0-1f9e-4c1e-a3f4-2d8e5c7a9b10", orderId);
        assertEquals("/v1.0/accounts/9900123/importTnOrders", server.last().path());
        assertTrue(server.last().body().contains("<BusinessName>Front Range Dental</BusinessName>"));
    }
}
