package com.harborline.numbering.web;

import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.dto.HostedNumberRequest;
import com.harborline.numbering.dto.ImportOrderRequest;
import com.harborline.numbering.service.HostedMessagingService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Harborline API: tenants ask for SMS on numbers they keep with their carrier.
 */
@Path("/api/hosted-numbers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class HostedNumberResource {

    @Inject
    HostedMessagingService hostedMessaging;

    @Inject
    DashboardSettings settings;

    @POST
    public Response request(HostedNumberRequest body) throws Exception {
        ImportOrderRequest order = ImportOrderRequest.builder()
                .customerOrderId("HL-" + body.getTenantId() + "-" + System.currentTimeMillis())
                .siteId(Integer.parseInt(settings.siteId()))
                .sipPeerId(Integer.parseInt(settings.sipPeerId()))
                .subscriberName(body.getBusinessName())
                .loaAuthorizingPerson(body.getLoaSignedBy())
                .telephoneNumbers(body.getNumbers())
                .build();
        String orderId = hostedMessaging.importNumbers(order);
        return Response.accepted().entity("{\"orderId\":\"" + orderId + "\"}").build();
    }
}
