package net.halyardcomm.backoffice.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.bandwidth.iris.sdk.IrisClient;

import net.halyardcomm.backoffice.config.IrisSettings;

/** Classpath fixtures and pre-wired objects for tests. */
public final class Fixtures {

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

    /** SDK client pointed at the fake; the SDK puts "/v1.0/accounts/..." after the host. */
    public static IrisClient sdkClient(RecordingHttpServer server) {
        return new IrisClient(server.baseUrl(), TestNumbers.ACCOUNT, "test", "test", "v1.0");
    }

    public static IrisSettings settings(RecordingHttpServer server) {
        return IrisSettings.builder()
                .baseUrl(server.baseUrl())
                .sdkUri(server.baseUrl())
                .sdkVersion("api/v2")
                .accountId(TestNumbers.ACCOUNT)
                .username("test")
                .password("test")
                .siteId(TestNumbers.SITE)
                .sipPeerId(TestNumbers.PEER)
                .callbackUrl("http://localhost:18081/iris/notifications")
                .build();
    }

    public static String compactXml(String xml) {
        return xml.replaceAll(">\\s+<", "><").replaceAll("<\\?xml[^>]*\\?>", "").trim();
    }
}
