package net.cobaltline.inventory.tools;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Settings of the batch tool, read from {@code batch-tool.yaml} (classpath default, overridable
 * with {@code --config=<file>}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchToolSettings(
        @JsonProperty("dashboard") Dashboard dashboard,
        @JsonProperty("batch") Batch batch) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dashboard(
            @JsonProperty("base-url") String baseUrl,
            @JsonProperty("account-id") String accountId,
            @JsonProperty("site-id") String siteId,
            @JsonProperty("sip-peer-id") String sipPeerId,
            @JsonProperty("username") String username,
            @JsonProperty("password") String password,
            @JsonProperty("import-path") String importPath,
            @JsonProperty("external-path") String externalPath) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Batch(
            @JsonProperty("chunk-size") int chunkSize,
            @JsonProperty("pause-millis") long pauseMillis,
            @JsonProperty("customer-order-prefix") String customerOrderPrefix) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public static BatchToolSettings load(Path override) throws IOException {
        if (override != null) {
            try (InputStream in = Files.newInputStream(override)) {
                return YAML.readValue(in, BatchToolSettings.class);
            }
        }
        try (InputStream in = BatchToolSettings.class.getResourceAsStream("/batch-tool.yaml")) {
            if (in == null) {
                throw new IOException("batch-tool.yaml not on the classpath");
            }
            return YAML.readValue(in, BatchToolSettings.class);
        }
    }
}
