package net.tallgrasstel.backoffice.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Bandwidth messaging API (JSON), base {@link #BASE_URL}. */
public interface BandwidthMessagingApi {

    String BASE_URL = "https://messaging.bandwidth.com/api/v2/";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MessageRequest(String applicationId, List<String> to, String from, String text, String tag) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageResponse(String id, String owner, String time, String direction, List<String> to, String from) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageList(int totalCount, List<MessageResponse> messages) {
    }

    @POST("users/{accountId}/messages")
    Single<MessageResponse> send(@Path("accountId") String accountId, @Body MessageRequest request);

    @GET("users/{accountId}/messages")
    Single<MessageList> list(@Path("accountId") String accountId,
                             @Query("sourceTn") String sourceTn,
                             @Query("messageStatus") String status);
}
