package net.northvale.voice.provisioning.dashboard;

/** A non-2xx answer from the Dashboard, with the raw body for the NOC ticket. */
public class DashboardException extends RuntimeException {

    private final int status;
    private final String body;

    public DashboardException(int status, String body) {
        super("Dashboard answered HTTP " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body)));
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
