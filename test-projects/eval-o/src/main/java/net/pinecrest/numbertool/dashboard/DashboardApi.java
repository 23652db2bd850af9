package net.pinecrest.numbertool.dashboard;

import net.pinecrest.numbertool.dashboard.xml.ExternalTnsOrder;
import net.pinecrest.numbertool.dashboard.xml.InserviceNumbersXml;
import net.pinecrest.numbertool.dashboard.xml.NpaNxxEntry;
import net.pinecrest.numbertool.dashboard.xml.ReportInstance;
import net.pinecrest.numbertool.dashboard.xml.SearchResultXml;
import net.pinecrest.numbertool.dashboard.xml.SipPeerTnUpdate;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;
import retrofit2.http.Streaming;

import java.util.Map;

/**
 * Retrofit view of the Dashboard numbers API. Paths are relative to the configured base URL
 * ({@code dashboard.base-url}), so that {@link #searchAvailable} ends up at e.g.
 * {@code https://dashboard.bandwidth.com/api/accounts/9900217/availableNumbers?areaCode=804}.
 */
public interface DashboardApi {

    @GET("accounts/{accountId}/availableNumbers")
    Call<SearchResultXml> searchAvailable(@Path("accountId") String accountId,
                                          @Query("areaCode") String areaCode,
                                          @Query("quantity") int quantity);

    /** Same search restricted to one country; used by the Puerto Rico expansion pilot. */
    @GET("accounts/{accountId}/availableNumbers")
    Call<SearchResultXml> searchAvailableInCountry(@Path("accountId") String accountId,
                                                   @Query("countryCodeA3") String countryCodeA3,
                                                   @Query("areaCode") String areaCode,
                                                   @Query("quantity") int quantity);

    @GET("accounts/{accountId}/inserviceNumbers")
    Call<InserviceNumbersXml> inservice(@Path("accountId") String accountId,
                                        @Query("areacode") String areaCode,
                                        @Query("page") int page,
                                        @Query("size") int size);

    @GET("accounts/{accountId}/availableNpaNxx")
    Call<NpaNxxEntry.Result> availableNpaNxx(@Path("accountId") String accountId,
                                             @QueryMap Map<String, String> filters);

    @POST("accounts/{accountId}/externalTns")
    Call<ResponseBody> createExternalTns(@Path("accountId") String accountId, @Body ExternalTnsOrder order);

    @GET("accounts/{accountId}/externalTns/{orderId}")
    Call<ResponseBody> externalTnsOrder(@Path("accountId") String accountId, @Path("orderId") String orderId);

    @PUT("accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}")
    Call<ResponseBody> updateSipPeerTn(@Path("accountId") String accountId,
                                       @Path("siteId") String siteId,
                                       @Path("sipPeerId") String sipPeerId,
                                       @Path("tn") String tn,
                                       @Body SipPeerTnUpdate body);

    @POST("accounts/{accountId}/reports/{reportId}/instances")
    Call<ResponseBody> createReportInstance(@Path("accountId") String accountId,
                                            @Path("reportId") String reportId,
                                            @Body ReportInstance instance);

    @Streaming
    @GET("accounts/{accountId}/reports/{reportId}/instances/{instanceId}/file")
    Call<ResponseBody> downloadReport(@Path("accountId") String accountId,
                                      @Path("reportId") String reportId,
                                      @Path("instanceId") String instanceId);
}
