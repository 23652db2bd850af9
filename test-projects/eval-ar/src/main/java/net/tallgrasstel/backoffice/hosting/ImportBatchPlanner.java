package net.tallgrasstel.backoffice.hosting;

import com.bandwidth.iris.sdk.IrisClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import io.reactivex.rxjava3.core.Single;
import net.tallgrasstel.backoffice.common.Templates;
import net.tallgrasstel.backoffice.hosting.model.ImportTnOrder;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * Turns the sales team's hand-over CSV into carrier import orders, merging rows of the same
 * customer so each customer gets a single LOA.
 */
public class ImportBatchPlanner {

    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");

    private final IrisClient client;
    private final HostedMessagingApi api;
    private final String baseUrl;
    private final String accountId;
    private final Map<String, String> site;

    public ImportBatchPlanner(IrisClient client, HostedMessagingApi api, String baseUrl, String accountId,
                              Map<String, String> site) {
        this.client = client;
        this.api = api;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.site = site;
    }

    public List<ImportTnOrder> plan(Reader csv) throws IOException {
        Map<String, ImportTnOrder> byCustomer = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(csv)) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                ImportTnOrder row = ImportTnOrder.fromCsvRow(line.split(","));
                byCustomer.merge(row.getCrmAccountNumber(), row, ImportTnOrder::merge);
            }
        }
        return new ArrayList<>(byCustomer.values());
    }

    /** Submits one planned customer as a carrier import order. */
    public Single<ResponseBody> submit(ImportTnOrder planned, Map<String, String> serviceAddress) {
        String numbers = planned.getNumbers().stream()
                .map(n -> "    <TelephoneNumber>" + n + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        Map<String, String> values = new java.util.HashMap<>(site);
        values.putAll(serviceAddress);
        values.put("customerOrderId", "TG-HM-" + planned.getCrmAccountNumber());
        values.put("subscriberName", planned.getCustomerName());
        values.put("loaSigner", planned.getLoaSigner());
        values.put("telephoneNumbers", numbers);
        String xml = Templates.fill(Templates.load("templates/import-tn-order.xml"), values);
        return api.importTns(accountId, RequestBody.create(xml, XML));
    }

    /** Whether the carrier has finished an earlier import for this customer. */
    public boolean carrierOrderComplete(String carrierOrderId) throws Exception {
        com.bandwidth.iris.sdk.model.ImportTnOrder order = com.bandwidth.iris.sdk.model.ImportTnOrder.Get(client, carrierOrderId);
        return "COMPLETE".equals(order.getProcessingStatus());
    }

    /** Link handed to the customer success team to download the signed LOA. */
    public HttpUrl loaDownloadUrl(String carrierOrderId, String fileId) {
        return HttpUrl.get(baseUrl).newBuilder()
                .addPathSegments("accounts/" + accountId + "/importTnOrders/" + carrierOrderId + "/loas")
                .addPathSegment(fileId)
                .build();
    }
}
