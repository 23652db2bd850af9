package net.lumivox.numbering.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import net.lumivox.numbering.persistence.InventoryNumber;
import net.lumivox.numbering.persistence.NumberDao;
import net.lumivox.numbering.util.PhoneFormatter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Our own numbers API, used by the self-care portal: GET /api/numbers?areaCode=919
 */
@Path("numbers")
@Produces(MediaType.APPLICATION_JSON)
public class NumberResource {

    /** A number as the portal shows it. */
    public record NumberView(String number, String display, String status) {

        static NumberView of(InventoryNumber n) {
            String digits = String.valueOf(n.tn());
            return new NumberView("+1" + digits, PhoneFormatter.display(digits), n.status());
        }
    }

    private static final Pattern NATIONAL_NUMBER = Pattern.compile("\\d{10}");

    private final NumberDao dao;

    public NumberResource(NumberDao dao) {
        this.dao = dao;
    }

    @GET
    public List<NumberView> search(@QueryParam("areaCode") int areaCode,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        if (areaCode < 200 || areaCode > 999) {
            throw new BadRequestException("areaCode must be a three digit NANP area code");
        }
        return dao.findByNpa(areaCode).stream().limit(limit).map(NumberView::of).toList();
    }

    @GET
    @Path("active")
    public List<NumberView> active(@QueryParam("limit") @DefaultValue("100") int limit) {
        return dao.findByStatus("ACTIVE", limit).stream().map(NumberView::of).toList();
    }

    @PUT
    @Path("{number}/label")
    @Consumes(MediaType.TEXT_PLAIN)
    public void label(@PathParam("number") String number, String label) {
        String digits = PhoneFormatter.digitsOnly(number);
        if (!NATIONAL_NUMBER.matcher(digits).matches()) {
            throw new BadRequestException("Enter the number as 10 digits");
        }
        if (dao.label(digits, label) == 0) {
            throw new NotFoundException();
        }
    }
}
