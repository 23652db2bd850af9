package com.lumenwave.provisioning.provisioning;

import com.lumenwave.provisioning.config.IrisProperties;
import com.lumenwave.provisioning.iris.ExternalTnsClient;
import com.lumenwave.provisioning.iris.ImportOrderApi;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Hosted messaging: customers keep voice with their current carrier and we enable
 * SMS on their numbers through Bandwidth.
 */
@Service
public class HostedMessagingService {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingService.class);

    private static final String IMPORT_TN_ORDER = """
            <ImportTnOrder>
              <CustomerOrderId>%s</CustomerOrderId>
              <SiteId>%s</SiteId>
              <SipPeerId>%s</SipPeerId>
              <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
              <TelephoneNumbers>
            %s
              </TelephoneNumbers>
            </ImportTnOrder>
            """;

    private static final String REMOVE_IMPORTED_TN_ORDER = """
            <RemoveImportedTnOrder>
              <CustomerOrderId>%s</CustomerOrderId>
              <TelephoneNumbers>
            %s
              </TelephoneNumbers>
            </RemoveImportedTnOrder>
            """;

    private static final String EXTERNAL_TNS_ORDER = """
            <ExternalTnsOrder>
              <CustomerOrderId>%s</CustomerOrderId>
              <SiteId>%s</SiteId>
              <SipPeerId>%s</SipPeerId>
              <Action>IMPORT</Action>
              <LoaType>CARRIER</LoaType>
              <TelephoneNumbers>
            %s
              </TelephoneNumbers>
            </ExternalTnsOrder>
            """;

    private final ImportOrderApi importOrderApi;
    private final ExternalTnsClient externalTnsClient;
    private final IrisProperties props;

    public HostedMessagingService(ImportOrderApi importOrderApi, ExternalTnsClient externalTnsClient,
                                  IrisProperties props) {
        this.importOrderApi = importOrderApi;
        this.externalTnsClient = externalTnsClient;
        this.props = props;
    }

    public String importForMessaging(String customerOrderId, String loaSigner, List<String> telephoneNumbers) {
        String body = IMPORT_TN_ORDER.formatted(customerOrderId, props.siteId(), props.sipPeerId(), loaSigner,
                tnElements(telephoneNumbers));
        ResponseEntity<String> response = importOrderApi.createImportOrder(props.accountId(), body);
        log.info("Import order {} submitted for {} numbers -> {}", customerOrderId, telephoneNumbers.size(),
                response.getStatusCode());
        return response.getBody();
    }

    public String removeFromMessaging(String customerOrderId, List<String> telephoneNumbers) {
        String body = REMOVE_IMPORTED_TN_ORDER.formatted(customerOrderId, tnElements(telephoneNumbers));
        return importOrderApi.removeImportedNumbers(props.accountId(), body).getBody();
    }

    /** Carrier-hosted numbers that were registered before hosted messaging existed. */
    public String registerExternal(String customerOrderId, List<String> telephoneNumbers) {
        String body = EXTERNAL_TNS_ORDER.formatted(customerOrderId, props.siteId(), props.sipPeerId(),
                tnElements(telephoneNumbers));
        return externalTnsClient.submitExternalTnsOrder(props.accountId(), body);
    }

    static String tnElements(List<String> telephoneNumbers) {
        return telephoneNumbers.stream()
                .map(tn -> "    <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
    }
}
