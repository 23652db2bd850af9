package net.harborlight.numops.hosted;

import java.util.HashMap;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import org.springframework.stereotype.Component;

/**
 * Hosted messaging calls made through the SDK's low-level request methods, for the parts the
 * SDK model classes cannot express (paging over the import list, the raw history XML).
 */
@Component
public class HostedMessagingRawClient {

    private final IrisClient irisClient;

    public HostedMessagingRawClient(IrisClient irisClient) {
        this.irisClient = irisClient;
    }

    public String listImports(int page, int size) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("page", page);
        query.put("size", size);
        String uri = irisClient.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS, "messaging"}, query);
        return irisClient.get(uri).getResponseBody();
    }

    public String listRemovals(int page, int size) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("page", page);
        query.put("size", size);
        String uri = irisClient.buildAccountModelUri(new String[]{IrisPath.REMOVE_IMPORTED_TN_ORDERS}, query);
        return irisClient.get(uri).getResponseBody();
    }

    /** Numbers still registered the old way, for the migration report. */
    public String listExternalTnOrders() throws Exception {
        String uri = irisClient.buildAccountModelUri(new String[]{"externalTns"});
        return irisClient.get(uri).getResponseBody();
    }

    public String importHistoryXml(String orderId) throws Exception {
        String uri = irisClient.buildAccountModelUri(new String[]{"importTnOrders", orderId, "history"});
        IrisResponse response = irisClient.get(uri);
        return response.getResponseBody();
    }

    public int countLoas(String orderId) throws Exception {
        String uri = irisClient.buildAccountModelUri(new String[]{"importTnOrders", "messaging", orderId, "loas"});
        String body = irisClient.get(uri).getResponseBody();
        return body == null ? 0 : body.split("<FileName>").length - 1;
    }
}
