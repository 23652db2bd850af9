package net.tidewatertel.provisioning.hosted;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.HttpResult;
import net.tidewatertel.provisioning.http.XmlSupport;

/**
 * External TNs: numbers we serve on our own switch but want the Dashboard to
 * know about (messaging, CNAM). Used by the wholesale onboarding tool.
 */
public class ExternalTnsService {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalTnsService.class);

    private static final String EXTERNAL_TNS_PATH = "/accounts/%s/externalTns";

    private final DashboardHttpClient http;
    private final String accountId;

    public ExternalTnsService(DashboardHttpClient http, String accountId) {
        this.http = http;
        this.accountId = accountId;
    }

    public String importExternal(String customerOrderId, String siteId, String sipPeerId, List<String> numbers)
            throws IOException {
        return submit(customerOrderId, siteId, sipPeerId, "IMPORT", numbers);
    }

    public String removeExternal(String customerOrderId, String siteId, String sipPeerId, List<String> numbers)
            throws IOException {
        return submit(customerOrderId, siteId, sipPeerId, "REMOVE", numbers);
    }

    public String orderStatus(String orderId) throws IOException {
        HttpResult result = http.get("/accounts/" + accountId + "/externalTns/" + orderId);
        List<String> status = XmlSupport.texts(result.getBody(), "ProcessingStatus");
        return status.isEmpty() ? "UNKNOWN" : status.get(0);
    }

    private String submit(String customerOrderId, String siteId, String sipPeerId, String action, List<String> numbers)
            throws IOException {
        StringBuilder tns = new StringBuilder();
        for (String tn : numbers) {
            tns.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        String body = """
                <ExternalTnsOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <SiteId>%s</SiteId>
                  <SipPeerId>%s</SipPeerId>
                  <Action>%s</Action>
                  <LoaType>CARRIER</LoaType>
                  <TelephoneNumbers>%s</TelephoneNumbers>
                </ExternalTnsOrder>
                """.formatted(customerOrderId, siteId, sipPeerId, action, tns);
        LOG.debug("POST /accounts/{}/externalTns {} ({} numbers)", accountId, action, numbers.size());
        HttpResult result = http.post(String.format(EXTERNAL_TNS_PATH, accountId), body);
        if (!result.isSuccess()) {
            LOG.error("External TN {} order {} failed: {}", action, customerOrderId, result.getBody());
            throw new IOException("externalTns answered " + result.getStatus());
        }
        return result.createdId();
    }
}
