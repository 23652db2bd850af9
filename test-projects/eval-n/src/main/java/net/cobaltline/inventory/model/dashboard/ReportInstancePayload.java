package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "Instance")
@XmlAccessorType(XmlAccessType.FIELD)
public class ReportInstancePayload {

    @XmlElement(name = "Id")
    private String id;

    @XmlElement(name = "OutputFormat")
    private String outputFormat;

    @XmlElement(name = "NumberFormat")
    private String numberFormat;

    @XmlElementWrapper(name = "Parameters")
    @XmlElement(name = "Parameter")
    private List<Parameter> parameters = new ArrayList<>();

    @XmlElement(name = "ExpiresAt")
    private String expiresAt;

    @XmlElement(name = "Status")
    private String status;

    public String getId() {
        return id;
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

    public ReportInstancePayload parameter(String name, String value) {
        parameters.add(new Parameter(name, value));
        return this;
    }

    public String getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(String expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getStatus() {
        return status;
    }

    public boolean isReady() {
        return "Ready".equalsIgnoreCase(status);
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
