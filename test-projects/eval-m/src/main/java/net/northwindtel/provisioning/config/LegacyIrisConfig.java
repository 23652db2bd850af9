package net.northwindtel.provisioning.config;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import lombok.Data;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;

/**
 * Settings inherited from the pre-Spring provisioning scripts (iris.properties and iris-legacy.xml).
 * Still read by the inventory fetcher that runs against the old porting sub-account.
 */
@Configuration
@PropertySource("classpath:legacy/iris.properties")
public class LegacyIrisConfig {

    @Data
    @JacksonXmlRootElement(localName = "irisConfig")
    public static class LegacyIrisSettings {
        private String uri;
        private String accountId;
        private String username;
        private String password;
        private int pageSize;
    }

    @Bean
    public LegacyIrisSettings legacyIrisSettings(@Value("${iris.config.location:legacy/iris-legacy.xml}") String location) throws IOException {
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            return new XmlMapper().readValue(in, LegacyIrisSettings.class);
        }
    }
}
