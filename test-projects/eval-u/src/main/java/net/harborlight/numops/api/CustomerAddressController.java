package net.harborlight.numops.api;

import java.util.List;

import net.harborlight.numops.crm.CrmClient.CrmAddress;
import net.harborlight.numops.crm.CrmClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets the portal show which CRM addresses are linked to an E911 address.
 */
@RestController
@RequestMapping("/api/accounts/{accountId}/addresses")
public class CustomerAddressController {

    private final CrmClient crm;

    public CustomerAddressController(CrmClient crm) {
        this.crm = crm;
    }

    @GetMapping
    public List<CrmAddress> list(@PathVariable String accountId) {
        return crm.addresses(accountId);
    }

    @GetMapping("/unlinked")
    public List<CrmAddress> unlinked(@PathVariable String accountId) {
        return crm.addresses(accountId).stream().filter(a -> a.dashboardAddressId() == null).toList();
    }
}
