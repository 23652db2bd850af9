package net.tallgrasstel.backoffice.voice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.reactivex.rxjava3.core.Single;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Bandwidth voice API. After a port completes, the verification job places a test call to each
 * ported number and checks that it lands on our switch.
 */
public interface BandwidthVoiceApi {

    String BASE_URL = "https://voice.bandwidth.com/api/v2/";

    record CreateCall(String from, String to, String applicationId, String answerUrl, int callTimeout) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CallState(String callId, String state, String direction, String from, String to, String disconnectCause) {
    }

    @POST("accounts/{accountId}/calls")
    Single<CallState> call(@Path("accountId") String accountId, @Body CreateCall call);

    @GET("accounts/{accountId}/calls/{callId}")
    Single<CallState> state(@Path("accountId") String accountId, @Path("callId") String callId);

    static CreateCall verificationCall(String e164Target, String applicationId) {
        return new CreateCall("+13165550179", e164Target, applicationId,
                "https://hooks.tallgrasstel.net/voice/port-verification", 30);
    }
}
