package com.harborline.numbering.dashboard.retrofit;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * Retrofit view of the Dashboard used by the batch jobs (they run outside the
 * request scope, so the MicroProfile clients are not available there).
 * Relative paths resolve against the base URL given to {@link DashboardRetrofitFactory}.
 */
public interface DashboardRetrofitApi {

    @GET("accounts/{accountId}/availableNumbers")
    Call<String> searchByAreaCode(@Path("accountId") String accountId,
                                  @Query("areaCode") String areaCode,
                                  @Query("quantity") int quantity);

    @GET("accounts/{accountId}/inserviceNumbers")
    Call<String> inserviceNumbers(@Path("accountId") String accountId,
                                  @Query("areacode") String areaCode,
                                  @Query("page") String page,
                                  @Query("size") int size);

    @GET("accounts/{accountId}/inserviceNumbers/totals")
    Call<String> inserviceTotals(@Path("accountId") String accountId);

    @GET("accounts/{accountId}/addresses")
    Call<String> e911Addresses(@Path("accountId") String accountId,
                               @Query("page") int page);

    @Headers("Content-Type: application/xml")
    @POST("accounts/{accountId}/removeImportedTnOrders")
    Call<String> removeImportedTns(@Path("accountId") String accountId, @Body RequestBody removeImportedTnOrderXml);

    @GET("accounts/{accountId}/externalTns")
    Call<String> externalTns(@Path("accountId") String accountId);

    @GET("accounts/{accountId}/importTnOrders/messaging/{orderId}")
    Call<String> messagingImportOrder(@Path("accountId") String accountId, @Path("orderId") String orderId);

    @Headers("Content-Type: application/xml")
    @POST("accounts/{accountId}/tnoptions")
    Call<String> createTnOptionOrder(@Path("accountId") String accountId, @Body RequestBody tnOptionOrderXml);

    /** Report files are served from a location returned in the instance resource. */
    @GET
    Call<ResponseBody> download(@Url String absoluteUrl);
}
