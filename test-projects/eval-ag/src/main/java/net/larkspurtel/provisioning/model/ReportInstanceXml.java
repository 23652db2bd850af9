package net.larkspurtel.provisioning.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <Instance>} for POST /accounts/{id}/reports/{reportId}/instances. */
@JacksonXmlRootElement(localName = "Instance")
public class ReportInstanceXml {

    @JacksonXmlProperty(localName = "OutputFormat")
    private String outputFormat;

    @JacksonXmlProperty(localName = "NumberFormat")
    private String numberFormat;

    @JacksonXmlElementWrapper(localName = "Parameters")
    @JacksonXmlProperty(localName = "Parameter")
    private List<Parameter> parameters = new ArrayList<>();

    @JacksonXmlProperty(localName = "ExpiresAt")
    private String expiresAt;

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

    public static Builder builder() {
        return new Builder();
    }

    public String getOutputFormat() {
        return outputFormat;
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

    public static final class Builder {
        private final ReportInstanceXml instance = new ReportInstanceXml();

        public Builder outputFormat(String format) {
            instance.outputFormat = format;
            return this;
        }

        public Builder numberFormat(String format) {
            instance.numberFormat = format;
            return this;
        }

        public Builder parameter(String name, String value) {
            instance.parameters.add(new Parameter(name, value));
            return this;
        }

        public Builder expiresAt(String date) {
            instance.expiresAt = date;
            return this;
        }

        public ReportInstanceXml build() {
            return instance;
        }
    }
}
