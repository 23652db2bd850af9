package com.tallgrassvoice.portwell.dashboard.rest;

import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

@Path("/accounts/{accountId}")
@Produces(MediaType.APPLICATION_XML)
public interface InventoryApi {

    @GET
    @Path("/inserviceNumbers")
    TnListResponse inService(@PathParam("accountId") String accountId,
                             @QueryParam("areacode") String areaCode,
                             @QueryParam("page") String page,
                             @QueryParam("size") int size);

    @GET
    @Path("/availableNumbers")
    TnListResponse available(@PathParam("accountId") String accountId,
                             @QueryParam("areaCode") String areaCode,
                             @QueryParam("quantity") int quantity);

    @GET
    @Path("/availableNumbers")
    TnListResponse availableInCountry(@PathParam("accountId") String accountId,
                                      @QueryParam("countryCodeA3") String countryCodeA3,
                                      @QueryParam("areaCode") String areaCode,
                                      @QueryParam("quantity") int quantity);

    @GET
    @Path("/availableNumbers")
    TnListResponse availableInZip(@PathParam("accountId") String accountId,
                                  @QueryParam("zip") String zip,
                                  @QueryParam("quantity") int quantity);

    @GET
    @Path("/addresses/{addressId}")
    String e911Address(@PathParam("accountId") String accountId, @PathParam("addressId") String addressId);

    @POST
    @Path("/removeImportedTnOrders")
    @Consumes(MediaType.APPLICATION_XML)
    Response removeImported(@PathParam("accountId") String accountId, String removeImportedTnOrderXml);

    @GET
    @Path("/externalTns/{orderId}")
    String externalTnsOrder(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);

    @GET
    @Path("/orders/{orderId}")
    OrderSummaryXml order(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);

    @GET
    @Path("/portins/{orderId}")
    String portIn(@PathParam("accountId") String accountId, @PathParam("orderId") String orderId);

    /** Number lists returned by inserviceNumbers and availableNumbers. */
    @XmlRootElement(name = "SearchResult")
    @XmlAccessorType(XmlAccessType.FIELD)
    class TnListResponse {

        @XmlElement(name = "ResultCount")
        private int resultCount;

        @XmlElementWrapper(name = "TelephoneNumberList")
        @XmlElement(name = "TelephoneNumber")
        private List<Long> telephoneNumbers = new ArrayList<>();

        public int getResultCount() {
            return resultCount;
        }

        public List<Long> getTelephoneNumbers() {
            return telephoneNumbers;
        }
    }

    /** The parts of an order response the portal shows. */
    @XmlRootElement(name = "OrderResponse")
    @XmlAccessorType(XmlAccessType.FIELD)
    class OrderSummaryXml {

        @XmlElement(name = "OrderStatus")
        private String orderStatus;

        @XmlElement(name = "CompletedQuantity")
        private int completedQuantity;

        @XmlElement(name = "AreaCode")
        private Integer areaCode;

        @XmlElement(name = "CustomerOrderId")
        private String customerOrderId;

        public String getOrderStatus() {
            return orderStatus;
        }

        public int getCompletedQuantity() {
            return completedQuantity;
        }

        public Integer getAreaCode() {
            return areaCode;
        }

        public String getCustomerOrderId() {
            return customerOrderId;
        }
    }
}
