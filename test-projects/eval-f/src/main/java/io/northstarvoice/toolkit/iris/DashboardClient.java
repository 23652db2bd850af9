package io.northstarvoice.toolkit.iris;

import io.northstarvoice.toolkit.config.ToolkitConfig;
import io.northstarvoice.toolkit.http.HttpResult;
import io.northstarvoice.toolkit.http.HttpTransport;
import io.northstarvoice.toolkit.http.IrisRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Base class for the raw-HTTP Dashboard services: owns the transport, base URL and account. */
public abstract class DashboardClient {

    protected final HttpTransport transport;
    protected final String baseUrl;
    protected final String accountId;

    protected DashboardClient(HttpTransport transport, ToolkitConfig config) {
        this(transport, config.irisBaseUrl(), config.accountId());
    }

    protected DashboardClient(HttpTransport transport, String baseUrl, String accountId) {
        this.transport = transport;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
    }

    protected IrisRequest.Builder request(IrisRequest.Method method, String path) {
        return IrisRequest.builder().base(baseUrl).method(method).path(path);
    }

    protected HttpResult get(String path) {
        return execute(request(IrisRequest.Method.GET, path).build());
    }

    protected HttpResult get(String path, Map<String, String> query) {
        return execute(request(IrisRequest.Method.GET, path).queryAll(query).build());
    }

    protected HttpResult postXml(String path, String xml) {
        return execute(request(IrisRequest.Method.POST, path).xml(xml).build());
    }

    protected HttpResult putXml(String path, String xml) {
        return execute(request(IrisRequest.Method.PUT, path).xml(xml).build());
    }

    protected HttpResult execute(IrisRequest request) {
        try {
            HttpResult result = transport.send(request);
            if (!result.isSuccess()) {
                throw new DashboardException(request, result);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Non-2xx answer from the Dashboard; carries the ErrorCode/Description body. */
    public static final class DashboardException extends RuntimeException {
        private final int status;

        public DashboardException(IrisRequest request, HttpResult result) {
            super(request + " -> " + result.status() + ": " + result.body());
            this.status = result.status();
        }

        public int status() {
            return status;
        }
    }
}
