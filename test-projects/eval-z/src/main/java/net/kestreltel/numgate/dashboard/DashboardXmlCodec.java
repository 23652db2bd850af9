package net.kestreltel.numgate.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** Reads and writes the Dashboard's XML documents. */
@Component
public class DashboardXmlCodec {

    private final XmlMapper xmlMapper;

    public DashboardXmlCodec(XmlMapper xmlMapper) {
        this.xmlMapper = xmlMapper;
    }

    public <T> T read(String xml, Class<T> type) {
        try {
            return xmlMapper.readValue(xml, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot read " + type.getSimpleName() + " from Dashboard XML", e);
        }
    }

    public String write(Object document) {
        try {
            return xmlMapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write " + document.getClass().getSimpleName(), e);
        }
    }
}
