package net.kestrelwave.numops.dashboard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TemplateRendererTest {

    private final TemplateRenderer renderer = new TemplateRenderer();

    @Test
    void orderForTwoNumbers() throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("customerOrderId", "numctl-test");
        context.put("siteId", "1432");
        context.put("peerId", "520114");
        context.put("numbers", List.of(
                "9192440001",
                "9192440002"));
        assertSameXml(resource("/requests/order-two-numbers.xml"), renderer.render("order.xml", context));
    }

    @Test
    void smsOnSipPeerNumber() throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("tn", "9192440003");
        context.put("sms", true);
        assertSameXml(resource("/requests/sippeer-tn-sms-on.xml"), renderer.render("sippeer-tn-messaging.xml", context));
    }

    @Test
    void orderSubscription() throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("orderType", "orders");
        context.put("callbackUrl", "https://numops.kestrelwave.net/api/callbacks/iris");
        context.put("expiry", 3122064000L);
        context.put("callbackUser", "iris");
        context.put("callbackPassword", "s3cret");
        assertSameXml(resource("/requests/subscription-orders.xml"), renderer.render("subscription.xml", context));
    }

    private static void assertSameXml(String expected, String actual) {
        assertEquals(squash(expected), squash(actual));
    }

    private static String squash(String xml) {
        return xml.replaceAll(">\\s+<", "><").trim();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TemplateRendererTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
