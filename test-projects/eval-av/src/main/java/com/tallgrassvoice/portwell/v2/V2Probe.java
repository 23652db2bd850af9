package com.tallgrassvoice.portwell.v2;

import com.bandwidth.iris.sdk.IrisClient;
import java.util.List;

/**
 * Read-only probe written while evaluating the new Dashboard API version; not wired into the
 * service yet. Run it by hand against the sandbox account.
 */
public class V2Probe {

    private static final String BASE = "https://dashboard.bandwidth.com/api/v2";

    private final String accountId;

    public V2Probe(String accountId) {
        this.accountId = accountId;
    }

    public IrisClient client(String user, String password) {
        return new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2");
    }

    public List<String> urls() {
        return List.of(
                BASE + "/accounts/" + accountId + "/e911Addresses",
                BASE + "/accounts/" + accountId + "/importTnOrders/messaging",
                BASE + "/accounts/" + accountId + "/importTnOrders/voice",
                BASE + "/accounts/" + accountId + "/removeImportedTnOrders/messaging",
                BASE + "/accounts/" + accountId + "/inserviceNumbers?countryCodeA3=USA&areaCode=919",
                BASE + "/accounts/" + accountId + "/tns/%2B13365550100");
    }

    public String tnOptionSmsOn() {
        return """
                <TnOptionOrder>
                  <CustomerOrderId>probe-sms</CustomerOrderId>
                  <TnOptionGroups>
                    <TnOptionGroup>
                      <Sms>on</Sms>
                      <TelephoneNumbers>
                        <TelephoneNumber>+13365550111</TelephoneNumber>
                      </TelephoneNumbers>
                    </TnOptionGroup>
                  </TnOptionGroups>
                </TnOptionOrder>
                """;
    }
}
