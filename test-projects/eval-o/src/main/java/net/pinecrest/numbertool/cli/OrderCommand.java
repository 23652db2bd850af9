package net.pinecrest.numbertool.cli;

import com.bandwidth.iris.sdk.model.OrderResponse;
import net.pinecrest.numbertool.config.LegacyConfigImporter;
import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.dashboard.LegacyOrderPoller;
import net.pinecrest.numbertool.inventory.TnFormats;
import net.pinecrest.numbertool.sdk.IrisClientFactory;
import net.pinecrest.numbertool.sdk.IrisOrderService;
import net.pinecrest.numbertool.store.NumberDao;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "order",
        description = {"Order numbers for a customer.",
                "Example: pnt order --customer C-1138 --tn 8045550142,8045550143 --notify 8045550999"})
public class OrderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Option(names = "--tn", split = ",", description = "Numbers to order (from a previous search).")
    List<String> tns;

    @Option(names = "--area-code", description = "Order any numbers in this area code instead.")
    String areaCode;

    @Option(names = "--quantity", defaultValue = "1")
    int quantity;

    @Option(names = "--legacy-order", description = "Show the status of an order placed by the old irisd daemon.")
    String legacyOrderId;

    @Option(names = "--customer")
    String customerId;

    @Option(names = "--notify", description = "Mobile number to text when the line is active.")
    String notify;

    @Override
    public Integer call() throws Exception {
        ToolConfig config = global.config();
        if (legacyOrderId != null) {
            try (LegacyOrderPoller poller = new LegacyOrderPoller(LegacyConfigImporter.importDefault(),
                    okhttp3.Credentials.basic(config.username(), config.password()))) {
                System.out.println(legacyOrderId + ": " + poller.status(legacyOrderId));
            }
            return 0;
        }
        if (customerId == null) {
            throw new ParameterException(spec.commandLine(), "--customer is required");
        }
        IrisOrderService orders = new IrisOrderService(IrisClientFactory.create(config), config.siteId(),
                config.sipPeerId());
        String customerOrderId = "PNC-" + customerId + "-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);

        OrderResponse response;
        if (tns != null && !tns.isEmpty()) {
            List<String> numbers = tns.stream().map(String::trim).toList();
            for (String tn : numbers) {
                if (!tn.matches("\\d{10}")) {
                    throw new ParameterException(spec.commandLine(), "--tn expects 10 digits, got " + tn);
                }
            }
            response = orders.orderExisting(numbers, customerOrderId);
            NumberDao dao = Support.dao(config);
            for (String tn : numbers) {
                dao.recordPending(tn, customerId, notify == null ? null : TnFormats.e164(notify));
            }
        } else if (areaCode != null) {
            response = orders.orderInAreaCode(areaCode, quantity, customerOrderId);
        } else {
            throw new ParameterException(spec.commandLine(), "give --tn or --area-code");
        }
        System.out.printf("order %s: %s%n", response.getOrder().getid(), response.getOrderStatus());
        orders.placedNumbers(response).forEach(tn -> System.out.println("  " + TnFormats.pretty(tn)));
        return 0;
    }
}
