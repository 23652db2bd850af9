package net.cobaltline.numbers.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

/** The Dashboard speaks XML with PascalCase elements; every DTO is annotated for it. */
public final class XmlMappers {

    private static final XmlMapper DASHBOARD = build();

    private XmlMappers() {
    }

    public static XmlMapper dashboard() {
        return DASHBOARD;
    }

    private static XmlMapper build() {
        XmlMapper m = new XmlMapper();
        m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return m;
    }

    public static String write(Object dto) {
        try {
            return DASHBOARD.writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + dto.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String xml, Class<T> type) {
        try {
            return DASHBOARD.readValue(xml, type);
        } catch (JsonProcessingException e) {
            throw new DashboardException("unreadable " + type.getSimpleName() + " from Dashboard", e);
        }
    }
}
