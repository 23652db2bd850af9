package net.harborlinecarrier.tnvault.dashboard;

/** A non-2xx answer from the Dashboard, with the ErrorCode/Description it sent back. */
public class DashboardException extends RuntimeException {

    private final int status;
    private final String body;

    public DashboardException(String operation, int status, String body) {
        super(operation + " failed with HTTP " + status + ": " + abbreviate(body));
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "<empty>";
        }
        return body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }
}
