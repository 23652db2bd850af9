package com.cobaltline.numbering.transport;

/**
 * Minimal XML-over-HTTP contract for the Dashboard. Paths are relative to the configured base URL
 * and may carry a query string.
 */
public interface DashboardTransport {

    String get(String pathAndQuery);

    /** Returns the Location header of the created resource, or the body when there is none. */
    String post(String path, String xmlBody);

    String put(String path, String xmlBody);

    void delete(String path);

    /** Non-2xx answer or unreadable payload. */
    class DashboardException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final int status;

        public DashboardException(int status, String message) {
            super(message);
            this.status = status;
        }

        public DashboardException(String message, Throwable cause) {
            super(message, cause);
            this.status = -1;
        }

        public int getStatus() {
            return status;
        }
    }
}
