package net.kestrelwave.numops.cli;

import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import net.kestrelwave.numops.NumctlApp;
import net.kestrelwave.numops.dashboard.DashboardHttp;
import net.kestrelwave.numops.sdk.SdkOrderService;
import net.kestrelwave.numops.util.PhoneNumbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "port-in", description = "Port numbers from another carrier onto our account.")
public class PortCommand implements Callable<Integer> {

    @ParentCommand
    NumctlApp app;

    @Option(names = "--btn", defaultValue = "9195550100", description = "Billing telephone number of the losing carrier account")
    String btn;

    @Option(names = "--loa-person", required = true)
    String loaPerson;

    @Option(names = "--business", defaultValue = "Kestrel Wave Communications LLC")
    String business;

    @Option(names = "--house-number", defaultValue = "410")
    String houseNumber;

    @Option(names = "--street", defaultValue = "Glenwood Ave")
    String street;

    @Option(names = "--city", defaultValue = "Raleigh")
    String city;

    @Option(names = "--state", defaultValue = "NC")
    String state;

    @Option(names = "--zip", defaultValue = "27603")
    String zip;

    @Option(names = "--raw", description = "Post the LNP order XML ourselves instead of using the SDK")
    boolean raw;

    @Parameters(arity = "1..*", description = "Numbers to port, e.g. 9195551234 or (919) 555-1234")
    List<String> numbers;

    @Override
    public Integer call() throws Exception {
        List<String> tns = numbers.stream().map(PhoneNumbers::normalizeInput).toList();
        String billingNumber = PhoneNumbers.normalizeInput(btn);
        if (raw) {
            Map<String, Object> context = new HashMap<>();
            context.put("customerOrderId", "port-" + System.currentTimeMillis());
            context.put("business", business);
            context.put("address", Map.of("houseNumber", houseNumber, "streetName", street, "city", city,
                    "stateCode", state, "zip", zip));
            context.put("loaPerson", loaPerson);
            context.put("numbers", tns);
            context.put("siteId", app.settings().siteId());
            context.put("peerId", app.settings().sipPeerId());
            if (!btn.isBlank()) {
                context.put("btn", billingNumber);
            }
            DashboardHttp http = app.http();
            System.out.println(http.post(http.accountUri("portins").build(), app.templates().render("port-in.xml", context)));
            return 0;
        }
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber(houseNumber);
        address.setStreetName(street);
        address.setCity(city);
        address.setStateCode(state);
        address.setZip(zip);
        Subscriber subscriber = new Subscriber();
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setBusinessName(business);
        subscriber.setServiceAddress(address);
        var response = new SdkOrderService(app.iris()).portIn(billingNumber, tns, subscriber, loaPerson,
                app.settings().siteId(), app.settings().sipPeerId());
        System.out.println("Port-in order " + response.getOrderId() + " " + response.getProcessingStatus());
        return 0;
    }
}
