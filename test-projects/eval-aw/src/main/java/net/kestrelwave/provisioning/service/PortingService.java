package net.kestrelwave.provisioning.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpChecker;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.NumberPortabilityRequest;
import com.bandwidth.iris.sdk.model.NumberPortabilityResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardRequest;
import net.kestrelwave.provisioning.dashboard.DashboardXml;

import java.net.URI;
import java.util.List;

/**
 * Port-ins. The SDK handles the LNP order itself; status lookups by number go straight to the API.
 */
public class PortingService {

    private final IrisClient iris;
    private final DashboardHttpClient dashboard;
    private final DashboardXml xml;
    private final EnvironmentConfig env;

    public PortingService(IrisClient iris, DashboardHttpClient dashboard, DashboardXml xml, EnvironmentConfig env) {
        this.iris = iris;
        this.dashboard = dashboard;
        this.xml = xml;
        this.env = env;
    }

    public NumberPortabilityResponse checkPortable(List<String> telephoneNumbers) throws Exception {
        NumberPortabilityRequest request = new NumberPortabilityRequest();
        request.setTnList(telephoneNumbers);
        return LnpChecker.checkLnp(iris, request, "true");
    }

    public LnpOrderResponse portIn(String customerOrderId, String businessName, ServiceAddress address,
                                   String billingNumber, List<String> telephoneNumbers, String loaPerson)
            throws Exception {
        Subscriber subscriber = new Subscriber();
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setBusinessName(businessName);
        subscriber.setServiceAddress(address);
        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(env.siteId());
        order.setPeerId(env.sipPeerId());
        order.setBillingTelephoneNumber(billingNumber);
        order.setListOfPhoneNumbers(telephoneNumbers);
        order.setLoaAuthorizingPerson(loaPerson);
        order.setSubscriber(subscriber);
        return LnpOrder.create(iris, order);
    }

    /** Our own main line moves with the office; the port is re-run from this method each time. */
    public LnpOrderResponse portHeadquarters(ServiceAddress address) throws Exception {
        List<String> lines = List.of(
                "9197458801",
                "9197458802");
        return portIn("hq-move", "Kestrelwave Networks", address, "19197458800", lines, "Facilities");
    }

    public List<String> portInIdsForNumber(String telephoneNumber) {
        URI uri = URI.create("https://dashboard.bandwidth.com/api/v1/accounts/%s/portins?tn=%s&pageSize=50"
                .formatted(env.accountId(), telephoneNumber));
        return xml.texts(dashboard.execute("GET", uri, null, "portins_by_tn").body(), "//OrderId");
    }

    public List<String> openPortInsForMainLine() {
        String body = dashboard.execute(DashboardRequest.get()
                .account(env.accountId())
                .path("portins")
                .query("status", "FOC")
                .query("tn", "9197458800")).body();
        return xml.texts(body, "//OrderId");
    }
}
