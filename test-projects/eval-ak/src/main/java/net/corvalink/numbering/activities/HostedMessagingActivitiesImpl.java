package net.corvalink.numbering.activities;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnError;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistory;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderSummary;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.activity.Activity;
import net.corvalink.numbering.config.NumberingConfig;
import net.corvalink.numbering.iris.DashboardHttp;
import net.corvalink.numbering.iris.IrisEndpoints;
import net.corvalink.numbering.iris.XmlSupport;
import org.apache.hc.core5.net.URIBuilder;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public class HostedMessagingActivitiesImpl implements HostedMessagingActivities {

    private final NumberingConfig config;
    private final DashboardHttp http;
    private final IrisClient sdk;

    public HostedMessagingActivitiesImpl(NumberingConfig config, DashboardHttp http, IrisClient sdk) {
        this.config = config;
        this.http = http;
        this.sdk = sdk;
    }

    @Override
    public List<String> notImportable(List<String> tns) {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        try {
            ImportTnCheckerResponse response = ImportTnChecker.Check(sdk, payload);
            List<String> rejected = new ArrayList<>();
            ImportTnCheckerPayload result = response.getImportTnCheckerPayload();
            if (result != null && result.getImportTnErrorList() != null) {
                for (ImportTnError error : result.getImportTnErrorList()) {
                    error.getTelephoneNumberList().forEach(tn -> rejected.add(tn.getFullNumber()));
                }
            }
            return rejected;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String importNumbers(String customerOrderId, List<String> tns, String loaAuthorizingPerson) {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(config.defaultSiteId()));
        order.setSipPeer(Integer.parseInt(config.defaultSipPeerId()));
        order.setLoaAuthorizingPerson(loaAuthorizingPerson);
        order.setTelephoneNumberList(toSdkNumbers(tns));
        try {
            ImportTnOrdersResponse response = ImportTnOrder.Create(sdk, order);
            return response.getImportTnOrder().getOrderId();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String importNumbersRaw(String customerOrderId, List<String> tns, String loaAuthorizingPerson) {
        String numbers = tns.stream()
                .map(tn -> "    <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        String body = """
                <ImportTnOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <SiteId>%s</SiteId>
                  <SipPeerId>%s</SipPeerId>
                  <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
                  <TelephoneNumbers>
                %s
                  </TelephoneNumbers>
                </ImportTnOrder>
                """.formatted(customerOrderId, config.defaultSiteId(), config.defaultSipPeerId(),
                XmlSupport.escape(loaAuthorizingPerson), numbers);
        boolean v2Route = config.raw().hasPath("features.hosted-messaging-v2")
                && config.raw().getBoolean("features.hosted-messaging-v2");
        String url = v2Route
                ? http.accountUrl("/importTnOrders/messaging")
                : http.accountUrl("/importTnOrders");
        try {
            return http.post(url, body).path("ImportTnOrder").path("OrderId").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String importStatus(String orderId) {
        try {
            ImportTnOrder order = ImportTnOrder.Get(sdk, orderId);
            return order.getProcessingStatus();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public List<String> importHistory(String orderId) {
        List<String> lines = new ArrayList<>();
        try {
            OrderHistoryWrapper wrapper = ImportTnOrder.GetHistory(sdk, orderId);
            for (OrderHistory history : wrapper.getOrderHistoryList()) {
                lines.add(history.getOrderDate() + " " + history.getStatus());
            }
            if (lines.isEmpty()) {
                JsonNode raw = http.get(http.accountUrl("/importTnOrders/" + orderId + "/history"));
                for (JsonNode item : XmlSupport.nodes(raw, "OrderHistory")) {
                    lines.add(item.path("OrderDate").asText() + " " + item.path("Status").asText());
                }
            }
            return lines;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public List<String> pendingImports() {
        try {
            ImportTnOrders orders = ImportTnOrder.List(sdk, Map.<String, Object>of("status", "PROCESSING"));
            List<String> ids = new ArrayList<>();
            if (orders.getImportTnOrderSummaryList() != null) {
                for (ImportTnOrderSummary summary : orders.getImportTnOrderSummaryList()) {
                    ids.add(summary.getOrderId());
                }
            }
            return ids;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String removeNumbers(String customerOrderId, List<String> tns) {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(toSdkNumbers(tns));
        try {
            RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(sdk, removal);
            return response.getRemoveImportedTnOrder().getOrderId();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String removeNumbersRaw(String customerOrderId, List<String> tns) {
        StringBuilder body = new StringBuilder("<RemoveImportedTnOrder><CustomerOrderId>")
                .append(customerOrderId)
                .append("</CustomerOrderId><TelephoneNumbers>");
        tns.forEach(tn -> body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        body.append("</TelephoneNumbers></RemoveImportedTnOrder>");
        try {
            URI uri = new URIBuilder(http.baseUrl())
                    .appendPathSegments("accounts", http.accountId(), "removeImportedTnOrders")
                    .build();
            return http.post(uri.toString(), body.toString()).path("RemoveImportedTnOrder").path("OrderId").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public List<String> pendingRemovals() {
        try {
            RemoveImportedTnOrders removals = RemoveImportedTnOrder.List(sdk, Map.<String, Object>of("status", "PROCESSING"));
            List<String> ids = new ArrayList<>();
            if (removals.getRemoveImportedTnOrderSummaryList() != null) {
                for (RemoveImportedTnOrderSummary summary : removals.getRemoveImportedTnOrderSummaryList()) {
                    ids.add(summary.getOrderId());
                }
            }
            return ids;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String addExternalTns(String customerOrderId, List<String> tns) {
        StringBuilder xml = new StringBuilder()
                .append("<ExternalTnsOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<SiteId>").append(config.defaultSiteId()).append("</SiteId>")
                .append("<SipPeerId>").append(config.defaultSipPeerId()).append("</SipPeerId>")
                .append("<Action>IMPORT</Action>")
                .append("<LoaType>CARRIER</LoaType>")
                .append("<TelephoneNumbers>");
        tns.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        xml.append("</TelephoneNumbers></ExternalTnsOrder>");
        try {
            JsonNode answer = http.post(http.accountUrl("/externalTns"), xml.toString());
            return answer.path("ExternalTnsOrder").path("OrderId").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String externalTnsStatus(String orderId) {
        try {
            String url = http.baseUrl() + "/accounts/" + http.accountId() + IrisEndpoints.EXTERNAL_TNS + "/" + orderId;
            return http.get(url).path("ProcessingStatus").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String importVoiceNumbers(String customerOrderId, List<String> tns) {
        String body = tns.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("", "<ImportTnOrder><CustomerOrderId>" + customerOrderId
                        + "</CustomerOrderId><TelephoneNumbers>", "</TelephoneNumbers></ImportTnOrder>"));
        try {
            return http.post(http.accountUrl("/importTnOrders/voice"), body).path("ImportTnOrder").path("OrderId").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    private static List<TelephoneNumber> toSdkNumbers(List<String> tns) {
        List<TelephoneNumber> numbers = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            numbers.add(number);
        }
        return numbers;
    }
}
