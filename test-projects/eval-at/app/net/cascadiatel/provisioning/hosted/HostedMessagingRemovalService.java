package net.cascadiatel.provisioning.hosted;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.DashboardWsClient;

/** Takes hosted-messaging numbers off our platform again. */
@Singleton
public class HostedMessagingRemovalService {

    private static final String REMOVE_BODY = """
            <RemoveImportedTnOrder>
              <CustomerOrderId>%s</CustomerOrderId>
              <TelephoneNumbers>
            %s
              </TelephoneNumbers>
            </RemoveImportedTnOrder>
            """;

    private final IrisClient client;
    private final DashboardWsClient dashboard;
    private final DashboardPaths paths;

    @Inject
    public HostedMessagingRemovalService(IrisClient client, DashboardWsClient dashboard, DashboardPaths paths) {
        this.client = client;
        this.dashboard = dashboard;
        this.paths = paths;
    }

    public String remove(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(tns.stream().map(tn -> {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            return number;
        }).collect(Collectors.toList()));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, order);
        return String.valueOf(response);
    }

    public OrderHistoryWrapper history(String orderId) throws Exception {
        return RemoveImportedTnOrder.GetHistory(client, orderId);
    }

    public String processingStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    /** Raw variant used by the bulk tool: the SDK times out on very large orders. */
    public CompletionStage<String> removeBulk(String customerOrderId, List<String> tns) {
        String numbers = tns.stream()
                .map(tn -> "    <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        return dashboard.checked(dashboard.postXml(paths.removeImportedTnOrders(), REMOVE_BODY.formatted(customerOrderId, numbers)));
    }

    /** Voice-side removals were moved to the new route together with the pilot account. */
    public CompletionStage<String> removeVoice(String pilotAccountUrl, String customerOrderId, List<String> tns) {
        String numbers = tns.stream()
                .map(tn -> "    <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        return dashboard.checked(dashboard.postXml(pilotAccountUrl + "/removeImportedTnOrders/voice",
                REMOVE_BODY.formatted(customerOrderId, numbers)));
    }
}
