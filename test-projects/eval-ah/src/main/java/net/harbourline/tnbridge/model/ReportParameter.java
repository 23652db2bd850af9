package net.harbourline.tnbridge.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** {@code <Parameter><Name/><Value/></Parameter>} of a report instance. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ReportParameter {

    @XmlElement(name = "Name")
    private String name;

    @XmlElement(name = "Value")
    private String value;

    public ReportParameter() {
    }

    public ReportParameter(String name, String value) {
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
