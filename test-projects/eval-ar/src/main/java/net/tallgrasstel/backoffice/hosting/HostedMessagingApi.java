package net.tallgrasstel.backoffice.hosting;

import io.reactivex.rxjava3.core.Single;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Hosted messaging: SMS on numbers whose voice service stays with another carrier.
 */
public interface HostedMessagingApi {

    @Headers("Content-Type: application/xml")
    @POST("accounts/{accountId}/importTnOrders")
    Single<ResponseBody> importTns(@Path("accountId") String accountId, @Body RequestBody importTnOrder);

    @GET("accounts/{accountId}/importTnOrders/{orderId}")
    Single<ResponseBody> importOrder(@Path("accountId") String accountId, @Path("orderId") String orderId);

    @GET("accounts/{accountId}/importTnOrders/{orderId}/history")
    Single<ResponseBody> importHistory(@Path("accountId") String accountId, @Path("orderId") String orderId);

    @Headers("Content-Type: application/xml")
    @POST("accounts/{accountId}/removeImportedTnOrders")
    Single<ResponseBody> removeImported(@Path("accountId") String accountId, @Body RequestBody removeOrder);

    @GET("accounts/{accountId}/removeImportedTnOrders/{orderId}")
    Single<ResponseBody> removal(@Path("accountId") String accountId, @Path("orderId") String orderId);

    /** Voice-only imports for the Salina hospital trunk (no messaging on those numbers). */
    @Headers("Content-Type: application/xml")
    @POST("accounts/{accountId}/importTnOrders/voice")
    Single<ResponseBody> importVoiceTns(@Path("accountId") String accountId, @Body RequestBody importTnOrder);

    @Headers("Content-Type: application/xml")
    @POST("accounts/{accountId}/importTnChecker")
    Single<ResponseBody> check(@Path("accountId") String accountId, @Body RequestBody payload);

    @Headers("Content-Type: application/xml")
    @POST("accounts/{accountId}/externalTns")
    Single<ResponseBody> externalTns(@Path("accountId") String accountId, @Body RequestBody externalTnsOrder);

    @GET("accounts/{accountId}/externalTns/{orderId}")
    Single<ResponseBody> externalTnsOrder(@Path("accountId") String accountId, @Path("orderId") String orderId,
                                          @Query("includeErrors") boolean includeErrors);
}
