package com.harborline.numbering.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import lombok.Builder;
import lombok.Value;

/**
 * Body of POST /users/{accountId}/messages on the Messaging API.
 */
@Value
@Builder
public class MessageRequest {
    @JsonProperty("applicationId")
    String applicationId;
    @JsonProperty("from")
    String from;
    @JsonProperty("to")
    List<String> to;
    @JsonProperty("text")
    String text;
    @JsonProperty("tag")
    String tag;
}
