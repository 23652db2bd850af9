package net.cobaltline.numbers.dashboard;

import java.util.Optional;

public record DashboardResponse(int status, String body, Optional<String> location) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public DashboardResponse requireSuccess() {
        if (!isSuccess()) {
            throw new DashboardException(status, body);
        }
        return this;
    }

    /**
     * Order endpoints answer 201 with the new order's URL, e.g.
     * {@code Location: https://dashboard.bandwidth.com/api/accounts/9900123/orders/47955555-67aa-4adb-8c0f-b6894e60c0dc};
     * the id is its last segment.
     */
    public String createdId() {
        return location()
                .map(l -> l.substring(l.lastIndexOf('/') + 1))
                .orElseThrow(() -> new DashboardException(status, "no Location header"));
    }
}
