package net.tallgrasstel.backoffice.e911;

import io.reactivex.rxjava3.core.Single;
import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Beacon911 address validation (MSAG check) - we validate every address there before it is
 * provisioned for 911 with the carrier. JSON API, base {@code https://api.beacon911.io/}.
 */
public interface Beacon911Api {

    record AddressCandidate(String houseNumber, String street, String city, String state, String zip) {
    }

    record ValidationResult(boolean valid, String msagStatus, List<AddressCandidate> suggestions, String psapId) {
    }

    @POST("v1/accounts/{accountId}/addresses/validate")
    Single<ValidationResult> validate(@Path("accountId") String accountId, @Body AddressCandidate candidate);

    @GET("v1/accounts/{accountId}/addresses/{addressId}")
    Single<AddressCandidate> stored(@Path("accountId") String accountId, @Path("addressId") String addressId);
}
