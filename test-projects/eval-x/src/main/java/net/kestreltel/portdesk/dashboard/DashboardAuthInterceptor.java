package net.kestreltel.portdesk.dashboard;

import feign.RequestInterceptor;
import feign.RequestTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Adds HTTP basic credentials of the PortDesk service user to every Dashboard call. */
public class DashboardAuthInterceptor implements RequestInterceptor {

    private final String header;

    public DashboardAuthInterceptor(String username, String password) {
        String raw = username + ":" + password;
        this.header = "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void apply(RequestTemplate template) {
        template.header("Authorization", header);
        template.header("User-Agent", "kestrel-portdesk/2.14");
    }
}
