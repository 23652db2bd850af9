package net.kestrelcable.provisioning.dashboard;

import net.kestrelcable.provisioning.dashboard.xml.ImportTnOrderPayload;
import net.kestrelcable.provisioning.dashboard.xml.ImportTnOrderResponsePayload;
import net.kestrelcable.provisioning.dashboard.xml.RemoveImportedTnOrderPayload;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Hosted messaging import orders. The client's base URL already ends in {@code /accounts/{accountId}}.
 */
@HttpExchange(contentType = "application/xml", accept = "application/xml")
public interface ImportOrdersApi {

    @PostExchange("/importTnOrders")
    ImportTnOrderResponsePayload create(@RequestBody ImportTnOrderPayload order);

    @GetExchange("/importTnOrders/{orderId}")
    ImportTnOrderResponsePayload get(@PathVariable String orderId);

    @GetExchange("/importTnOrders/{orderId}/history")
    ImportTnOrderResponsePayload.History history(@PathVariable String orderId);

    @GetExchange("/importTnOrders")
    String listRaw(@RequestParam("status") String status, @RequestParam("createdDateFrom") String createdDateFrom);

    @PostExchange("/removeImportedTnOrders")
    ImportTnOrderResponsePayload remove(@RequestBody RemoveImportedTnOrderPayload order);

    @PostExchange("/importTnChecker")
    ImportTnOrderResponsePayload.CheckerResult check(@RequestBody ImportTnOrderPayload.CheckerRequest request);
}
