package io.kestrelvoice.numbering.testsupport;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds Dashboard notification bodies the way the Dashboard posts them to our webhook.
 */
public final class NotificationFixtures {

    public static final String COMPLETED_TN = "9195550160";

    private NotificationFixtures() {
    }

    public static String orderComplete(String orderId, List<String> numbers) {
        String tns = numbers.stream()
                .map(tn -> "        <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        return """
                <?xml version="1.0"?>
                <Notification>
                    <SubscriptionId>3f9bd3f1-1d0f-4c2e-8f4e-fb2b1f0d1a11</SubscriptionId>
                    <OrderType>orders</OrderType>
                    <OrderId>%s</OrderId>
                    <CustomerOrderId>KV-ORD-20240611-0042</CustomerOrderId>
                    <Status>COMPLETE</Status>
                    <CompletedTelephoneNumbers>
                %s
                    </CompletedTelephoneNumbers>
                    <LastModifiedDate>2024-06-11T15:11:31.705Z</LastModifiedDate>
                </Notification>
                """.formatted(orderId, tns);
    }

    public static String orderComplete() {
        return orderComplete(DashboardFixtures.ORDER_ID, List.of(COMPLETED_TN));
    }
}
