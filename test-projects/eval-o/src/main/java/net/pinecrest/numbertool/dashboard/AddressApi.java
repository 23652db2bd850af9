package net.pinecrest.numbertool.dashboard;

import net.pinecrest.numbertool.dashboard.xml.E911Address;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** E911 service addresses registered on the account (used by the 911 audit). */
public interface AddressApi {

    @GET("accounts/{accountId}/addresses")
    Call<E911Address.Page> list(@Path("accountId") String accountId,
                                @Query("page") int page,
                                @Query("size") int size);

    @GET("accounts/{accountId}/addresses/{addressId}")
    Call<E911Address> get(@Path("accountId") String accountId, @Path("addressId") String addressId);
}
