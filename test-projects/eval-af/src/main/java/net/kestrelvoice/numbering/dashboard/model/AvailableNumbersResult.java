package net.kestrelvoice.numbering.dashboard.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** {@code <SearchResult>} of GET .../availableNumbers. */
@XmlRootElement(name = "SearchResult")
public class AvailableNumbersResult {

    @XmlElement(name = "ResultCount")
    private int resultCount;

    @XmlElementWrapper(name = "TelephoneNumberList")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public int getResultCount() {
        return resultCount;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
