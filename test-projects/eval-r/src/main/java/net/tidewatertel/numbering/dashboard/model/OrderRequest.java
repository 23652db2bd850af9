package net.tidewatertel.numbering.dashboard.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The Dashboard {@code <Order>} document. Also read back inside {@link OrderResponseDoc}.
 */
@JacksonXmlRootElement(localName = "Order")
@JsonPropertyOrder({"CustomerOrderId", "Name", "SiteId", "PeerId", "PartialAllowed",
    "ExistingTelephoneNumberOrderType", "AreaCodeSearchAndOrderType"})
public class OrderRequest {

  @JacksonXmlProperty(localName = "CustomerOrderId")
  private String customerOrderId;

  @JacksonXmlProperty(localName = "Name")
  private String name;

  @JacksonXmlProperty(localName = "SiteId")
  private String siteId;

  @JacksonXmlProperty(localName = "PeerId")
  private String peerId;

  @JacksonXmlProperty(localName = "PartialAllowed")
  private boolean partialAllowed;

  @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType")
  private ExistingNumbers existingNumbers;

  @JacksonXmlProperty(localName = "AreaCodeSearchAndOrderType")
  private AreaCodeSearch areaCodeSearch;

  public static Builder builder() {
    return new Builder();
  }

  public String getCustomerOrderId() {
    return customerOrderId;
  }

  public String getName() {
    return name;
  }

  public String getSiteId() {
    return siteId;
  }

  public String getPeerId() {
    return peerId;
  }

  public boolean isPartialAllowed() {
    return partialAllowed;
  }

  public ExistingNumbers getExistingNumbers() {
    return existingNumbers;
  }

  public AreaCodeSearch getAreaCodeSearch() {
    return areaCodeSearch;
  }

  public static class ExistingNumbers {

    @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public ExistingNumbers() {
    }

    public ExistingNumbers(List<String> telephoneNumbers) {
      this.telephoneNumbers = new ArrayList<>(telephoneNumbers);
    }

    public List<String> getTelephoneNumbers() {
      return telephoneNumbers;
    }
  }

  public static class AreaCodeSearch {

    @JacksonXmlProperty(localName = "AreaCode")
    private int areaCode;

    @JacksonXmlProperty(localName = "Quantity")
    private int quantity;

    public AreaCodeSearch() {
    }

    public AreaCodeSearch(int areaCode, int quantity) {
      this.areaCode = areaCode;
      this.quantity = quantity;
    }

    public int getAreaCode() {
      return areaCode;
    }

    public int getQuantity() {
      return quantity;
    }
  }

  public static final class Builder {

    private final OrderRequest order = new OrderRequest();

    public Builder customerOrderId(String id) {
      order.customerOrderId = id;
      return this;
    }

    public Builder name(String name) {
      order.name = name;
      return this;
    }

    public Builder siteId(String siteId) {
      order.siteId = siteId;
      return this;
    }

    public Builder peerId(String peerId) {
      order.peerId = peerId;
      return this;
    }

    public Builder partialAllowed(boolean partialAllowed) {
      order.partialAllowed = partialAllowed;
      return this;
    }

    public Builder existingNumbers(List<String> tns) {
      order.existingNumbers = new ExistingNumbers(tns);
      return this;
    }

    public Builder areaCodeSearch(int areaCode, int quantity) {
      order.areaCodeSearch = new AreaCodeSearch(areaCode, quantity);
      return this;
    }

    public OrderRequest build() {
      return order;
    }
  }
}
