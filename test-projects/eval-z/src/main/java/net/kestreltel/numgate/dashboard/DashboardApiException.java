package net.kestreltel.numgate.dashboard;

/** Non-2xx answer from the Dashboard; the body is the Dashboard's XML error document. */
public class DashboardApiException extends RuntimeException {

    private final int status;
    private final String body;

    public DashboardApiException(int status, String body) {
        super("Dashboard answered HTTP " + status + ": " + abbreviate(body));
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
