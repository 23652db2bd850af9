package net.tallgrasstel.backoffice.internal;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Our own back-office REST service (customers, lines, porting requests), base {@code Hosts.BACKOFFICE}. */
public interface BackofficeApi {

    @GET("api/customers/{customerId}")
    Single<CustomerRecord> customer(@Path("customerId") String customerId);

    @GET("api/customers/{customerId}/addresses")
    Single<List<CustomerRecord.ServiceLocation>> addresses(@Path("customerId") String customerId);

    @PUT("api/customers/{customerId}/addresses/{locationId}")
    Completable updateAddress(@Path("customerId") String customerId, @Path("locationId") String locationId,
                              @Body CustomerRecord.ServiceLocation location);

    @GET("api/accounts/{accountNumber}/lines")
    Single<List<CustomerRecord.Line>> lines(@Path("accountNumber") String accountNumber);

    /** Lines we have in stock for a given area code, for the sales quoting tool. */
    @GET("api/numbers/stock")
    Single<List<String>> stock(@Query("areaCode") String areaCode, @Query("limit") int limit);

    @POST("api/porting/requests")
    Single<String> openPortRequest(@Body CustomerRecord.PortRequest request);

    @GET("api/porting/requests/{requestId}/importTnOrders")
    Single<List<String>> carrierImports(@Path("requestId") String requestId);
}
