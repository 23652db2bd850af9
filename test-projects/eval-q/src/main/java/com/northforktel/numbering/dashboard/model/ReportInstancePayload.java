package com.northforktel.numbering.dashboard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Request for a report run ({@code <Instance>}). */
@JacksonXmlRootElement(localName = "Instance")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ReportInstancePayload {

    @JacksonXmlProperty(localName = "OutputFormat")
    private String outputFormat;

    @JacksonXmlProperty(localName = "NumberFormat")
    private String numberFormat;

    @JacksonXmlElementWrapper(localName = "Parameters")
    @JacksonXmlProperty(localName = "Parameter")
    private List<Parameter> parameters = new ArrayList<>();

    @JacksonXmlProperty(localName = "ExpiresAt")
    private String expiresAt;

    public static Builder builder() {
        return new Builder();
    }

    public String getOutputFormat() {
        return outputFormat;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    public List<Parameter> getParameters() {
        return parameters;
    }

    public String getExpiresAt() {
        return expiresAt;
    }

    public record Parameter(
            @JacksonXmlProperty(localName = "Name") String name,
            @JacksonXmlProperty(localName = "Value") String value) {
    }

    public static final class Builder {

        private final ReportInstancePayload instance = new ReportInstancePayload();

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

        public Builder expiresAt(LocalDate date) {
            instance.expiresAt = date.toString();
            return this;
        }

        public ReportInstancePayload build() {
            return instance;
        }
    }
}
