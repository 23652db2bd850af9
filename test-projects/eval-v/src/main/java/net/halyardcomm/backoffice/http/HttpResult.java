package net.halyardcomm.backoffice.http;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Status, body and headers of one Dashboard call. */
public final class HttpResult {

    private final int status;
    private final String body;
    private final Map<String, List<String>> headers;

    public HttpResult(int status, String body, Map<String, List<String>> headers) {
        this.status = status;
        this.body = body == null ? "" : body;
        this.headers = headers == null ? Collections.<String, List<String>>emptyMap() : headers;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    /** The Dashboard answers 201 with the new resource in Location; the id is the last segment. */
    public String createdId() {
        String location = header("Location");
        if (location == null) {
            return null;
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return "HTTP " + status + " (" + body.length() + " bytes)";
    }
}
