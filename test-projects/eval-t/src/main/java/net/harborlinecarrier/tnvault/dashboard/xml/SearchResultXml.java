package net.harborlinecarrier.tnvault.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** GET /accounts/{id}/availableNumbers answer. */
@JacksonXmlRootElement(localName = "SearchResult")
@JsonIgnoreProperties(ignoreUnknown = true)
public class SearchResultXml {

    @JacksonXmlProperty(localName = "ResultCount")
    public int resultCount;

    @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();
}
