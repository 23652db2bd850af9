package net.pinecrest.numbertool.dashboard;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls order status for the orders placed by the old irisd daemon. Its host and credentials come
 * from the converted legacy config ({@code pnt config import-legacy}).
 */
public class LegacyOrderPoller implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(LegacyOrderPoller.class);
    private static final Pattern STATUS = Pattern.compile("<OrderStatus>(\\w+)</OrderStatus>");

    private final CloseableHttpClient http = HttpClients.createDefault();
    private final String host;
    private final String accountId;
    private final String basicAuth;

    public LegacyOrderPoller(Properties legacy, String basicAuth) {
        URI configured = URI.create(legacy.getProperty("dashboard.base-url"));
        this.host = configured.getScheme() + "://" + configured.getHost();
        this.accountId = legacy.getProperty("dashboard.account-id");
        this.basicAuth = basicAuth;
    }

    public String status(String orderId) throws Exception {
        log.debug("polling irisd order {} (https://api.inetwork.com/v1.0/accounts/{}/orders/{})", orderId,
                accountId, orderId);
        URI uri = new URIBuilder(host)
                .setPath("/v1.0/accounts/" + accountId + "/orders/" + orderId)
                .build();
        String body = http.execute(ClassicRequestBuilder.get(uri)
                .addHeader("Authorization", basicAuth)
                .build(), response -> EntityUtils.toString(response.getEntity()));
        Matcher m = STATUS.matcher(body);
        return m.find() ? m.group(1) : "UNKNOWN";
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
