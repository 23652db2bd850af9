package net.northwindtel.provisioning.client.exchange;

import net.northwindtel.provisioning.dashboard.DashboardPaths;
import net.northwindtel.provisioning.model.dashboard.SipPeerTnUpdate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

@HttpExchange(accept = "application/xml", contentType = "application/xml")
public interface SipPeerTnClient {

    @GetExchange(DashboardPaths.SIPPEER_TN)
    SipPeerTnUpdate get(@PathVariable String accountId, @PathVariable String siteId,
                        @PathVariable String sipPeerId, @PathVariable String tn);

    @PutExchange(DashboardPaths.SIPPEER_TN)
    void update(@PathVariable String accountId, @PathVariable String siteId,
                @PathVariable String sipPeerId, @PathVariable String tn,
                @RequestBody SipPeerTnUpdate body);
}
