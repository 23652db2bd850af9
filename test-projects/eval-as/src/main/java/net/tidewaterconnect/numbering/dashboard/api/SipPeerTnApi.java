package net.tidewaterconnect.numbering.dashboard.api;

import net.tidewaterconnect.numbering.dashboard.model.SipPeerTnPayload;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

@HttpExchange(url = "/accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns",
        accept = "application/xml", contentType = "application/xml")
public interface SipPeerTnApi {

    @GetExchange("/{tn}")
    SipPeerTnPayload get(@PathVariable String tn);

    @PutExchange("/{tn}")
    void update(@PathVariable String tn, @RequestBody SipPeerTnPayload payload);
}
