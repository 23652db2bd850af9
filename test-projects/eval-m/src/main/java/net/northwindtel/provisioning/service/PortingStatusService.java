package net.northwindtel.provisioning.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.client.feign.BillingFeignClient;
import net.northwindtel.provisioning.client.feign.LegacyPortingFeignClient;
import net.northwindtel.provisioning.config.DashboardProperties;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows port-in orders on the porting sub-account and bills the activation fee once complete.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class PortingStatusService {

    private final LegacyPortingFeignClient portingClient;
    private final BillingFeignClient billingClient;
    private final DashboardProperties dashboard;
    private final XmlMapper xmlMapper = new XmlMapper();

    public String portInLink(String orderId) {
        // the support tool links straight to the order in the legacy portal
        return MessageFormat.format("https://webui.inetwork.com/portal/#/accounts/{0}/portins/{1}",
                dashboard.getAccountId(), orderId);
    }

    public List<Long> completedNumbers(String orderId) throws IOException {
        JsonNode order = xmlMapper.readTree(portingClient.getPortIn(dashboard.getAccountId(), orderId));
        List<Long> numbers = new ArrayList<>();
        if (!"COMPLETE".equals(order.path("ProcessingStatus").asText())) {
            return numbers;
        }
        JsonNode phoneNumbers = order.path("ListOfPhoneNumbers").path("PhoneNumber");
        for (JsonNode tn : phoneNumbers.isArray() ? phoneNumbers : List.of(phoneNumbers)) {
            numbers.add(Long.valueOf(tn.asText()));
        }
        return numbers;
    }

    public void billActivation(String customerAccountId, String orderId) throws IOException {
        long periodStart = Instant.now().getEpochSecond();
        List<BillingFeignClient.InvoiceLine> lines = completedNumbers(orderId).stream()
                .map(tn -> new BillingFeignClient.InvoiceLine("PORT-IN", String.valueOf(tn), 1, new BigDecimal("4.50"), periodStart))
                .toList();
        billingClient.recordTnUsage(customerAccountId, lines);
    }
}
