package net.larkspurtel.provisioning.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Answer of GET /availableNumbers and /inserviceNumbers. */
@JacksonXmlRootElement(localName = "SearchResult")
public class SearchResultXml {

    @JacksonXmlProperty(localName = "ResultCount")
    public int resultCount;

    @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();

    public List<String> telephoneNumbers() {
        return telephoneNumbers;
    }
}
