package net.kestreltel.portdesk.dashboard;

import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import net.kestreltel.portdesk.dashboard.model.InventoryXml.InserviceNumbers;
import net.kestreltel.portdesk.dashboard.model.InventoryXml.NpaNxxSearch;
import net.kestreltel.portdesk.dashboard.model.InventoryXml.SearchResult;
import net.kestreltel.portdesk.dashboard.model.InventoryXml.TnDetails;

import java.util.Map;

/** Inventory and search calls used by the porting desk UI and the nightly reconciliation. */
public interface InventoryApi {

    @RequestLine("GET /accounts/{accountId}/inserviceNumbers?areaCode={areaCode}&page={page}&size=500")
    InserviceNumbers inserviceByAreaCode(@Param("accountId") String accountId, @Param("areaCode") String areaCode,
                                            @Param("page") int page);

    @RequestLine("GET /accounts/{accountId}/sites/{siteId}/inserviceNumbers?areacode={areaCode}")
    InserviceNumbers siteInservice(@Param("accountId") String accountId, @Param("siteId") String siteId,
                                      @Param("areaCode") String areaCode);

    @RequestLine("GET /accounts/{accountId}/availableNumbers?areaCode={areaCode}&quantity={quantity}&enableTNDetail=true")
    SearchResult available(@Param("accountId") String accountId, @Param("areaCode") String areaCode,
                              @Param("quantity") int quantity);

    @RequestLine("GET /accounts/{accountId}/availableNpaNxx?countryCodeA3={country}&areaCode={areaCode}")
    NpaNxxSearch npaNxx(@Param("accountId") String accountId, @Param("country") String country,
                           @Param("areaCode") String areaCode);

    @RequestLine("GET /accounts/{accountId}/availableNumbers?zip={zip}&quantity={quantity}")
    SearchResult availableByZip(@Param("accountId") String accountId, @Param("zip") String zip,
                                   @Param("quantity") int quantity);

    /** Free-form search; callers pass the filters they need. */
    @RequestLine("GET /accounts/{accountId}/availableNumbers")
    SearchResult search(@Param("accountId") String accountId, @QueryMap Map<String, Object> filters);

    @RequestLine("GET /tns/{tn}/tndetails")
    TnDetails details(@Param("tn") String tn);
}
