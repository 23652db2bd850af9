package io.northstarvoice.toolkit.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Status, body and headers of a completed call. */
public record HttpResult(int status, String body, Map<String, List<String>> headers) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst();
    }

    /** Order id from a Location header such as {@code .../orders/47955555-67aa-...}. */
    public Optional<String> locationId() {
        return header("Location").map(loc -> loc.substring(loc.lastIndexOf('/') + 1));
    }
}
