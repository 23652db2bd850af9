package net.lakeshoretel.numbering.enrich;

import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import net.lakeshoretel.numbering.events.ActivationEvent;
import net.lakeshoretel.numbering.events.EnrichedActivation;
import okhttp3.HttpUrl;
import org.apache.flink.streaming.api.functions.async.ResultFuture;

import java.util.List;

/**
 * Hosted messaging: the subscriber keeps voice with another carrier and we host SMS on the number.
 * Orders created before 2022 went through external TNs and are still tracked there (customer order
 * ids starting with {@code EXT-}).
 *
 * <p>Requests: {@code POST https://dashboard.bandwidth.com/api/accounts/{accountId}/importTnOrders} to add
 * a number, {@code POST .../removeImportedTnOrders} to remove it.
 */
public class HostedMessagingAsyncFunction extends DashboardAsyncFunction<ActivationEvent, EnrichedActivation> {

    private static final long serialVersionUID = 1L;

    static final String IMPORT_PATH = "/importTnOrders";
    static final String REMOVE_PATH = "/removeImportedTnOrders";
    static final String EXTERNAL_TNS_PATH = "/externalTns";

    public HostedMessagingAsyncFunction(JobSettings settings, DashboardTransport.Factory transportFactory) {
        super(settings, transportFactory);
    }

    @Override
    public void asyncInvoke(ActivationEvent event, ResultFuture<EnrichedActivation> resultFuture) {
        String accountUrl = settings.dashboardBaseUrl() + "/accounts/" + settings.accountId();
        boolean external = event.getCustomerOrderId() != null && event.getCustomerOrderId().startsWith("EXT-");
        String url;
        String body;
        switch (event.getKind()) {
            case HOSTED_SMS -> {
                url = accountUrl + (external ? EXTERNAL_TNS_PATH : IMPORT_PATH);
                body = external ? externalTnsOrder(event, "IMPORT") : importOrder(event);
            }
            case HOSTED_SMS_REMOVE -> {
                url = external ? accountUrl + EXTERNAL_TNS_PATH : accountUrl + REMOVE_PATH;
                body = external ? externalTnsOrder(event, "REMOVE") : removeOrder(event);
            }
            default -> {
                resultFuture.complete(List.of(new EnrichedActivation(event)));
                return;
            }
        }
        transport.execute(post(HttpUrl.get(url), body)).whenComplete((reply, error) -> {
            if (error != null) {
                resultFuture.complete(List.of(EnrichedActivation.failed(event, error.getMessage())));
            } else if (!reply.isSuccessful()) {
                resultFuture.complete(List.of(EnrichedActivation.failed(event, "HTTP " + reply.status() + ": " + reply.body())));
            } else {
                EnrichedActivation enriched = new EnrichedActivation(event);
                enriched.setDashboardOrderId(reply.createdId());
                resultFuture.complete(List.of(enriched));
            }
        });
    }

    String importOrder(ActivationEvent event) {
        return """
                <ImportTnOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <SiteId>%s</SiteId>
                    <SipPeerId>%s</SipPeerId>
                    <LoaAuthorizingPerson>Lakeshore Telecom Numbering</LoaAuthorizingPerson>
                    <LoaType>CARRIER</LoaType>
                    <TelephoneNumbers>
                        <TelephoneNumber>%s</TelephoneNumber>
                    </TelephoneNumbers>
                </ImportTnOrder>
                """.formatted(event.getCustomerOrderId(), settings.siteId(), settings.sipPeerId(), event.getTn());
    }

    String removeOrder(ActivationEvent event) {
        return """
                <RemoveImportedTnOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <TelephoneNumbers>
                        <TelephoneNumber>%s</TelephoneNumber>
                    </TelephoneNumbers>
                </RemoveImportedTnOrder>
                """.formatted(event.getCustomerOrderId(), event.getTn());
    }

    String externalTnsOrder(ActivationEvent event, String action) {
        return """
                <ExternalTnsOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <SiteId>%s</SiteId>
                    <SipPeerId>%s</SipPeerId>
                    <Action>%s</Action>
                    <LoaType>CARRIER</LoaType>
                    <TelephoneNumbers>
                        <TelephoneNumber>%s</TelephoneNumber>
                    </TelephoneNumbers>
                </ExternalTnsOrder>
                """.formatted(event.getCustomerOrderId(), settings.siteId(), settings.sipPeerId(), action, event.getTn());
    }
}
