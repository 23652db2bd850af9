package net.kestrelwave.provisioning.dashboard;

import java.net.http.HttpHeaders;
import java.util.Optional;

public record DashboardResponse(int status, String body, HttpHeaders headers) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Order endpoints answer 201 with the new order's URL in Location. */
    public Optional<String> createdId() {
        return headers.firstValue("Location").map(location -> location.substring(location.lastIndexOf('/') + 1));
    }
}
