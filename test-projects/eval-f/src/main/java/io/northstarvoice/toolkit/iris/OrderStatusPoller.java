package io.northstarvoice.toolkit.iris;

import io.northstarvoice.toolkit.config.ToolkitConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls an order until it leaves RECEIVED. Predates {@link DashboardClient} and still builds its
 * own requests against {@code iris.host}.
 */
public class OrderStatusPoller {

    private static final Logger log = LoggerFactory.getLogger(OrderStatusPoller.class);
    private static final String ORDER_PATH = "/v1.0/accounts/";
    private static final Pattern STATUS = Pattern.compile("<OrderStatus>(\\w+)</OrderStatus>");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ToolkitConfig config;

    public OrderStatusPoller(ToolkitConfig config) {
        this.config = config;
    }

    public String awaitCompletion(String orderId, Duration every, int maxAttempts) throws IOException, InterruptedException {
        URI uri = URI.create(config.irisHost() + ORDER_PATH + config.accountId() + "/orders/" + orderId);
        String auth = Base64.getEncoder().encodeToString((config.username() + ":" + config.password()).getBytes());
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Basic " + auth)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = STATUS.matcher(response.body());
            String status = m.find() ? m.group(1) : "UNKNOWN";
            log.debug("order {} attempt {}: {} (https://dashboard.bandwidth.com/v1.0/accounts/.../orders)", orderId, attempt, status);
            if (!"RECEIVED".equals(status)) {
                return status;
            }
            Thread.sleep(every.toMillis());
        }
        return "RECEIVED";
    }
}
