package net.tidewatertel.numbering.dashboard.http;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

@HttpExchange(url = "/accounts/{accountId}/tnoptions", contentType = "application/xml", accept = "application/xml")
public interface TnOptionsApi {

    @PostExchange
    String create(@PathVariable String accountId, @RequestBody String tnOptionOrderXml);

    @GetExchange("/{orderId}")
    String get(@PathVariable String accountId, @PathVariable String orderId);
}
