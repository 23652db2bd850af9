package net.tidewatertel.provisioning.sdk;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;

/**
 * Pilot of the Dashboard API v2 for the Outer Banks site only: E.164 numbers,
 * e911Addresses. Enabled per site with the "v2-pilot" feature flag.
 */
public class DashboardV2PilotClient {

    private static final String E911_ADDRESSES = "/accounts/%s/e911Addresses";
    private static final String HOSTED_MESSAGING_IMPORTS = "/accounts/%s/importTnOrders/messaging";
    private static final String HOSTED_VOICE_IMPORTS = "/accounts/%s/importTnOrders/voice";
    private static final String HOSTED_MESSAGING_REMOVALS = "/accounts/%s/removeImportedTnOrders/messaging";

    private final String baseUrl;
    private final String accountId;

    public DashboardV2PilotClient(String baseUrl, String accountId) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
    }

    public IrisClient client(String username, String password) {
        return new IrisClient("https://dashboard.bandwidth.com", accountId, username, password, "api/v2");
    }

    public String e911AddressesUrl() {
        return baseUrl + String.format(E911_ADDRESSES, accountId);
    }

    public String hostedMessagingImportsUrl() {
        return baseUrl + String.format(HOSTED_MESSAGING_IMPORTS, accountId);
    }

    public String hostedVoiceImportsUrl() {
        return baseUrl + String.format(HOSTED_VOICE_IMPORTS, accountId);
    }

    public String hostedMessagingRemovalsUrl() {
        return baseUrl + String.format(HOSTED_MESSAGING_REMOVALS, accountId);
    }

    public String inserviceUrl(String areaCode) {
        return baseUrl + "/accounts/" + accountId + "/inserviceNumbers?countryCodeA3=USA&areaCode=" + areaCode;
    }

    public TelephoneNumberDetails pilotLine(IrisClient v2Client) throws Exception {
        return Tns.getTnDetails(v2Client, "+12525550175");
    }

    public List<String> pilotNumbers() {
        return List.of("+12525550175", "+12525550176");
    }
}
