package io.kestrelvoice.numbering.provisioning.web;

import java.util.List;
import java.util.Map;

import io.kestrelvoice.numbering.provisioning.service.HostedMessagingService;
import io.kestrelvoice.numbering.provisioning.service.RoutingService;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/hosted-messaging")
public class HostedMessagingController {

    public record HostedImportRequest(String customerOrderId, String businessName, List<String> telephoneNumbers) {
    }

    private final HostedMessagingService service;
    private final RoutingService routing;

    public HostedMessagingController(HostedMessagingService service, RoutingService routing) {
        this.service = service;
        this.routing = routing;
    }

    @PostMapping("/imports")
    public Map<String, String> importNumbers(@RequestBody HostedImportRequest request) throws Exception {
        String orderId = service.importNumbers(request.customerOrderId(), request.businessName(), request.telephoneNumbers());
        return Map.of("orderId", orderId);
    }

    @GetMapping("/imports/{orderId}")
    public Map<String, String> importStatus(@PathVariable String orderId) throws Exception {
        return Map.of("orderId", orderId, "status", service.importStatus(orderId));
    }

    @DeleteMapping("/imports")
    public Map<String, String> remove(@RequestParam String customerOrderId, @RequestParam List<String> tn) throws Exception {
        String orderId = service.remove(customerOrderId, tn);
        return Map.of("orderId", orderId);
    }

    @PostMapping("/sms")
    public Map<String, String> sms(@RequestParam List<String> tn, @RequestParam boolean enabled) throws Exception {
        return Map.of("orderId", routing.setSms(tn, enabled));
    }
}
