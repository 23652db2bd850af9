package net.tidewatertel.numbering.legacy.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.LnpChecker;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.NumberPortabilityRequest;
import com.bandwidth.iris.sdk.model.NumberPortabilityResponse;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import java.util.Arrays;
import java.util.List;

/**
 * Porting desk tooling (blocking, run from the desk's CLI, not from the event loop).
 */
public class IrisPortingService {

  /** Municipal block reserved for the City of Chesapeake contract (CHES-2019-114). */
  static final List<String> CHESAPEAKE_RESERVED = Arrays.asList("7573820100", "7573820101", "7573820102");

  /** Billing number of the drill account; the desk keeps numbers as longs in its sheet. */
  static final long DRILL_BTN = 7574100200L;

  private final IrisClient client;
  private final String siteId;
  private final String sipPeerId;

  public IrisPortingService(IrisClient client, String siteId, String sipPeerId) {
    this.client = client;
    this.siteId = siteId;
    this.sipPeerId = sipPeerId;
  }

  public boolean isPortable(List<String> telephoneNumbers) throws Exception {
    NumberPortabilityRequest request = new NumberPortabilityRequest();
    request.setTnList(telephoneNumbers);
    NumberPortabilityResponse response = LnpChecker.checkLnp(client, request, "true");
    return response.getPortableNumbers() != null
        && response.getPortableNumbers().size() == telephoneNumbers.size();
  }

  public LnpOrderResponse submitPortIn(String customerOrderId, String billingNumber, List<String> numbers,
                                       Subscriber subscriber) throws Exception {
    LnpOrder order = new LnpOrder();
    order.setCustomerOrderId(customerOrderId);
    order.setSiteId(siteId);
    order.setPeerId(sipPeerId);
    order.setBillingTelephoneNumber(billingNumber);
    order.setListOfPhoneNumbers(numbers);
    order.setSubscriber(subscriber);
    order.setLoaAuthorizingPerson(subscriber.getFirstName() + " " + subscriber.getLastName());
    order.setPartialPort(false);
    return LnpOrder.create(client, order);
  }

  /** The desk's standing test port for the quarterly LNP drill. */
  public LnpOrderResponse quarterlyDrill() throws Exception {
    Subscriber subscriber = new Subscriber();
    subscriber.setSubscriberType("BUSINESS");
    subscriber.setBusinessName("Tidewater Telephone LNP Drill");
    ServiceAddress address = new ServiceAddress();
    address.setHouseNumber("1200");
    address.setStreetName("Volvo Pkwy");
    address.setCity("Chesapeake");
    address.setStateCode("VA");
    address.setZip("23320");
    subscriber.setServiceAddress(address);
    LnpOrder order = new LnpOrder();
    order.setCustomerOrderId("lnp-drill");
    order.setSiteId(siteId);
    order.setPeerId(sipPeerId);
    order.setBillingTelephoneNumber(Long.toString(DRILL_BTN));
    order.setListOfPhoneNumbers(List.of(Long.toString(DRILL_BTN), "7574100201"));
    order.setSubscriber(subscriber);
    order.setLoaAuthorizingPerson("Drill Coordinator");
    return LnpOrder.create(client, order);
  }

  public OrderResponse orderChesapeakeBlock() throws Exception {
    ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
    existing.setTelephoneNumberList(CHESAPEAKE_RESERVED);
    Order order = new Order();
    order.setCustomerOrderId("CHES-2019-114");
    order.setSiteId(siteId);
    order.setPeerId(sipPeerId);
    order.setExistingTelephoneNumberOrderType(existing);
    return Order.create(client, order);
  }

  public String rateCenterOf(String tn) throws Exception {
    TelephoneNumberDetails details = Tns.getRateCenter(client, tn);
    return details.getRateCenter();
  }

  /** Main number of the porting desk, checked before each drill. */
  public String deskLineStatus() throws Exception {
    return Tns.getTnDetails(client, "7574100100").getStatus();
  }
}
