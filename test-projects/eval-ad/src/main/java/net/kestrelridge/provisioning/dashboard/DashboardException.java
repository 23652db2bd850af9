package net.kestrelridge.provisioning.dashboard;

/**
 * A non-2xx answer from the Dashboard, with the raw XML error body.
 */
public class DashboardException extends RuntimeException {

    private final int status;
    private final String responseBody;

    public DashboardException(int status, String request, String responseBody) {
        super("Dashboard answered " + status + " to " + request);
        this.status = status;
        this.responseBody = responseBody;
    }

    public int status() {
        return status;
    }

    public String responseBody() {
        return responseBody;
    }

    public boolean isRetryable() {
        return status == 429 || status >= 500;
    }

    /** Extracts the first {@code <Description>} of an Iris error document, if any. */
    public String description() {
        if (responseBody == null) {
            return "";
        }
        int start = responseBody.indexOf("<Description>");
        int end = responseBody.indexOf("</Description>");
        if (start < 0 || end < start) {
            return "";
        }
        return responseBody.substring(start + "<Description>".length(), end);
    }
}
