package net.kestrelvoice.numbering.dashboard.client;

import javax.ws.rs.core.Response;

/** Small helpers around CXF {@link Response}s. */
public final class Responses {

    private Responses() {
    }

    static Response ok(String operation, Response response) {
        if (response.getStatus() >= 300) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            throw new DashboardCallException(operation, response.getStatus(), body);
        }
        return response;
    }

    /** The dashboard answers POSTs with {@code Location: .../orders/<id>}. */
    static String createdId(String operation, Response response) {
        ok(operation, response);
        String location = response.getHeaderString("Location");
        if (location == null) {
            return null;
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Non-2xx answer from the dashboard. */
    public static class DashboardCallException extends RuntimeException {

        private final int status;

        public DashboardCallException(String operation, int status, String body) {
            super(operation + " failed with HTTP " + status + ": " + body);
            this.status = status;
        }

        public int getStatus() {
            return status;
        }
    }
}
