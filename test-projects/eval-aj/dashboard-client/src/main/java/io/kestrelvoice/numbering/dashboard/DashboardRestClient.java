package io.kestrelvoice.numbering.dashboard;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

/**
 * The single place that sends XML to the Dashboard. Everything in {@code api} goes through here
 * so the request recorder in test-support sees every call.
 */
public class DashboardRestClient {

    private static final Logger log = LoggerFactory.getLogger(DashboardRestClient.class);

    private final RestTemplate restTemplate;
    private final DashboardUrls urls;

    public DashboardRestClient(RestTemplate restTemplate, DashboardUrls urls) {
        this.restTemplate = restTemplate;
        this.urls = urls;
    }

    public DashboardUrls urls() {
        return urls;
    }

    public String get(String url) {
        return exchange(HttpMethod.GET, url, null);
    }

    public String get(URI uri) {
        return exchange(HttpMethod.GET, uri.toString(), null);
    }

    public String post(String url, String xmlBody) {
        return exchange(HttpMethod.POST, url, xmlBody);
    }

    public String put(String url, String xmlBody) {
        return exchange(HttpMethod.PUT, url, xmlBody);
    }

    public void delete(String url) {
        exchange(HttpMethod.DELETE, url, null);
    }

    private String exchange(HttpMethod method, String url, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_XML, MediaType.TEXT_PLAIN));
        log.debug("Dashboard {} {}", method, url);
        try {
            ResponseEntity<String> response =
                    restTemplate.exchange(URI.create(url), method, new HttpEntity<>(body, headers), String.class);
            return response.getBody();
        } catch (HttpStatusCodeException e) {
            if (e.getStatusCode().value() == 404 && url.contains("/api/accounts/")) {
                log.warn("404 from https://dashboard.bandwidth.com/api/accounts/... - is the account id right?");
            }
            throw new DashboardApiException(e.getStatusCode().value(),
                    method + " " + url + " failed", e.getResponseBodyAsString());
        }
    }

    /** Raised when the Dashboard answers with a non-2xx status. */
    public static class DashboardApiException extends RuntimeException {

        private final int status;
        private final String responseBody;

        public DashboardApiException(int status, String message, String responseBody) {
            super(message + " (HTTP " + status + ")");
            this.status = status;
            this.responseBody = responseBody;
        }

        public int status() {
            return status;
        }

        public String responseBody() {
            return responseBody;
        }
    }
}
