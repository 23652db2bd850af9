package net.prairiewave.numbering.dashboard;

/** Raised when the Dashboard rejects a request or answers with an ErrorCode element. */
public class DashboardException extends RuntimeException {

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
