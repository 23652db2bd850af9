package net.kestrelcable.provisioning.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * Turns Dashboard {@code <ResponseStatus>} error bodies into {@link DashboardException}s.
 */
public class DashboardErrorHandler implements ResponseErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(DashboardErrorHandler.class);

    private static final Pattern ERROR_CODE = Pattern.compile("<ErrorCode>(\\d+)</ErrorCode>");
    private static final Pattern DESCRIPTION = Pattern.compile("<Description>(.*?)</Description>", Pattern.DOTALL);

    static final String SMS_VIA_TN_OPTIONS = "Messaging service needs to be enabled/disabled via a TN Option order";

    @Override
    public boolean hasError(ClientHttpResponse response) throws IOException {
        return response.getStatusCode().isError();
    }

    @Override
    public void handleError(ClientHttpResponse response) throws IOException {
        String body;
        try (InputStream in = response.getBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String code = first(ERROR_CODE, body, String.valueOf(response.getStatusCode().value()));
        String description = first(DESCRIPTION, body, response.getStatusText());
        if (description.contains(SMS_VIA_TN_OPTIONS)) {
            log.warn("Dashboard refused an SMS change on a sippeer TN; use SmsEnablementService.enableViaTnOptions");
        }
        log.error("Dashboard call failed with {} {} (v1 API root https://dashboard.bandwidth.com/api)", code, description);
        throw new DashboardException(response.getStatusCode().value(), code, description);
    }

    private static String first(Pattern pattern, String body, String fallback) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1).trim() : fallback;
    }

    public static class DashboardException extends RuntimeException {
        private final int status;
        private final String errorCode;

        public DashboardException(int status, String errorCode, String description) {
            super("Dashboard error " + errorCode + ": " + description);
            this.status = status;
            this.errorCode = errorCode;
        }

        public int status() {
            return status;
        }

        public String errorCode() {
            return errorCode;
        }

        public boolean retryable() {
            return status >= 500 || status == 429;
        }
    }
}
