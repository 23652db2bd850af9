package net.lakeshoretel.numbering.dashboard.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code GET /accounts/{id}/inserviceNumbers}. */
@JacksonXmlRootElement(localName = "TNs")
public class InserviceNumbersResponse {

    @JacksonXmlProperty(localName = "TotalCount")
    private int totalCount;

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public int getTotalCount() {
        return totalCount;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
