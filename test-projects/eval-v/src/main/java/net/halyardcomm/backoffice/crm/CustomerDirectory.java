package net.halyardcomm.backoffice.crm;

import java.io.IOException;

/** Customer data the back office needs when it provisions numbers (names, service addresses). */
public class CustomerDirectory {

    private final IrisClient crm;

    public CustomerDirectory(String crmUser, String crmToken) {
        this.crm = new IrisClient(IrisClient.DEFAULT_URL, crmUser, crmToken);
    }

    public CustomerDirectory(String crmUrl, String user, String password, boolean sandbox) {
        this.crm = sandbox
                ? new IrisClient("https://iris-sandbox.halyardcomm.net/api", user, password)
                : new IrisClient(crmUrl, user, password);
    }

    public String serviceAddressXml(String customerId) throws IOException {
        return crm.addresses(customerId);
    }

    public String lines(String customerId) throws IOException {
        return crm.lines(customerId);
    }
}
