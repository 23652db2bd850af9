package net.harborlinecarrier.tnvault.support;

import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockWebServer;

/** Test helpers: classpath fixtures and Dashboard targets pointed at a MockWebServer. */
public final class Fixtures {

    public static final String ACCOUNT_ID = "9901287";

    private Fixtures() {
    }

    public static String read(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same shape as the production base URL, served by the mock. */
    public static String baseUrl(MockWebServer server) {
        return server.url("/api").toString();
    }

    /** {mock}/api/accounts/9901287, as DashboardClientFactory.accountTarget builds it. */
    public static WebTarget account(MockWebServer server) {
        return ClientBuilder.newClient().target(baseUrl(server)).path("accounts").path(ACCOUNT_ID);
    }

    /** Removes indentation and line breaks so that XML bodies can be compared as strings. */
    public static String compact(String xml) {
        return xml.replaceAll("<\\?xml[^>]*\\?>", "").replaceAll(">\\s+<", "><").trim();
    }
}
