package net.tidewatertel.numbering.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

public final class XmlMappers {

  private XmlMappers() {
  }

  /** The mapper for Dashboard payloads: no wrapper by default, unknown elements ignored. */
  public static XmlMapper dashboard() {
    return XmlMapper.builder()
        .defaultUseWrapper(false)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .addModule(new JavaTimeModule())
        .build();
  }
}
