package net.tidewaterconnect.numbering.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.tidewaterconnect.numbering.config.TestDashboardClients;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Rendered request bodies must stay byte-for-byte what the Dashboard team signed off. */
class TemplateGoldenFileTest {

    private final XmlTemplateRenderer templates = TestDashboardClients.templates();

    @Test
    void order() throws IOException {
        String rendered = templates.render("order", Map.of(
                "customerOrderId", "TW-1001",
                "siteId", "3101",
                "peerId", "552190",
                "tns", List.of(
                        "7575550123",
                        "7575550124")));

        assertThat(normalize(rendered)).isEqualTo(normalize(golden("order-request.xml")));
    }

    @Test
    void importTnOrder() throws IOException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("customerOrderId", "HM-2211");
        model.put("siteId", "3101");
        model.put("peerId", "552190");
        model.put("subscriberName", "Harbor Marine Supply");
        model.put("houseNumber", "401");
        model.put("streetName", "Granby St");
        model.put("city", "Norfolk");
        model.put("state", "VA");
        model.put("zip", "23510");
        model.put("loaPerson", "Dana Whitfield");
        model.put("tns", List.of("8045550155"));

        assertThat(normalize(templates.render("import-tn-order", model)))
                .isEqualTo(normalize(golden("import-tn-order-request.xml")));
    }

    @Test
    void subscription() throws IOException {
        String rendered = templates.render("subscription", Map.of(
                "orderType", "orders",
                "callbackUrl", "https://hooks.tidewaterconnect.net/webhooks/dashboard/orders",
                "expiry", 3122064000L,
                "callbackUser", "bandwidth",
                "callbackPassword", "changeit"));

        assertThat(normalize(rendered)).isEqualTo(normalize(golden("subscription-request.xml")));
    }

    @Test
    void reportInstance() throws IOException {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("Account", "5009876");
        parameters.put("Sub-account", "3101");
        String rendered = templates.render("report-instance", Map.of(
                "parameters", parameters,
                "expiresAt", "2025-01-31"));

        assertThat(normalize(rendered)).isEqualTo(normalize(golden("report-instance-request.xml")));
    }

    private static String golden(String name) throws IOException {
        return new ClassPathResource("fixtures/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

    private static String normalize(String xml) {
        return xml.replaceAll(">\\s+<", "><").replaceAll("<\\?xml[^>]*\\?>", "").trim();
    }
}
