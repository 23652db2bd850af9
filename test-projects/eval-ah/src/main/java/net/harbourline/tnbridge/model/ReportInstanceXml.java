package net.harbourline.tnbridge.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** Request body of POST /reports/{reportId}/instances. */
@XmlRootElement(name = "Instance")
@XmlAccessorType(XmlAccessType.FIELD)
public class ReportInstanceXml {

    @XmlElement(name = "OutputFormat")
    private String outputFormat;

    @XmlElement(name = "NumberFormat")
    private String numberFormat;

    @XmlElementWrapper(name = "Parameters")
    @XmlElement(name = "Parameter")
    private List<ReportParameter> parameters = new ArrayList<>();

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

    public List<ReportParameter> getParameters() {
        return parameters;
    }

    public void addParameter(String name, String value) {
        parameters.add(new ReportParameter(name, value));
    }

    public String getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(String expiresAt) {
        this.expiresAt = expiresAt;
    }
}
