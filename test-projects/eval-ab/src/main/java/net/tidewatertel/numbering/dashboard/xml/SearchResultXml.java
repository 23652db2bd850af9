package net.tidewatertel.numbering.dashboard.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** availableNumbers search result (without TN detail). */
@JacksonXmlRootElement(localName = "SearchResult")
@JsonIgnoreProperties(ignoreUnknown = true)
public class SearchResultXml {

    @JacksonXmlProperty(localName = "ResultCount")
    public int resultCount;

    @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();
}
