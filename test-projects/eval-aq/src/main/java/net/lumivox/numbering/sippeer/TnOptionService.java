package net.lumivox.numbering.sippeer;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * TN option orders: CNAM display, call forwarding and SMS.
 */
public class TnOptionService {

    private final IrisClient client;
    private final WebTarget account;

    public TnOptionService(IrisClient client, WebTarget account) {
        this.client = client;
        this.account = account;
    }

    public TnOptionOrderResponse callingNameDisplay(String customerOrderId, List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setCallingNameDisplay(on ? "on" : "off");
        group.setTelephoneNumbers(tns);
        return submit(customerOrderId, group);
    }

    /** The helpdesk line answers texts too. */
    public TnOptionOrderResponse enableSmsForHelpdesk() throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(List.of("2525550163"));
        return submit("HELPDESK-SMS", group);
    }

    public TnOptionOrderResponse forwardCalls(String tn, String destination) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setCallForward(destination);
        group.setTelephoneNumbers(List.of(tn));
        return submit("FWD-" + tn, group);
    }

    /** SMS off for the retail kiosk line, which cannot receive texts. */
    public String disableSmsForKiosk() {
        String body = """
                <TnOptionOrder>
                  <CustomerOrderId>KIOSK-SMS-OFF</CustomerOrderId>
                  <TnOptionGroups>
                    <TnOptionGroup>
                      <Sms>off</Sms>
                      <TelephoneNumbers>
                        <TelephoneNumber>3365550120</TelephoneNumber>
                      </TelephoneNumbers>
                    </TnOptionGroup>
                  </TnOptionGroups>
                </TnOptionOrder>
                """;
        return account.path("tnoptions")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(body), String.class);
    }

    private TnOptionOrderResponse submit(String customerOrderId, TnOptionGroup group) throws Exception {
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }
}
