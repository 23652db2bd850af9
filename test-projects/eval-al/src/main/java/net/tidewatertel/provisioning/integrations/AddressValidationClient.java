package net.tidewatertel.provisioning.integrations;

import java.io.IOException;

/** Lob US address verification, used before an address is sent to the Dashboard for 911. */
public class AddressValidationClient {

    private final String baseUrl;
    private String authorization;

    public AddressValidationClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public void setApiKey(String apiKey) {
        this.authorization = HttpJson.basic(apiKey, "");
    }

    public boolean isDeliverable(String addressJson) throws IOException {
        String answer = HttpJson.send("POST", baseUrl + "/us_verifications", authorization, addressJson);
        return answer.contains("\"deliverability\":\"deliverable\"");
    }

    /** Saved addresses in Lob's address book, used by the mailing of welcome letters. */
    public String savedAddresses() throws IOException {
        return HttpJson.send("GET", "https://api.lob.com/v1/addresses?limit=100", authorization, null);
    }

    public String deleteSavedAddress(String addressId) throws IOException {
        return HttpJson.send("DELETE", baseUrl + "/addresses/" + addressId, authorization, null);
    }
}
