package net.kestrelvoice.numbering.dashboard.client;

import java.io.IOException;

import javax.ws.rs.client.ClientRequestContext;
import javax.ws.rs.client.ClientRequestFilter;
import javax.ws.rs.client.ClientResponseContext;
import javax.ws.rs.client.ClientResponseFilter;
import javax.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every dashboard call at DEBUG and slow or failed calls at WARN. Registered as a CXF
 * provider in {@code applicationContext.xml}.
 */
@Provider
public class DashboardRequestLogger implements ClientRequestFilter, ClientResponseFilter {

    private static final Logger log = LoggerFactory.getLogger("dashboard.http");
    private static final String STARTED = DashboardRequestLogger.class.getName() + ".started";
    private static final long SLOW_MILLIS = 2_000;

    @Override
    public void filter(ClientRequestContext request) throws IOException {
        request.setProperty(STARTED, System.nanoTime());
        log.debug("--> {} {}", request.getMethod(), request.getUri());
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        Object started = request.getProperty(STARTED);
        long millis = started == null ? -1 : (System.nanoTime() - (Long) started) / 1_000_000;
        if (response.getStatus() == 404 && request.getUri().getPath().contains("/addresses")) {
            // 404 on e.g. https://dashboard.bandwidth.com/api/accounts/{id}/addresses/{addressId}
            // means the address was purged on the carrier side; the caller re-registers.
            log.info("E911 address gone (GET https://dashboard.bandwidth.com/api/accounts/.../addresses): {}",
                    request.getUri());
        }
        if (response.getStatus() >= 400 || millis > SLOW_MILLIS) {
            log.warn("<-- {} {} {} in {} ms", response.getStatus(), request.getMethod(), request.getUri(), millis);
        }
    }
}
