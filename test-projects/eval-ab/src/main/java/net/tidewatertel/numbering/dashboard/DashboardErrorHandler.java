package net.tidewatertel.numbering.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * The Dashboard answers errors with a 4xx/5xx and an XML body holding ErrorCode/Description.
 * We surface the description so that ops sees "Telephone number is not available" instead of "400".
 */
@Component
public class DashboardErrorHandler implements ResponseErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(DashboardErrorHandler.class);

    @Override
    public boolean hasError(ClientHttpResponse response) throws IOException {
        return response.getStatusCode().isError();
    }

    @Override
    public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
        String body;
        try (InputStream in = response.getBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String description = extract(body, "Description");
        log.warn("Dashboard {} {} failed with {}: {}", method, url, response.getStatusCode(), description);
        if (url.getPath().contains("/addresses")) {
            log.warn("E911 call failed; check the address against https://dashboard.bandwidth.com/api/accounts/{id}/addresses in the portal docs");
        }
        throw new DashboardException(response.getStatusCode().value(), extract(body, "ErrorCode"), description);
    }

    @Override
    public void handleError(ClientHttpResponse response) throws IOException {
        handleError(URI.create("about:blank"), HttpMethod.GET, response);
    }

    static String extract(String xml, String element) {
        int start = xml.indexOf("<" + element + ">");
        int end = xml.indexOf("</" + element + ">");
        if (start < 0 || end < start) {
            return "";
        }
        return xml.substring(start + element.length() + 2, end).trim();
    }

    public static class DashboardException extends RuntimeException {
        private final int status;
        private final String errorCode;

        public DashboardException(int status, String errorCode, String description) {
            super("Dashboard error " + status + " (" + errorCode + "): " + description);
            this.status = status;
            this.errorCode = errorCode;
        }

        public int getStatus() {
            return status;
        }

        public String getErrorCode() {
            return errorCode;
        }
    }
}
