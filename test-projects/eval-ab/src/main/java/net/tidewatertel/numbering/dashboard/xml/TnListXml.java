package net.tidewatertel.numbering.dashboard.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** inserviceNumbers page: {@code <TNs><TotalCount/><Links/><TelephoneNumbers>...}. */
@JacksonXmlRootElement(localName = "TNs")
@JsonIgnoreProperties(ignoreUnknown = true)
public class TnListXml {

    @JacksonXmlProperty(localName = "TotalCount")
    public int totalCount;

    @JacksonXmlProperty(localName = "Links")
    public Links links;

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Links {
        @JacksonXmlProperty(localName = "first")
        public String first;

        @JacksonXmlProperty(localName = "next")
        public String next;
    }

    public boolean hasNext() {
        return links != null && links.next != null && !links.next.isBlank();
    }
}
