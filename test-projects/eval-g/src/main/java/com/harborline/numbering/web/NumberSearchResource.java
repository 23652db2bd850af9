package com.harborline.numbering.web;

import com.harborline.numbering.dto.AvailableNumbersQuery;
import com.harborline.numbering.dto.NumberSearchRequest;
import com.harborline.numbering.dto.NumberSearchResult;
import com.harborline.numbering.service.NumberSearchService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Harborline public API: number search for tenants.
 * GET https://api.harborline.io/api/v1/numbers/available?areaCode=919&quantity=5
 */
@Path("/api/v1/numbers")
@Produces(MediaType.APPLICATION_JSON)
public class NumberSearchResource {

    @Inject
    NumberSearchService searchService;

    @GET
    @Path("/available")
    public NumberSearchResult available(@QueryParam("areaCode") String areaCode,
                                        @QueryParam("quantity") @DefaultValue("5") int quantity) throws Exception {
        return searchService.search(AvailableNumbersQuery.builder()
                .areaCode(areaCode)
                .quantity(Math.min(quantity, 50))
                .build());
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public NumberSearchResult search(NumberSearchRequest request) throws Exception {
        return searchService.search(AvailableNumbersQuery.builder()
                .areaCode(request.areaCode())
                .quantity(request.quantity())
                .build());
    }
}
