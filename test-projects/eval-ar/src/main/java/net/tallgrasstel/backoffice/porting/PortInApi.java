package net.tallgrasstel.backoffice.porting;

import io.reactivex.rxjava3.core.Single;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Port-in orders and the portability checker. Bodies are raw XML built in {@link PortInService}. */
public interface PortInApi {

    @Headers("Content-Type: application/xml")
    @POST("accounts/{accountId}/lnpchecker")
    Single<ResponseBody> check(@Path("accountId") String accountId,
                               @Query("fullCheck") boolean fullCheck,
                               @Body RequestBody numberPortabilityRequest);

    @Headers("Content-Type: application/xml")
    @POST("accounts/{accountId}/portins")
    Single<ResponseBody> create(@Path("accountId") String accountId, @Body RequestBody lnpOrder);

    // Status is polled from the ops console, which has no base URL of its own.
    @GET("https://dashboard.bandwidth.com/api/accounts/{accountId}/portins/{orderId}")
    Single<ResponseBody> status(@Path("accountId") String accountId, @Path("orderId") String orderId);

    @GET("accounts/{accountId}/portins/{orderId}/history")
    Single<ResponseBody> history(@Path("accountId") String accountId, @Path("orderId") String orderId);
}
