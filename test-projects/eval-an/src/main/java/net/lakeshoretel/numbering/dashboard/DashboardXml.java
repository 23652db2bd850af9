package net.lakeshoretel.numbering.dashboard;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

/** The one XmlMapper configuration used for Dashboard payloads. */
public final class DashboardXml {

    private static final XmlMapper MAPPER = XmlMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DashboardXml() {
    }

    public static XmlMapper mapper() {
        return MAPPER;
    }
}
