package net.kestreltel.portdesk.porting;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.google.inject.Inject;
import com.google.inject.name.Named;
import net.kestreltel.portdesk.config.DashboardSettings;
import net.kestreltel.portdesk.numbers.NumberRepository;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Creates port-in (LNP) orders through the Iris SDK. */
public class PortInService {

    /** 2023-11-14T22:13:20Z: simple ports moved to a 3-business-day interval. */
    static final long SIMPLE_PORT_RULE_EPOCH = 1700000000L;
    static final int SIMPLE_PORT_DAYS = 3;
    static final int COMPLEX_PORT_DAYS = 10;

    private final IrisClient client;
    private final DashboardSettings settings;
    private final NumberRepository numbers;

    @Inject
    public PortInService(@Named("lnp") IrisClient client, DashboardSettings settings, NumberRepository numbers) {
        this.client = client;
        this.settings = settings;
        this.numbers = numbers;
    }

    public String submit(PortInRequest request) throws Exception {
        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId(request.customerId() + "-" + System.currentTimeMillis());
        order.setSiteId(settings.siteId());
        order.setPeerId(settings.sipPeerId());
        order.setBillingTelephoneNumber(request.billingTn());
        order.setLoaAuthorizingPerson(request.authorizingPerson());
        order.setListOfPhoneNumbers(new ArrayList<>(request.tns()));
        order.setPartialPort(false);
        order.setRequestedFocDate(Date.valueOf(earliestFoc(
                request.requestedFoc(), request.tns().size() == 1)));
        order.setSubscriber(subscriber(request));
        LnpOrderResponse response = LnpOrder.create(client, order);
        for (String tn : request.tns()) {
            numbers.insert(tn, Integer.parseInt(tn.substring(0, 3)), request.customerId(), "PORTING");
        }
        return response.getOrderId();
    }

    /** Port used by the quarterly E911 drill, always the same lab number. */
    public String submitDrillPort() throws Exception {
        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId("E911-DRILL");
        order.setSiteId(settings.siteId());
        order.setPeerId(settings.sipPeerId());
        order.setBillingTelephoneNumber("3365550123");
        order.setListOfPhoneNumbers(List.of("3365550123", "3365550124"));
        order.setLoaAuthorizingPerson("Kestrel Lab");
        order.setSubscriber(labSubscriber());
        return LnpOrder.create(client, order).getOrderId();
    }

    private static Subscriber subscriber(PortInRequest request) {
        Subscriber s = new Subscriber();
        s.setSubscriberType("BUSINESS");
        s.setBusinessName(request.customerId());
        ServiceAddress a = new ServiceAddress();
        a.setHouseNumber(request.serviceAddress().houseNumber());
        a.setStreetName(request.serviceAddress().streetName());
        a.setCity(request.serviceAddress().city());
        a.setStateCode(request.serviceAddress().stateCode());
        a.setZip(request.serviceAddress().zip());
        s.setServiceAddress(a);
        return s;
    }

    private static Subscriber labSubscriber() {
        Subscriber s = new Subscriber();
        s.setSubscriberType("BUSINESS");
        s.setBusinessName("Kestrel Telecom Lab");
        return s;
    }

    /** Earliest firm order commitment date we may request. */
    static LocalDate earliestFoc(LocalDate today, boolean simplePort) {
        boolean newRule = Instant.now().getEpochSecond() >= SIMPLE_PORT_RULE_EPOCH;
        int days = simplePort && newRule ? SIMPLE_PORT_DAYS : COMPLEX_PORT_DAYS;
        LocalDate date = today;
        while (days > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days--;
            }
        }
        return date;
    }
}
