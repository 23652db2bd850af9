package net.kestreltel.numgate.legacy;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * The XML file the pre-Spring version of the adapter was configured with (iris-legacy.xml).
 * Still read when {@code kestrel.legacy-iris.config-file} is set, so the east-region
 * deployment keeps working without a config change.
 */
@JacksonXmlRootElement(localName = "iris")
public record LegacyIrisSettings(
        @JacksonXmlProperty(localName = "uri") String uri,
        @JacksonXmlProperty(localName = "version") String version,
        @JacksonXmlProperty(localName = "accountId") String accountId,
        @JacksonXmlProperty(localName = "siteId") String siteId,
        @JacksonXmlProperty(localName = "sipPeerId") String sipPeerId) {

    public static LegacyIrisSettings load(XmlMapper mapper, String classpathResource) {
        try (InputStream in = new ClassPathResource(classpathResource).getInputStream()) {
            return mapper.readValue(in, LegacyIrisSettings.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + classpathResource, e);
        }
    }
}
