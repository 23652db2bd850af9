package net.northvale.voice.provisioning.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import net.northvale.voice.provisioning.api.dto.NumberAssignment;
import net.northvale.voice.provisioning.persistence.PhoneNumberEntity;
import net.northvale.voice.provisioning.persistence.PhoneNumberRepository;
import net.northvale.voice.provisioning.service.NumberFormats;
import net.northvale.voice.provisioning.service.ProvisioningService;

import java.util.List;

/** {@code /api/numbers}: line activation for the self-care portal. */
@Path("/numbers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NumberResource {

    @Inject
    ProvisioningService provisioning;

    @Inject
    PhoneNumberRepository numbers;

    @GET
    public List<NumberAssignment> byBillingAccount(@QueryParam("billingAccount") String billingAccount) {
        if (!NumberFormats.isBillingAccount(billingAccount)) {
            throw new BadRequestException("billingAccount must be 10 digits");
        }
        return numbers.byBillingAccount(billingAccount).stream().map(NumberResource::view).toList();
    }

    @POST
    @Path("/activate")
    public NumberAssignment activate(@QueryParam("billingAccount") String billingAccount,
                                     @QueryParam("areaCode") String areaCode) throws Exception {
        if (areaCode == null || !areaCode.matches("[2-9]\\d\\d")) {
            throw new BadRequestException("areaCode must be a 3-digit NANP area code");
        }
        return provisioning.activate(billingAccount, areaCode);
    }

    @GET
    @Path("/capacity")
    public int capacity(@QueryParam("areaCode") String areaCode) {
        return provisioning.activeLines(areaCode);
    }

    @GET
    @Path("/{tn}")
    public NumberAssignment one(@PathParam("tn") String tn) {
        String national = NumberFormats.toNational(tn);
        return numbers.findByTn(national).map(NumberResource::view)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("unknown number " + tn));
    }

    private static NumberAssignment view(PhoneNumberEntity e) {
        return new NumberAssignment(e.getTn(), String.valueOf(e.getAreaCode()), e.getBillingAccount(), e.getStatus().name());
    }
}
