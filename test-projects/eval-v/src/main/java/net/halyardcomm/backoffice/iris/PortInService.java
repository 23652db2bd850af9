package net.halyardcomm.backoffice.iris;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;

import net.halyardcomm.backoffice.config.IrisSettings;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.http.HttpResult;

/** Port-in (LNP) orders for customers moving their numbers to us. */
public class PortInService {

    /** Our own corporate BTN, used when porting our internal lines between rate centers. */
    private static final String HALYARD_BTN = "3365550100";

    private final IrisClient client;
    private final DashboardHttp http;
    private final IrisSettings settings;

    public PortInService(IrisClient client, DashboardHttp http, IrisSettings settings) {
        this.client = client;
        this.http = http;
        this.settings = settings;
    }

    public LnpOrderResponse portIn(PortRequest request) throws Exception {
        LnpOrder order = new LnpOrder();
        order.setSiteId(settings.siteId());
        order.setPeerId(settings.sipPeerId());
        order.setCustomerOrderId(request.customerOrderId);
        order.setBillingTelephoneNumber(request.billingTelephoneNumber);
        order.setListOfPhoneNumbers(new ArrayList<String>(request.numbers));
        order.setRequestedFocDate(request.focDate);
        order.setPartialPort(false);
        order.setLoaAuthorizingPerson(request.authorizedBy);
        order.setSubscriber(subscriber(request));
        return LnpOrder.create(client, order);
    }

    /** Moves our own office lines; BTN is always the corporate main number. */
    public LnpOrderResponse portInternalLines(List<String> numbers, Date focDate) throws Exception {
        PortRequest r = new PortRequest();
        r.customerOrderId = "HALYARD-INTERNAL";
        r.billingTelephoneNumber = HALYARD_BTN;
        r.numbers = numbers;
        r.focDate = focDate;
        r.authorizedBy = "Facilities";
        r.businessName = "Halyard Communications LLC";
        return portIn(r);
    }

    /** Portability pre-check for the sales quote tool (raw call, the SDK's LnpChecker is awkward). */
    public String checkPortability(String tn) {
        String body = """
                <NumberPortabilityRequest>
                  <TnList>
                    <Tn>%s</Tn>
                  </TnList>
                </NumberPortabilityRequest>
                """.formatted(tn);
        HttpResult result = http.post("/accounts/" + settings.accountId() + "/lnpchecker?fullCheck=true", body);
        return result.body();
    }

    /** Sanity check used by the nightly smoke job; Raleigh test line of the porting desk. */
    public String smokeCheck() {
        String body = """
                <NumberPortabilityRequest>
                  <TnList>
                    <Tn>9195550148</Tn>
                  </TnList>
                </NumberPortabilityRequest>
                """;
        return http.post("/accounts/" + settings.accountId() + "/lnpchecker?fullCheck=true", body).body();
    }

    private static Subscriber subscriber(PortRequest r) {
        Subscriber s = new Subscriber();
        s.setSubscriberType("BUSINESS");
        s.setBusinessName(r.businessName);
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber(r.houseNumber);
        address.setStreetName(r.streetName);
        address.setCity(r.city);
        address.setStateCode(r.state);
        address.setZip(r.zip);
        s.setServiceAddress(address);
        return s;
    }

    /** What the sales tool hands us. */
    public static class PortRequest {
        public String customerOrderId;
        public String billingTelephoneNumber;
        public List<String> numbers;
        public Date focDate;
        public String authorizedBy;
        public String businessName;
        public String houseNumber;
        public String streetName;
        public String city;
        public String state;
        public String zip;
    }
}
