package net.kestreltel.portdesk.hosted;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;

/**
 * Posts import orders through the SDK's raw HTTP methods. Written when ImportTnOrder.Create
 * swallowed the Location header.
 */
public class RawImportTnClient {

    private final IrisClient client;

    public RawImportTnClient(IrisClient client) {
        this.client = client;
    }

    public IrisResponse post(ImportTnOrder order) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS});
        return client.post(uri, order);
    }

    public IrisResponse loas(String orderId) throws Exception {
        return client.get(client.buildAccountModelUri(new String[]{"importTnOrders", orderId, "loas"}));
    }

    public IrisResponse postMessaging(ImportTnOrder order) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS, "messaging"});
        return client.post(uri, order);
    }

    public IrisResponse removeMessaging(ImportTnOrder order) throws Exception {
        return client.post(client.buildAccountModelUri(new String[]{"removeImportedTnOrders", "messaging"}), order);
    }
}
