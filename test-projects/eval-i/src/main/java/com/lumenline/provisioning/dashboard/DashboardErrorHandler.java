package com.lumenline.provisioning.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.DefaultResponseErrorHandler;

/**
 * Logs the Dashboard's XML error body before Spring turns it into an exception; the
 * {@code <Description>} element is the only useful thing in most 4xx answers.
 */
public class DashboardErrorHandler extends DefaultResponseErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(DashboardErrorHandler.class);

    @Override
    protected void handleError(ClientHttpResponse response, HttpStatusCode statusCode) throws IOException {
        String body = StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
        log.warn("Dashboard answered {}: {}", statusCode.value(), extractDescription(body));
        super.handleError(response, statusCode);
    }

    static String extractDescription(String body) {
        int start = body.indexOf("<Description>");
        int end = body.indexOf("</Description>");
        if (start < 0 || end < start) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
        return body.substring(start + "<Description>".length(), end);
    }
}
