package net.cobaltline.numbers.dashboard;

/** A non-2xx answer from the Dashboard, with the ErrorCode/Description it carried if any. */
public class DashboardException extends RuntimeException {

    private final int status;
    private final String body;

    public DashboardException(int status, String body) {
        super("Dashboard answered HTTP " + status + ": " + abbreviate(body));
        this.status = status;
        this.body = body;
    }

    public DashboardException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
        this.body = null;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public boolean isRetryable() {
        return status == 429 || status >= 500 || status == -1;
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
