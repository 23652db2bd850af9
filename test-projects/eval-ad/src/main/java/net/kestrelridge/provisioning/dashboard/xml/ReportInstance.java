package net.kestrelridge.provisioning.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <Instance>} posted to .../reports/{reportId}/instances.
 */
@JacksonXmlRootElement(localName = "Instance")
public class ReportInstance {

    @JacksonXmlProperty(localName = "OutputFormat")
    private String outputFormat;

    @JacksonXmlProperty(localName = "NumberFormat")
    private String numberFormat;

    @JacksonXmlElementWrapper(localName = "Parameters")
    @JacksonXmlProperty(localName = "Parameter")
    private List<Parameter> parameters = new ArrayList<>();

    @JacksonXmlProperty(localName = "ExpiresAt")
    private String expiresAt;

    public ReportInstance outputFormat(String outputFormat) {
        this.outputFormat = outputFormat;
        return this;
    }

    public ReportInstance numberFormat(String numberFormat) {
        this.numberFormat = numberFormat;
        return this;
    }

    public ReportInstance parameter(String name, String value) {
        parameters.add(new Parameter(name, value));
        return this;
    }

    public ReportInstance expiresAt(String expiresAt) {
        this.expiresAt = expiresAt;
        return this;
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
}
