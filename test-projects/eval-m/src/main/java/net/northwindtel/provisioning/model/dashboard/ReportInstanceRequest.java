package net.northwindtel.provisioning.model.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import lombok.Builder;
import lombok.Singular;
import lombok.Value;

import java.util.List;

@Value
@Builder
@JsonInclude(JsonInclude.Include.NON_NULL)
@JacksonXmlRootElement(localName = "Instance")
public class ReportInstanceRequest {

    @JacksonXmlProperty(localName = "OutputFormat")
    String outputFormat;

    @JacksonXmlProperty(localName = "NumberFormat")
    String numberFormat;

    @Singular
    @JacksonXmlElementWrapper(localName = "Parameters")
    @JacksonXmlProperty(localName = "Parameter")
    List<Parameter> parameters;

    @JacksonXmlProperty(localName = "ExpiresAt")
    String expiresAt;

    @Value
    public static class Parameter {
        @JacksonXmlProperty(localName = "Name")
        String name;
        @JacksonXmlProperty(localName = "Value")
        String value;
    }
}
