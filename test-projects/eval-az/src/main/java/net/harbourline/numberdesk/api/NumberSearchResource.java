package net.harbourline.numberdesk.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import net.harbourline.numberdesk.service.NumberOrderService;
import net.harbourline.numberdesk.util.PhoneFormatter;

import java.util.List;

/** Our own number search API for the sales portal (version 1 of our API, not Bandwidth's). */
@Path("/v1/numbers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NumberSearchResource {

    /** Body of POST /api/v1/numbers/search, sent by the sales portal. */
    public record NumberSearchRequest(
            @JsonbProperty("areaCode") int areaCode,
            @JsonbProperty("quantity") int quantity,
            @JsonbProperty("customerAccount") String customerAccount) {
    }

    /** A number as our own API shows it to the sales portal. */
    public record NumberView(
            @JsonbProperty("number") String number,
            @JsonbProperty("display") String display,
            @JsonbProperty("areaCode") String areaCode,
            @JsonbProperty("status") String status) {
    }

    @EJB
    NumberOrderService orders;

    @GET
    @Path("/available")
    public List<NumberView> available(@QueryParam("areaCode") String areaCode,
                                      @QueryParam("quantity") @DefaultValue("10") int quantity) throws Exception {
        if (areaCode == null || !areaCode.matches("[2-9][0-8][0-9]")) {
            throw new BadRequestException("areaCode must be a 3-digit NANP area code");
        }
        return orders.search(areaCode, Math.min(quantity, 50)).stream()
                .map(tn -> new NumberView(tn, PhoneFormatter.display(tn), areaCode, "AVAILABLE"))
                .toList();
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<NumberView> search(NumberSearchRequest request) throws Exception {
        if (request.areaCode() < 200 || request.areaCode() > 999) {
            throw new BadRequestException("invalid areaCode " + request.areaCode());
        }
        return available(String.valueOf(request.areaCode()), request.quantity());
    }
}
