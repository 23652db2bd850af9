package net.kestrelwave.numops.cli;

import net.kestrelwave.numops.NumctlApp;
import net.kestrelwave.numops.dashboard.DashboardHttp;
import net.kestrelwave.numops.dashboard.model.OrderResponseXml;
import net.kestrelwave.numops.dashboard.model.SearchResultXml;
import net.kestrelwave.numops.db.PendingActivationDao;
import net.kestrelwave.numops.util.PhoneNumbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

@Command(name = "order", description = "Order specific numbers, or the first N available in an area code.")
public class OrderCommand implements Callable<Integer> {

    private static final Pattern NANP = Pattern.compile("^[2-9]\\d{9}$");

    @ParentCommand
    NumctlApp app;

    @Option(names = "--base-url", defaultValue = "https://dashboard.bandwidth.com/api", description = "Dashboard API base URL")
    String baseUrl;

    @Option(names = "--area-code", description = "Order from this area code instead of listing numbers")
    String areaCode;

    @Option(names = "--quantity", defaultValue = "1")
    int quantity;

    @Option(names = "--customer", required = true, description = "Customer id the numbers are for")
    String customerId;

    @Option(names = "--search-first", description = "Search, then order the numbers found (instead of a search-and-order)")
    boolean searchFirst;

    @Parameters(arity = "0..*", description = "Numbers to order")
    List<String> numbers = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        DashboardHttp http = app.http();
        String accountId = app.settings().accountId();
        List<String> tns = new ArrayList<>(numbers.stream().map(PhoneNumbers::normalizeInput).toList());

        if (areaCode != null && searchFirst) {
            String searchUrl = "%s/accounts/%s/availableNumbers?areaCode=%s&quantity=%d".formatted(baseUrl, accountId, areaCode, quantity);
            SearchResultXml found = app.xml().readValue(http.get(URI.create(searchUrl)), SearchResultXml.class);
            tns.addAll(found.getTelephoneNumbers());
        }

        String customerOrderId = "numctl-" + customerId + "-" + System.currentTimeMillis();
        Map<String, Object> context = new HashMap<>();
        context.put("customerOrderId", customerOrderId);
        context.put("siteId", app.settings().siteId());
        context.put("peerId", app.settings().sipPeerId());
        if (areaCode != null && !searchFirst) {
            context.put("areaCode", areaCode);
            context.put("quantity", quantity);
        } else {
            context.put("numbers", tns);
        }
        String body = app.templates().render("order.xml", context);
        String xml = http.post(URI.create(baseUrl + "/accounts/" + accountId + "/orders"), body);
        OrderResponseXml response = app.xml().readValue(xml, OrderResponseXml.class);

        PendingActivationDao pending = new PendingActivationDao(app.database());
        for (String tn : response.completedTns()) {
            if (!NANP.matcher(tn).matches()) {
                System.err.println("Dashboard returned an unexpected number: " + tn);
                continue;
            }
            pending.insert(response.getOrder().id, tn, customerId);
        }
        System.out.printf("Order %s %s (%d numbers)%n", response.getOrder().id, response.getOrderStatus(),
                response.getCompletedQuantity());
        return 0;
    }
}
