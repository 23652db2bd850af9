package net.cedarline.numberdesk.dashboard;

import java.util.List;
import java.util.Map;

public record DashboardResponse(int status, String body, Map<String, List<String>> headers) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The Dashboard returns the id of a created resource in the Location header. */
    public String location() {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase("Location") && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    public String createdId() {
        String loc = location();
        return loc == null ? null : loc.substring(loc.lastIndexOf('/') + 1);
    }
}
