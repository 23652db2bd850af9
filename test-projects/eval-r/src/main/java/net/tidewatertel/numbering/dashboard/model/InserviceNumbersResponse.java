package net.tidewatertel.numbering.dashboard.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /inserviceNumbers} answer.
 */
@JacksonXmlRootElement(localName = "TNs")
public class InserviceNumbersResponse {

  @JacksonXmlProperty(localName = "TotalCount")
  private int totalCount;

  @JacksonXmlProperty(localName = "Links")
  private Links links;

  @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
  @JacksonXmlProperty(localName = "TelephoneNumber")
  private List<String> telephoneNumbers = new ArrayList<>();

  public int getTotalCount() {
    return totalCount;
  }

  public Links getLinks() {
    return links;
  }

  public List<String> getTelephoneNumbers() {
    return telephoneNumbers;
  }

  public static class Links {

    @JacksonXmlProperty(localName = "first")
    private String first;

    @JacksonXmlProperty(localName = "next")
    private String next;

    public String getFirst() {
      return first;
    }

    public String getNext() {
      return next;
    }
  }
}
