package net.tidewatertel.numbering.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/** Shared constants and fixture loading for the Dashboard client tests. */
public final class TestFixtures {

    /** Must match tidewater.dashboard.base-url in application-test.yml. */
    public static final String DASHBOARD = "https://dashboard.bandwidth.com/api";
    public static final String ACCOUNT_ID = "5006071";
    public static final String ACCOUNT = DASHBOARD + "/accounts/" + ACCOUNT_ID;
    public static final String SITE_ID = "4410";
    public static final String SIP_PEER_ID = "593201";

    /** Chesapeake Marine Supply, our hosted-messaging test customer. */
    public static final List<String> MARINA_TNS = List.of("7575550142", "7575550143");

    private TestFixtures() {
    }

    public static String fixture(String name) {
        try (InputStream in = new ClassPathResource("fixtures/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
