package net.korvalink.edge.shell;

import java.util.Arrays;
import java.util.List;

import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.Subscriber;

import net.korvalink.edge.dashboard.DashboardEndpoints;
import net.korvalink.edge.dashboard.DashboardHttpClient;
import net.korvalink.edge.dashboard.HostedMessagingClient;
import net.korvalink.edge.hosted.HostedOrderLedger;
import net.korvalink.edge.sdk.IrisSdkFacade;

@ShellComponent
public class HostedMessagingCommands {

    private final IrisSdkFacade sdk;
    private final IrisClient irisClient;
    private final HostedMessagingClient hosted;
    private final DashboardHttpClient dashboard;
    private final HostedOrderLedger ledger;

    public HostedMessagingCommands(IrisSdkFacade sdk, IrisClient irisClient, HostedMessagingClient hosted,
            DashboardHttpClient dashboard, HostedOrderLedger ledger) {
        this.sdk = sdk;
        this.irisClient = irisClient;
        this.hosted = hosted;
        this.dashboard = dashboard;
        this.ledger = ledger;
    }

    @ShellMethod(key = "hosted import", value = "Host numbers for messaging (LOA must be on file).")
    public String importNumbers(@ShellOption String numbers, @ShellOption String customer,
            @ShellOption String authorizedBy) throws Exception {
        List<String> tns = Arrays.asList(numbers.split(","));
        Subscriber subscriber = new Subscriber();
        subscriber.setName(customer);
        String orderId = sdk.newCustomerOrderId();
        ImportTnOrdersResponse response = sdk.importForHostedMessaging(orderId, tns, subscriber, authorizedBy);
        ledger.recordSubmitted(response.getImportTnOrder().getOrderId(), orderId, tns.size());
        return response.getImportTnOrder().getOrderId();
    }

    @ShellMethod(key = "hosted status", value = "Processing status of an import.")
    public String status(@ShellOption String orderId) throws Exception {
        String status = com.bandwidth.iris.sdk.model.ImportTnOrder.Get(irisClient, orderId).getProcessingStatus();
        ledger.updateStatus(orderId, status);
        return status;
    }

    @ShellMethod(key = "hosted loas", value = "LOA files attached to an import.")
    public String loas(@ShellOption String orderId) throws Exception {
        return String.join(", ", com.bandwidth.iris.sdk.model.ImportTnOrder.GetLoas(irisClient, orderId).getFileNames());
    }

    @ShellMethod(key = "hosted history", value = "History of an import.")
    public String history(@ShellOption String orderId) {
        return hosted.importHistory(orderId);
    }

    @ShellMethod(key = "hosted external", value = "IMPORT or REMOVE numbers through externalTns.")
    public String external(@ShellOption String action, @ShellOption String numbers) throws Exception {
        return hosted.externalTns(sdk.newCustomerOrderId(), action.toUpperCase(), Arrays.asList(numbers.split(",")));
    }

    @ShellMethod(key = "hosted external-status", value = "Status of an externalTns order.")
    public String externalStatus(@ShellOption String orderId) {
        return dashboard.get(DashboardEndpoints.account(dashboard.accountId(), "externalTns", orderId));
    }

    @ShellMethod(key = "hosted remove", value = "Stop hosting numbers for messaging.")
    public String remove(@ShellOption String numbers) throws Exception {
        return sdk.removeHosted(sdk.newCustomerOrderId(), Arrays.asList(numbers.split(",")))
                .getRemoveImportedTnOrder().getOrderId();
    }

    @ShellMethod(key = "hosted check", value = "Can these numbers be hosted?")
    public String check(@ShellOption String numbers) throws Exception {
        return String.valueOf(sdk.checkImportable(Arrays.asList(numbers.split(","))).getImportTnCheckerPayload());
    }
}
