package net.tidewaterconnect.numbering.dashboard.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Body of GET inserviceNumbers: {@code <TNs><TotalCount/><Links/><TelephoneNumbers>...}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "TNs")
public record TnListResponse(
        @JacksonXmlProperty(localName = "TotalCount") int totalCount,
        @JacksonXmlProperty(localName = "Links") Links links,
        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Links(
            @JacksonXmlProperty(localName = "first") String first,
            @JacksonXmlProperty(localName = "next") String next) {
    }
}
