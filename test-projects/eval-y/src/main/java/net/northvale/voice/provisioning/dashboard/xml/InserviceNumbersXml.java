package net.northvale.voice.provisioning.dashboard.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** Answer of the in-service numbers listing. */
@XmlRootElement(name = "TNs")
@XmlAccessorType(XmlAccessType.FIELD)
public class InserviceNumbersXml {

    @XmlElement(name = "TotalCount")
    private int totalCount;

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<Long> telephoneNumbers = new ArrayList<>();

    public int getTotalCount() {
        return totalCount;
    }

    public List<Long> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
