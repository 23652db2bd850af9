package net.harbourline.numberdesk.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** Request to run a Dashboard report (POST .../reports/{reportId}/instances). */
@XmlRootElement(name = "Instance")
@XmlAccessorType(XmlAccessType.FIELD)
public class ReportInstanceBody {

    @XmlElement(name = "OutputFormat")
    private String outputFormat = "csv";

    @XmlElement(name = "NumberFormat")
    private String numberFormat;

    @XmlElementWrapper(name = "Parameters")
    @XmlElement(name = "Parameter")
    private List<Parameter> parameters = new ArrayList<>();

    @XmlElement(name = "ExpiresAt")
    private String expiresAt;

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

    public ReportInstanceBody parameter(String name, String value) {
        parameters.add(new Parameter(name, value));
        return this;
    }

    public String getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(String expiresAt) {
        this.expiresAt = expiresAt;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Parameter {

        @XmlElement(name = "Name")
        private String name;

        @XmlElement(name = "Value")
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
}
