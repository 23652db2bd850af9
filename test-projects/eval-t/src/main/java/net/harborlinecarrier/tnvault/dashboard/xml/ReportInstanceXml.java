package net.harborlinecarrier.tnvault.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** POST /accounts/{id}/reports/{reportId}/instances body. */
@JacksonXmlRootElement(localName = "Instance")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ReportInstanceXml {

    @JacksonXmlProperty(localName = "OutputFormat")
    public String outputFormat;

    @JacksonXmlProperty(localName = "NumberFormat")
    public String numberFormat;

    @JacksonXmlElementWrapper(localName = "Parameters")
    @JacksonXmlProperty(localName = "Parameter")
    public List<Parameter> parameters = new ArrayList<>();

    @JacksonXmlProperty(localName = "ExpiresAt")
    public LocalDate expiresAt;

    public ReportInstanceXml() {
    }

    public ReportInstanceXml(String outputFormat, LocalDate expiresAt) {
        this.outputFormat = outputFormat;
        this.expiresAt = expiresAt;
    }

    public ReportInstanceXml parameter(String name, String value) {
        parameters.add(new Parameter(name, value));
        return this;
    }

    public static class Parameter {
        @JacksonXmlProperty(localName = "Name")
        public String name;

        @JacksonXmlProperty(localName = "Value")
        public String value;

        public Parameter() {
        }

        public Parameter(String name, String value) {
            this.name = name;
            this.value = value;
        }
    }
}
