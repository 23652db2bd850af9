package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "SearchResult")
@XmlAccessorType(XmlAccessType.FIELD)
public class AvailableNumbersResponse {

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
