package net.tallgrasstel.backoffice.peregrine;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Peregrine Numbers, our secondary number supplier for rate centers Bandwidth does not cover.
 * JSON API, base https://api.peregrinenumbers.com/.
 */
public interface PeregrineNumbersApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PeregrineNumber(String number, int areaCode, String exchange, String rateCenter, String region) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PeregrineAddress(String id, String line1, String city, String state, String postalCode) {
    }

    record Reservation(String number, int holdMinutes) {
    }

    @GET("v1/accounts/{accountId}/availableNumbers")
    Single<List<PeregrineNumber>> search(@Path("accountId") String accountId,
                                         @Query("areaCode") String areaCode,
                                         @Query("limit") int limit);

    @POST("v1/accounts/{accountId}/reservations")
    Single<Reservation> reserve(@Path("accountId") String accountId, @Body Reservation reservation);

    @GET("v1/accounts/{accountId}/tns/{tn}")
    Single<PeregrineNumber> number(@Path("accountId") String accountId, @Path("tn") String tn);

    @DELETE("v1/accounts/{accountId}/tns/{tn}")
    Completable release(@Path("accountId") String accountId, @Path("tn") String tn);

    @GET("v1/accounts/{accountId}/addresses")
    Single<List<PeregrineAddress>> addresses(@Path("accountId") String accountId);

    @POST("v1/accounts/{accountId}/addresses")
    Single<PeregrineAddress> addAddress(@Path("accountId") String accountId, @Body PeregrineAddress address);
}
