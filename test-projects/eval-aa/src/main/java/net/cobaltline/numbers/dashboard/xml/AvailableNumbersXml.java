package net.cobaltline.numbers.dashboard.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** {@code <SearchResult>} of availableNumbers. */
@JacksonXmlRootElement(localName = "SearchResult")
@JsonIgnoreProperties(ignoreUnknown = true)
public class AvailableNumbersXml {

    @JacksonXmlProperty(localName = "ResultCount")
    public int resultCount;
    @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();

    /** {@code <TNs>} of inserviceNumbers. */
    @JacksonXmlRootElement(localName = "TNs")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class InService {
        @JacksonXmlProperty(localName = "TotalCount")
        public int totalCount;
        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }
}
