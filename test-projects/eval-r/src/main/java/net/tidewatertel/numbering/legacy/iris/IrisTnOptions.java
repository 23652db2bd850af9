package net.tidewatertel.numbering.legacy.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptions;
import java.util.List;

/**
 * TN option orders from the desk: SMS on/off and call forwarding in bulk.
 */
public class IrisTnOptions {

  /** Numbers of the desk's own test handsets; they must always be able to text. */
  static final List<String> DESK_HANDSETS = List.of("7574100110", "7574100111");

  static final String DESK_MAIN = "7574100100";

  private final IrisClient client;

  public IrisTnOptions(IrisClient client) {
    this.client = client;
  }

  public String setSms(List<String> telephoneNumbers, boolean enabled) throws Exception {
    TnOptionGroup group = new TnOptionGroup();
    group.setSms(enabled ? "on" : "off");
    group.setTelephoneNumbers(telephoneNumbers);
    TnOptionOrder order = new TnOptionOrder();
    order.setCustomerOrderId("desk-sms-" + System.currentTimeMillis());
    order.setTnOptionGroups(List.of(group));
    return TnOptions.create(client, order).getTnOptionOrder().getOrderId();
  }

  public String restoreDeskHandsets() throws Exception {
    return setSms(DESK_HANDSETS, true);
  }

  /** After hours the desk's main line rolls to the NOC voicemail. */
  public String forwardDeskAfterHours() throws Exception {
    return forward(DESK_MAIN, "17574100199");
  }

  public String forward(String tn, String target) throws Exception {
    TnOptionGroup group = new TnOptionGroup();
    group.setCallForward(target);
    group.setTelephoneNumbers(List.of(tn));
    TnOptionOrder order = new TnOptionOrder();
    order.setCustomerOrderId("desk-fwd-" + tn);
    order.setTnOptionGroups(List.of(group));
    return TnOptions.create(client, order).getTnOptionOrder().getOrderId();
  }
}
