package com.cobaltline.numbering.rest;

import java.util.List;
import java.util.Optional;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import com.cobaltline.numbering.sdk.NumberOrderingService;

/**
 * Our own provisioning API, used by the self-care portal and the sales tools.
 * Base address: https://provisioning.cobaltline.com/cxf
 */
@Path("/api/accounts/{accountId}")
@Produces(MediaType.APPLICATION_JSON)
public class ProvisioningResource {

    /** Read access to the CRM, provided by the crm-adapter bundle. */
    public interface CustomerDirectory {

        List<CustomerSite> sites(String customerAccountId);

        Optional<CustomerSite> site(String customerAccountId, String siteId);
    }

    private final CustomerDirectory directory;
    private final NumberOrderingService ordering;

    public ProvisioningResource(CustomerDirectory directory, NumberOrderingService ordering) {
        this.directory = directory;
        this.ordering = ordering;
    }

    @GET
    @Path("/addresses")
    public List<CustomerSite> addresses(@PathParam("accountId") String accountId) {
        return directory.sites(accountId);
    }

    @GET
    @Path("/addresses/{siteId}")
    public CustomerSite address(@PathParam("accountId") String accountId, @PathParam("siteId") String siteId) {
        return directory.site(accountId, siteId).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/numbers/search")
    public List<String> search(@PathParam("accountId") String accountId,
                               @QueryParam("areaCode") String areaCode,
                               @QueryParam("quantity") @DefaultValue("10") int quantity) throws Exception {
        if (areaCode == null || areaCode.isBlank()) {
            areaCode = directory.sites(accountId).stream()
                    .findFirst()
                    .map(site -> String.valueOf(site.getAreaCode()))
                    .orElse("919");
        }
        return ordering.findNumbers(areaCode, Math.min(quantity, 50));
    }

    @POST
    @Path("/numbers/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public String order(@PathParam("accountId") String accountId, List<String> telephoneNumbers) throws Exception {
        return ordering.order(telephoneNumbers, "CL-" + accountId + "-" + System.currentTimeMillis())
                .getOrder().getid();
    }
}
