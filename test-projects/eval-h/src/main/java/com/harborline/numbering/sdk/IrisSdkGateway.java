package com.harborline.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.harborline.numbering.config.IrisConstants;
import com.harborline.numbering.dto.NpaCoverage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the back office does through the Iris Java SDK (as opposed to raw HTTP or Camel).
 * One instance per {@link IrisClient}; not thread-safe because the SDK client is not.
 */
public class IrisSdkGateway {

    private final IrisClient client;

    public IrisSdkGateway(IrisClient client) {
        this.client = client;
    }

    public IrisClient client() {
        return client;
    }

    /** Spare numbers in one NPA; returns plain TN strings. */
    public List<String> searchByAreaCode(String npa, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", npa);
        query.put("quantity", Math.min(quantity, IrisConstants.MAX_SEARCH_QUANTITY));
        return AvailableNumbers.search(client, query).stream().map(String::valueOf).toList();
    }

    /** In-service numbers of the account in one NPA (the reconcile job compares these to tn_inventory). */
    public List<String> inServiceByAreaCode(String npa) throws Exception {
        TNss page = InserviceNumber.list(client, Map.of("areacode", npa, "size", IrisConstants.DEFAULT_PAGE_SIZE));
        return page.getTelephoneNumbers();
    }

    /** Exchanges with stock in an NPA. Already sends the country, like v2 wants. */
    public List<NpaCoverage> coverage(String npa) throws Exception {
        List<AvailableNpaNxx> rows = AvailableNpaNxx.list(client,
                Map.of("areaCode", npa, "countryCodeA3", IrisConstants.DEFAULT_COUNTRY_A3, "quantity", 25));
        return rows.stream()
                .map(r -> new NpaCoverage(Integer.parseInt(r.getNpa()), r.getNxx(), r.getCity(), r.getQuantity()))
                .toList();
    }

    public TelephoneNumberDetails details(String tn) throws Exception {
        return Tns.getTnDetails(client, tn);
    }

    /** Re-points a number's call forwarding on its SIP peer. No messaging flags here. */
    public void setCallForward(String siteId, String peerId, String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, peerId);
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(tn);
        settings.setCallForward(forwardTo);
        peer.updateTn(settings);
    }
}
