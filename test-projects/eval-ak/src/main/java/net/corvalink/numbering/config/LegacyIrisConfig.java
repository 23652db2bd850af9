package net.corvalink.numbering.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * iris-legacy.xml, read by the reconciliation job.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class LegacyIrisConfig {

    public String uri;
    public String accountId;
    public Map<String, String> paths;
    public int pageSize;

    public static LegacyIrisConfig load() {
        try (InputStream in = LegacyIrisConfig.class.getResourceAsStream("/iris-legacy.xml")) {
            return new XmlMapper().readValue(in, LegacyIrisConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String pathKey) {
        return uri + paths.get(pathKey).replace("{accountId}", accountId);
    }
}
