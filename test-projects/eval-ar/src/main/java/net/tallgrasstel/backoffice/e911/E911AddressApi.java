package net.tallgrasstel.backoffice.e911;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Single;
import net.tallgrasstel.backoffice.e911.model.E911Address;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * Dashboard E911 address book (Simple XML).
 *
 * <p>GET /accounts/{accountId}/addresses is paged; each page carries a "next" link.
 */
public interface E911AddressApi {

    @GET("accounts/{accountId}/addresses")
    Single<E911Address.Page> list(@Path("accountId") String accountId,
                                  @Query("page") int page,
                                  @Query("size") int size);

    @GET("accounts/{accountId}/addresses/{addressId}")
    Single<E911Address> get(@Path("accountId") String accountId,
                            @Path("addressId") String addressId);

    @POST("accounts/{accountId}/addresses")
    Completable create(@Path("accountId") String accountId, @Body E911Address address);

    @PUT("accounts/{accountId}/addresses/{addressId}")
    Completable update(@Path("accountId") String accountId,
                       @Path("addressId") String addressId,
                       @Body E911Address address);

    // Deletes were switched over when the cleanup job was rewritten last spring.
    @DELETE("accounts/{accountId}/e911Addresses/{addressId}")
    Completable delete(@Path("accountId") String accountId,
                       @Path("addressId") String addressId);

    /** Follows the "next" link the Dashboard returns with each page. */
    @GET
    Single<E911Address.Page> page(@Url String nextPageUrl);
}
