package net.halyardcomm.backoffice.http;

/** A Dashboard call that came back with an error status or an ErrorCode in the body. */
public class DashboardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public DashboardException(String message, int status) {
        super(message);
        this.status = status;
    }

    public DashboardException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int status() {
        return status;
    }
}
