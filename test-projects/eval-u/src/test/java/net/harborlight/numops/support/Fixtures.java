package net.harborlight.numops.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import net.harborlight.numops.config.DashboardProperties;

public final class Fixtures {

    public static final String ACCOUNT_ID = "9900123";

    private Fixtures() {
    }

    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    /** A recorded conversation: list of {method, url, status, requestBody, responseBody}. */
    public static List<Map<String, Object>> recording(String name) {
        return new Gson().fromJson(read("recorded/" + name), new TypeToken<List<Map<String, Object>>>() { }.getType());
    }

    public static DashboardProperties props() {
        DashboardProperties props = new DashboardProperties();
        props.setBaseUrl("https://dashboard.bandwidth.com/api");
        props.setAccountId(ACCOUNT_ID);
        props.setUsername("numops-test");
        props.setPassword("secret");
        props.setSiteId("38127");
        props.setSipPeerId("571092");
        return props;
    }
}
