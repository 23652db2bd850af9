package net.cascadiatel.provisioning.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Body of POST .../reports/{reportId}/instances. */
@JacksonXmlRootElement(localName = "Instance")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ReportInstanceXml {

    @JacksonXmlProperty(localName = "OutputFormat")
    private String outputFormat = "csv";

    @JacksonXmlProperty(localName = "NumberFormat")
    private String numberFormat;

    @JacksonXmlElementWrapper(localName = "Parameters")
    @JacksonXmlProperty(localName = "Parameter")
    private List<Parameter> parameters = new ArrayList<>();

    @JacksonXmlProperty(localName = "ExpiresAt")
    private String expiresAt;

    public static class Parameter {
        @JacksonXmlProperty(localName = "Name")
        private String name;

        @JacksonXmlProperty(localName = "Value")
        private String value;

        public Parameter() {
        }

        public Parameter(String name, String value) {
            this.name = name;
            this.value = value;
        }

        public String getName() {
            return name;
        }

        public String getValue() {
            return value;
        }
    }

    public ReportInstanceXml parameter(String name, String value) {
        parameters.add(new Parameter(name, value));
        return this;
    }

    public String getOutputFormat() {
        return outputFormat;
    }

    public void setOutputFormat(String outputFormat) {
        this.outputFormat = outputFormat;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    public void setNumberFormat(String numberFormat) {
        this.numberFormat = numberFormat;
    }

    public List<Parameter> getParameters() {
        return parameters;
    }

    public String getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(String expiresAt) {
        this.expiresAt = expiresAt;
    }
}
