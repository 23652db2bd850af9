package net.tidewatertel.numbering.dashboard.http;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * Port-ins (LNP). Has its own absolute URL: the porting desk runs against production even
 * from the lab profile, because the losing carriers only exist there.
 */
@HttpExchange(url = "https://dashboard.bandwidth.com/api/accounts/{accountId}/portins",
        contentType = "application/xml", accept = "application/xml")
public interface PortInApi {

    @PostExchange
    String submit(@PathVariable String accountId, @RequestBody String lnpOrderXml);

    @GetExchange("/{orderId}")
    String status(@PathVariable String accountId, @PathVariable String orderId);

    @PutExchange("/{orderId}")
    String supplement(@PathVariable String accountId, @PathVariable String orderId, @RequestBody String suppXml);
}
