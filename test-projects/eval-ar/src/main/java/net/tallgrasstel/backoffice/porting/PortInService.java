package net.tallgrasstel.backoffice.porting;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import io.reactivex.rxjava3.core.Single;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import net.tallgrasstel.backoffice.common.Templates;

/** Creates port-in orders, either through the SDK or from the XML kept for bulk projects. */
public class PortInService {

    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");
    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
    /** FOC dates before this cut-over were booked on the old switch. */
    private static final long SWITCH_CUTOVER_EPOCH = 1718900000L;

    private static final String CHECK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <NumberPortabilityRequest>
              <TnList>
            %s
              </TnList>
            </NumberPortabilityRequest>
            """;

    /**
     * Numbers of the Hutchinson clinic group, checked every Monday until their contract with
     * the incumbent lets us port them.
     */
    private static final String HUTCHINSON_CHECK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <NumberPortabilityRequest>
              <TnList>
                <Tn>6205550137</Tn>
                <Tn>6205550138</Tn>
                <Tn>+16205550139</Tn>
              </TnList>
            </NumberPortabilityRequest>
            """;

    private final IrisClient client;
    private final PortInApi api;
    private final String accountId;
    private final String siteId;
    private final String peerId;

    public PortInService(IrisClient client, PortInApi api, String accountId, String siteId, String peerId) {
        this.client = client;
        this.api = api;
        this.accountId = accountId;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    public Single<String> checkPortability(List<String> tns) {
        RequestBody body = RequestBody.create(checkRequest(tns), XML);
        return api.check(accountId, true, body).map(r -> r.string());
    }

    public Single<String> checkHutchinson() {
        return api.check(accountId, true, RequestBody.create(HUTCHINSON_CHECK, XML)).map(r -> r.string());
    }

    /** Bulk port of the City of Wichita main lines, prepared by the porting desk. */
    public Single<String> submitWichitaCityHall() {
        String order = Templates.load("portins/wichita-city-hall.xml");
        return api.create(accountId, RequestBody.create(order, XML)).map(r -> r.string());
    }

    public LnpOrderResponse portBusinessLines(String customerOrderId, String btn, List<String> tns,
                                              Subscriber subscriber, String authorizingPerson) throws Exception {
        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setBillingTelephoneNumber(btn);
        order.setListOfPhoneNumbers(tns);
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(authorizingPerson);
        order.setSiteId(siteId);
        order.setPeerId(peerId);
        order.setPartialPort(false);
        order.setRequestedFocDate(Date.from(nextFocDate(LocalDate.now(CENTRAL)).toInstant()));
        return LnpOrder.create(client, order);
    }

    /** Second location of Prairie Dental; their first port went through in March. */
    public LnpOrderResponse portPrairieDentalAndover() throws Exception {
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber("1402");
        address.setStreetName("N Andover Rd");
        address.setCity("Andover");
        address.setStateCode("KS");
        address.setZip("67002");
        Subscriber subscriber = new Subscriber();
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setBusinessName("Prairie Dental Group");
        subscriber.setServiceAddress(address);

        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId("TG-2025061711");
        order.setBillingTelephoneNumber("3165550120");
        order.setListOfPhoneNumbers(List.of(
                "3165550120",
                "3165550121"));
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson("Dr. Anita Velasquez");
        order.setSiteId(siteId);
        order.setPeerId(peerId);
        order.setRequestedFocDate(Date.from(nextFocDate(LocalDate.now(CENTRAL)).toInstant()));
        return LnpOrder.create(client, order);
    }

    /** FOC dates: the porting desk only schedules cut-overs Tuesday to Thursday, 10:00 Central. */
    static ZonedDateTime nextFocDate(LocalDate from) {
        LocalDate d = from.plusDays(5);
        while (d.getDayOfWeek() == DayOfWeek.MONDAY || d.getDayOfWeek() == DayOfWeek.FRIDAY
                || d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d.atTime(10, 0).atZone(CENTRAL);
    }

    static boolean bookedOnOldSwitch(Instant foc) {
        return foc.getEpochSecond() < SWITCH_CUTOVER_EPOCH;
    }

    static String checkRequest(List<String> tns) {
        String items = tns.stream()
                .map(tn -> "    <Tn>" + tn + "</Tn>")
                .collect(Collectors.joining("\n"));
        return CHECK.formatted(items);
    }

    static String suppRequest(String orderId, String focDate) {
        return """
                <LnpOrderSupp>
                  <RequestedFocDate>%s</RequestedFocDate>
                  <CustomerOrderId>%s</CustomerOrderId>
                </LnpOrderSupp>
                """.formatted(focDate, orderId);
    }
}
