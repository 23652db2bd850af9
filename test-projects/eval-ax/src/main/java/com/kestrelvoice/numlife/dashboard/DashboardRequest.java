package com.kestrelvoice.numlife.dashboard;

import java.net.URI;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.NonNull;
import lombok.Singular;
import lombok.Value;
import org.springframework.web.util.UriBuilder;

/**
 * A request against the Dashboard: the account, the resource segments under it and the query.
 * Built by the services and turned into a URI by {@link #toUri(UriBuilder)} inside the
 * RestClient's {@code uri(...)} lambda.
 */
@Value
@Builder(toBuilder = true)
public class DashboardRequest {

    @NonNull
    String accountId;

    @Singular
    List<String> segments;

    @Singular("query")
    Map<String, Object> query;

    public URI toUri(UriBuilder uriBuilder) {
        UriBuilder builder = uriBuilder.pathSegment("accounts", accountId);
        segments.forEach(builder::pathSegment);
        query.forEach((name, value) -> builder.queryParam(name, value));
        return builder.build();
    }

    public String describe() {
        return String.join("/", segments) + (query.isEmpty() ? "" : " " + query);
    }
}
