package net.kestrelvoice.numbering.dashboard.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlType;

/** {@code <Instance>} for POST /accounts/{id}/reports/{reportId}/instances. */
@XmlRootElement(name = "Instance")
@XmlType(propOrder = {"outputFormat", "numberFormat", "parameters", "expiresAt"})
public class ReportInstancePayload {

    @XmlElement(name = "OutputFormat")
    private String outputFormat;

    @XmlElement(name = "NumberFormat")
    private String numberFormat;

    @XmlElementWrapper(name = "Parameters")
    @XmlElement(name = "Parameter")
    private List<Parameter> parameters = new ArrayList<>();

    @XmlElement(name = "ExpiresAt")
    private String expiresAt;

    public static ReportInstancePayload csv() {
        ReportInstancePayload p = new ReportInstancePayload();
        p.outputFormat = "csv";
        return p;
    }

    public ReportInstancePayload numberFormat(String format) {
        this.numberFormat = format;
        return this;
    }

    public ReportInstancePayload parameter(String name, String value) {
        Parameter p = new Parameter();
        p.name = name;
        p.value = value;
        parameters.add(p);
        return this;
    }

    public ReportInstancePayload expiresAt(String date) {
        this.expiresAt = date;
        return this;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    public List<Parameter> getParameters() {
        return parameters;
    }

    public static class Parameter {
        @XmlElement(name = "Name")
        private String name;

        @XmlElement(name = "Value")
        private String value;

        public String getName() {
            return name;
        }

        public String getValue() {
            return value;
        }
    }
}
