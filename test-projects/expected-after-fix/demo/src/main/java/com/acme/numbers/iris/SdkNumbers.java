package com.acme.numbers.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;

/** Uses the Iris Java SDK. */
public class SdkNumbers {
    private final IrisClient client;

    public SdkNumbers(String accountId, String user, String password) {
        this.client = new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2");
    }

    public ImportTnOrdersResponse importNumbers(ImportTnOrder order) throws Exception {
        return ImportTnOrder.Create(client, order);
    }
}
