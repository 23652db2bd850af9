package net.kestrelvoice.numbering.dashboard.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** {@code <TNs>} listing returned by GET .../inserviceNumbers. */
@XmlRootElement(name = "TNs")
public class InserviceNumbersResponse {

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
