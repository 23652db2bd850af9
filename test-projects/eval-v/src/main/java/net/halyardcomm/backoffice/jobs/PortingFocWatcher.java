package net.halyardcomm.backoffice.jobs;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.logging.Logger;

import org.apache.http.client.fluent.Executor;
import org.apache.http.client.fluent.Request;
import org.apache.http.client.utils.URIBuilder;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.LnpOrder;

import net.halyardcomm.backoffice.config.IrisSettings;

/**
 * Porting desk helper: watches open port-ins and posts a note when the FOC date moves.
 * Runs against the legacy inetwork host like the rest of the desk's scripts.
 */
public class PortingFocWatcher {

    private static final Logger LOG = Logger.getLogger(PortingFocWatcher.class.getName());

    private final IrisClient portingDesk;
    private final IrisSettings settings;
    private final Executor executor;

    public PortingFocWatcher(IrisClient portingDesk, IrisSettings settings) {
        this.portingDesk = portingDesk;
        this.settings = settings;
        this.executor = Executor.newInstance().auth(settings.username(), settings.password());
    }

    public void watch(List<String> portInIds) throws Exception {
        for (String id : portInIds) {
            LnpOrderResponse order = LnpOrder.get(portingDesk, id);
            if (order.getRequestedFocDate() != null) {
                addNote(id, "FOC now " + order.getRequestedFocDate());
            }
        }
    }

    void addNote(String portInId, String text) throws IOException, URISyntaxException {
        URI notes = new URIBuilder(settings.legacyUri())
                .setPath("/v1.0/accounts/" + settings.accountId() + "/portins/" + portInId + "/notes")
                .build();
        String xml = "<Note><UserId>porting-desk</UserId><Description>" + text + "</Description></Note>";
        int status = executor.execute(Request.Post(notes).bodyString(xml, org.apache.http.entity.ContentType.APPLICATION_XML))
                .returnResponse().getStatusLine().getStatusCode();
        LOG.info("note on " + portInId + " -> " + status);
    }
}
