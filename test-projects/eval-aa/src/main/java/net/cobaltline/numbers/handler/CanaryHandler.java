package net.cobaltline.numbers.handler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.config.DashboardSettings;
import net.cobaltline.numbers.dashboard.DashboardClient;
import net.cobaltline.numbers.dashboard.DashboardPaths;
import net.cobaltline.numbers.dashboard.NumberSearchApi;
import net.cobaltline.numbers.dashboard.OrdersApi;

/**
 * Daily canary against the Dashboard test environment: search, order the two reserved
 * canary numbers from the template, and check the order shows up.
 */
public class CanaryHandler implements RequestHandler<ScheduledEvent, String> {

    private static final Logger log = LoggerFactory.getLogger(CanaryHandler.class);

    static final List<String> CANARY_NUMBERS = List.of("9195550142", "9195550143");

    private final DashboardClient sandbox;

    public CanaryHandler() {
        this(DashboardClient.create(sandboxSettings(Services.settings(), Services.config().dashboard.sandboxUrl)));
    }

    CanaryHandler(DashboardClient sandbox) {
        this.sandbox = sandbox;
    }

    static DashboardSettings sandboxSettings(DashboardSettings prod, String sandboxUrl) {
        return prod.withBaseUrl(sandboxUrl != null ? sandboxUrl : "https://test.dashboard.bandwidth.com/api");
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        NumberSearchApi search = new NumberSearchApi(sandbox, "USA");
        List<String> found = search.available("919", 1);
        log.info("canary search returned {} numbers", found.size());

        String body = template().replace("${customerOrderId}", "canary-" + System.currentTimeMillis());
        String orderId = sandbox.post(sandbox.accountUri(DashboardPaths.ORDERS), body).requireSuccess().createdId();

        String history = new OrdersApi(sandbox).ordersForNumber("9195550142");
        if (!history.contains(orderId)) {
            throw new IllegalStateException("canary order " + orderId + " not listed for " + CANARY_NUMBERS.get(0));
        }
        return orderId;
    }

    static String template() {
        try (InputStream in = CanaryHandler.class.getResourceAsStream("/templates/canary-order.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
