package net.halyardcomm.backoffice.xml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** POST body for {@code /accounts/{id}/reports/{reportId}/instances}. */
@XmlRootElement(name = "Instance")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"outputFormat", "numberFormat", "parameters", "expiresAt"})
public class ReportInstanceXml {

    @XmlElement(name = "OutputFormat")
    private String outputFormat;

    @XmlElement(name = "NumberFormat")
    private String numberFormat;

    @XmlElementWrapper(name = "Parameters")
    @XmlElement(name = "Parameter")
    private List<Parameter> parameters = new ArrayList<Parameter>();

    @XmlElement(name = "ExpiresAt")
    private String expiresAt;

    public ReportInstanceXml outputFormat(String f) {
        this.outputFormat = f;
        return this;
    }

    public ReportInstanceXml numberFormat(String f) {
        this.numberFormat = f;
        return this;
    }

    public ReportInstanceXml parameter(String name, String... values) {
        parameters.add(new Parameter(name, Arrays.asList(values)));
        return this;
    }

    public ReportInstanceXml expiresAt(String isoDate) {
        this.expiresAt = isoDate;
        return this;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Parameter {
        @XmlElement(name = "Name")
        private String name;
        @XmlElement(name = "Value")
        private List<String> values;

        public Parameter() {
        }

        Parameter(String name, List<String> values) {
            this.name = name;
            this.values = values;
        }
    }
}
