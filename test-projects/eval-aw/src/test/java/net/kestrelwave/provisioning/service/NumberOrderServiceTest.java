package net.kestrelwave.provisioning.service;

import net.kestrelwave.provisioning.api.ProvisioningApi.OrderNumbersResponse;
import net.kestrelwave.provisioning.callbacks.PendingActivationStore;
import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.config.EnvironmentLoader;
import net.kestrelwave.provisioning.dashboard.DashboardXml;
import net.kestrelwave.provisioning.dashboard.FakeDashboardClient;
import net.kestrelwave.provisioning.fraud.IrisClient;
import net.kestrelwave.provisioning.templates.TemplateRenderer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberOrderServiceTest {

    private final TemplateRenderer templates = new TemplateRenderer();

    @Test
    void rendersTheOrderBodyTheDashboardExpects() throws Exception {
        String body = templates.render("order.xml", Map.of(
                "customerOrderId", "2024061501",
                "siteId", "38712",
                "sipPeerId", "553711",
                "numbers", List.of(
                        "9195550123",
                        "9195550124")));
        String expected = Files.readString(Path.of(getClass().getResource("/fixtures/order-request.xml").toURI()));
        assertEquals(normalise(expected), normalise(body));
    }

    @Test
    void statusListsCompletedNumbers() {
        FakeDashboardClient dashboard = new FakeDashboardClient().answer(200, """
                <OrderResponse>
                  <OrderStatus>COMPLETE</OrderStatus>
                  <CompletedNumbers>
                    <TelephoneNumber><FullNumber>9195550123</FullNumber></TelephoneNumber>
                  </CompletedNumbers>
                </OrderResponse>
                """);
        EnvironmentConfig env = new EnvironmentLoader().load("staging");
        NumberOrderService service = new NumberOrderService(dashboard, new DashboardXml(), templates,
                new PendingActivationStore(), new IrisClient("5006743", "risk-user", "risk-key"), env);
        OrderNumbersResponse status = service.status("ord-1");
        assertEquals("COMPLETE", status.status());
        assertEquals(List.of("19195550123"), status.completedNumbers());
    }

    private static String normalise(String xml) {
        return xml.replaceAll(">\\s+<", "><").strip();
    }
}
