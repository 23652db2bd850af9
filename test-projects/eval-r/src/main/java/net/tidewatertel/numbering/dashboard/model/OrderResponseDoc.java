package net.tidewatertel.numbering.dashboard.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /orders/{id}} answer.
 */
@JacksonXmlRootElement(localName = "OrderResponse")
public class OrderResponseDoc {

  @JacksonXmlProperty(localName = "Order")
  private OrderRequest order;

  @JacksonXmlProperty(localName = "OrderStatus")
  private String orderStatus;

  @JacksonXmlProperty(localName = "CompletedQuantity")
  private int completedQuantity;

  @JacksonXmlProperty(localName = "FailedQuantity")
  private int failedQuantity;

  @JacksonXmlElementWrapper(localName = "CompletedNumbers")
  @JacksonXmlProperty(localName = "TelephoneNumber")
  private List<CompletedNumber> completedNumbers = new ArrayList<>();

  public OrderRequest getOrder() {
    return order;
  }

  public String getOrderStatus() {
    return orderStatus;
  }

  public int getCompletedQuantity() {
    return completedQuantity;
  }

  public int getFailedQuantity() {
    return failedQuantity;
  }

  public List<CompletedNumber> getCompletedNumbers() {
    return completedNumbers;
  }

  public static class CompletedNumber {

    @JacksonXmlProperty(localName = "FullNumber")
    private String fullNumber;

    public String getFullNumber() {
      return fullNumber;
    }

    public void setFullNumber(String fullNumber) {
      this.fullNumber = fullNumber;
    }
  }
}
