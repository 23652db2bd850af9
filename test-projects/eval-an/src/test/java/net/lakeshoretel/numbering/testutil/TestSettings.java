package net.lakeshoretel.numbering.testutil;

import net.lakeshoretel.numbering.config.JobSettings;
import org.apache.flink.api.java.utils.ParameterTool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Job settings for the function tests. */
public final class TestSettings {

    public static final String ACCOUNT = "9900123";

    private TestSettings() {
    }

    public static JobSettings production() {
        return with(Map.of());
    }

    public static JobSettings with(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        values.put("dashboard.base-url", "https://dashboard.bandwidth.com/api");
        values.put("dashboard.account-id", ACCOUNT);
        values.put("dashboard.username", "test");
        values.put("dashboard.password", "test");
        values.put("dashboard.site-id", "4312");
        values.put("dashboard.sippeer-id", "611820");
        values.putAll(overrides);
        return JobSettings.from(ParameterTool.fromMap(values));
    }

    /** Settings from {@code test-job.properties}, as the staging deployment would have them. */
    public static JobSettings staging() {
        try (InputStream in = TestSettings.class.getResourceAsStream("/test-job.properties")) {
            return JobSettings.from(ParameterTool.fromPropertiesFile(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
