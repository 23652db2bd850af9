package com.cascadia.numprov.legacy.irissdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.bandwidth.iris.sdk.model.Tns;
import com.cascadia.numprov.iris.XmlSupport;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SDK-based searches used by the reseller onboarding CLI (configured by iris/iris-client.xml). */
public class SdkNumberSearch {

    private final IrisClient client;

    public SdkNumberSearch(String user, String password) throws IOException {
        Element cfg = readConfig();
        String uri = XmlSupport.childText(cfg, "uri");
        String accountId = XmlSupport.childText(cfg, "accountId");
        String apiVersion = XmlSupport.childText(cfg, "apiVersion");
        this.client = new IrisClient(uri, accountId, user, password, apiVersion);
    }

    private SdkNumberSearch(IrisClient client) {
        this.client = client;
    }

    /** The v2 pilot account, already on the v2 routes. */
    public static SdkNumberSearch v2Pilot(String accountId, String user, String password) {
        return new SdkNumberSearch(new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2"));
    }

    public List<?> available(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query);
    }

    public List<String> inService(String npa) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areacode", npa);
        query.put("size", 500);
        return InserviceNumber.list(client, query).getTelephoneNumbers();
    }

    public String canaryStatus() throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, "9195550199");
        return details.getStatus();
    }

    public void enableSms(List<String> tns) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("sdk-sms-" + System.currentTimeMillis());
        order.setTnOptionGroups(List.of(group));
        TnOptions.create(client, order);
    }

    private static Element readConfig() throws IOException {
        try (InputStream in = SdkNumberSearch.class.getResourceAsStream("/iris/iris-client.xml")) {
            return XmlSupport.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getDocumentElement();
        }
    }
}
