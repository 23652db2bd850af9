package net.pinecrest.numbertool.dashboard;

import net.pinecrest.numbertool.dashboard.xml.ImportTnOrder;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Hosted messaging ("import TN") orders, sent without the SDK so that we control the payload.
 */
public interface ImportOrdersApi {

    @POST("accounts/{accountId}/importTnOrders")
    Call<ResponseBody> create(@Path("accountId") String accountId, @Body ImportTnOrder order);

    @GET("accounts/{accountId}/importTnOrders/{orderId}")
    Call<ResponseBody> get(@Path("accountId") String accountId, @Path("orderId") String orderId);

    @GET("accounts/{accountId}/importTnOrders/{orderId}/history")
    Call<ResponseBody> history(@Path("accountId") String accountId, @Path("orderId") String orderId);

    @GET("accounts/{accountId}/importTnOrders")
    Call<ResponseBody> list(@Path("accountId") String accountId, @Query("status") String status);

    @POST("accounts/{accountId}/removeImportedTnOrders")
    Call<ResponseBody> remove(@Path("accountId") String accountId, @Body String removeImportedTnOrderXml);

    /** Voice-only imports go to their own route (added for the SIP trunking customers). */
    @POST("accounts/{accountId}/importTnOrders/voice")
    Call<ResponseBody> createVoice(@Path("accountId") String accountId, @Body ImportTnOrder order);

    @POST("accounts/{accountId}/importTnChecker")
    Call<ResponseBody> check(@Path("accountId") String accountId, @Body String importTnCheckerPayloadXml);
}
