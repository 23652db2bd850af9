package com.harborline.numbering.vendor;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Twilio fallback search, used when the Dashboard has no inventory in an area code.
 * Base URL: https://api.twilio.com/
 */
public interface TwilioAvailableNumbersApi {

    @GET("2010-04-01/Accounts/{accountSid}/AvailablePhoneNumbers/US/Local.json")
    Call<String> local(@Path("accountSid") String accountSid,
                       @Query("AreaCode") int areaCode,
                       @Query("PageSize") int pageSize);

    @GET("2010-04-01/Accounts/{accountSid}/IncomingPhoneNumbers.json")
    Call<String> owned(@Path("accountSid") String accountSid, @Query("PhoneNumber") String e164);
}
