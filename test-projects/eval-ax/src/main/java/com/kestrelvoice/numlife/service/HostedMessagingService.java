package com.kestrelvoice.numlife.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.FileListResponse;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.kestrelvoice.numlife.config.DashboardProperties;
import com.kestrelvoice.numlife.dashboard.DashboardPaths;
import com.kestrelvoice.numlife.dashboard.ExternalTnsClient;
import com.kestrelvoice.numlife.dashboard.HostedMessagingClient;
import com.kestrelvoice.numlife.dashboard.IrisSdkGateway;
import com.kestrelvoice.numlife.domain.PhoneNumberEntity;
import com.kestrelvoice.numlife.repo.PhoneNumberRepository;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClient;

@Slf4j
@Service
@RequiredArgsConstructor
public class HostedMessagingService {

    private final HostedMessagingClient hostedMessaging;
    private final ExternalTnsClient externalTns;
    private final IrisSdkGateway sdk;
    private final IrisClient irisClient;
    private final PhoneNumberRepository phoneNumbers;
    @Qualifier("dashboard")
    private final RestClient dashboard;
    private final DashboardProperties properties;

    @Transactional
    public String onboard(String customerAccount, String businessName, List<String> tns, boolean externallyHosted) throws Exception {
        String customerOrderId = "HM-" + customerAccount;
        String orderId;
        if (externallyHosted) {
            URI location = externalTns.add(customerOrderId, tns);
            orderId = location == null ? null : location.getPath();
        } else {
            Subscriber subscriber = new Subscriber();
            subscriber.setName(businessName);
            subscriber.setBusinessName(businessName);
            orderId = sdk.importHosted(customerOrderId, subscriber, tns);
        }
        for (String tn : tns) {
            PhoneNumberEntity number = phoneNumbers.findByTn(tn).orElseGet(PhoneNumberEntity::new);
            number.setTn(tn);
            number.setCustomerAccount(customerAccount);
            number.setStatus(PhoneNumberEntity.Status.HOSTED_MESSAGING);
            phoneNumbers.save(number);
        }
        log.info("Hosted messaging onboarding for {} started as {}", customerAccount, orderId);
        return orderId;
    }

    public int loaCount(String orderId) throws Exception {
        FileListResponse files = com.bandwidth.iris.sdk.model.ImportTnOrder.GetLoas(irisClient, orderId);
        return files == null ? 0 : files.getFileCount();
    }

    public void offboard(String customerAccount, List<String> tns) {
        hostedMessaging.removeImported("HM-OFF-" + customerAccount, tns);
    }

    /** Registering externally hosted numbers the v2 way, exercised by the canary profile. */
    public URI importExternalV2(String customerOrderId, List<String> tns) {
        String body = """
                <ExternalTnsOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <SiteId>%s</SiteId>
                    <SipPeerId>%s</SipPeerId>
                    <LoaType>CARRIER</LoaType>
                    <TelephoneNumbers>%s</TelephoneNumbers>
                </ExternalTnsOrder>
                """.formatted(customerOrderId, properties.getDefaults().getSiteId(),
                properties.getDefaults().getSipPeerId(), tns.stream().map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>").reduce("", String::concat));
        return dashboard.post()
                .uri(DashboardPaths.V2_BASE + "/accounts/{accountId}/importTnOrders/messaging", properties.getApi().getAccountId())
                .body(body)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }

    public URI removeExternalV2(String customerOrderId, List<String> tns) {
        String body = "<RemoveImportedTnOrder><CustomerOrderId>" + customerOrderId + "</CustomerOrderId><TelephoneNumbers>"
                + tns.stream().map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>").reduce("", String::concat)
                + "</TelephoneNumbers></RemoveImportedTnOrder>";
        return dashboard.post()
                .uri(DashboardPaths.V2_BASE + "/accounts/{accountId}/removeImportedTnOrders/messaging", properties.getApi().getAccountId())
                .body(body)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }
}
