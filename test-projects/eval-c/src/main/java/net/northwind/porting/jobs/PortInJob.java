package net.northwind.porting.jobs;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import net.northwind.porting.app.AppConfig;
import net.northwind.porting.app.BatchJob;
import net.northwind.porting.payload.Xml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Submits port-in (LNP) orders for the numbers listed in a reseller's request file, one order per
 * file. {@code --canary} ports our own two test numbers instead, end to end.
 */
public class PortInJob implements BatchJob {

    private static final Logger log = LoggerFactory.getLogger(PortInJob.class);

    /** Orders with a requested FOC after this are parked for manual review. */
    private static final Instant FOC_REVIEW_CUTOFF = Instant.ofEpochSecond(2524608000L);

    private static final long CANARY_TN = 9843554410L;

    private final IrisClient iris;
    private final AppConfig config;

    public PortInJob(IrisClient iris, AppConfig config) {
        this.iris = iris;
        this.config = config;
    }

    @Override
    public String name() {
        return "port-in";
    }

    @Override
    public Result run(List<String> args) throws Exception {
        if (args.contains("--canary")) {
            TelephoneNumberDetails details = Tns.getTnDetails(iris, Long.toString(CANARY_TN));
            log.info("canary {} currently {}", CANARY_TN, details.getStatus());
            LnpOrderResponse response = LnpOrder.create(iris, canaryOrder());
            log.info("canary port-in {} -> {}", response.getOrderId(), response.getProcessingStatus());
            return Result.ok(name(), 1);
        }
        if (args.contains("--json-template")) {
            String xml = Xml.jsonToXml(readTemplate("payloads/lnp-order.json")
                    .replace("{ticketId}", args.get(args.size() - 1)), "LnpOrder");
            log.info("rendered LNP order from template ({} bytes)", xml.length());
            return Result.ok(name(), 1);
        }
        int processed = 0;
        for (String file : args) {
            List<String> tns = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .toList();
            LnpOrder order = baseOrder(Path.of(file).getFileName().toString());
            order.setBillingTelephoneNumber(tns.get(0));
            order.setListOfPhoneNumbers(new ArrayList<>(tns));
            LnpOrderResponse response = LnpOrder.create(iris, order);
            log.info("port-in {} submitted for {} numbers", response.getOrderId(), tns.size());
            processed += tns.size();
        }
        return Result.ok(name(), processed);
    }

    LnpOrder canaryOrder() {
        LnpOrder order = baseOrder("4102938475");
        order.setBillingTelephoneNumber("9195550100");
        order.setListOfPhoneNumbers(List.of(
                "9195550100",
                "19195550101"));
        order.setPartialPort(false);
        return order;
    }

    private LnpOrder baseOrder(String customerOrderId) {
        LnpOrder order = new LnpOrder();
        order.setSiteId(config.siteId());
        order.setPeerId(config.sipPeerId());
        order.setCustomerOrderId(customerOrderId);
        order.setLoaAuthorizingPerson("Northwind Porting Desk");

        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber("1200");
        address.setStreetName("Crabtree Valley Ave");
        address.setCity("Raleigh");
        address.setStateCode("NC");
        address.setZip("27612");

        Subscriber subscriber = new Subscriber();
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setBusinessName("Northwind Telco LLC");
        subscriber.setServiceAddress(address);
        order.setSubscriber(subscriber);
        if (Instant.now().isAfter(FOC_REVIEW_CUTOFF)) {
            throw new IllegalStateException("FOC review cutoff passed; update FOC_REVIEW_CUTOFF");
        }
        return order;
    }

    private static String readTemplate(String name) throws IOException {
        try (InputStream in = PortInJob.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
