package net.harbourline.numberdesk.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Renders {@code templates/order-existing.xml} for orders the support team resubmits by hand. */
public final class OrderXmlRenderer {

    private static final String TEMPLATE = load("/templates/order-existing.xml");

    private OrderXmlRenderer() {
    }

    public static String render(String customerOrderId, String siteId, String peerId, List<String> tns) {
        String numbers = tns.stream()
                .map(tn -> "            <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        return TEMPLATE
                .replace("${customerOrderId}", customerOrderId)
                .replace("${siteId}", siteId)
                .replace("${peerId}", peerId)
                .replace("${telephoneNumbers}", numbers);
    }

    private static String load(String name) {
        try (InputStream in = OrderXmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
