package com.kestrelvoice.numlife.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

class DashboardRequestTest {

    @Test
    void areaCodeBecomesAQueryParameter() {
        NumberSearchRequest request = NumberSearchRequest.builder().areaCode("919").quantity(5).build();

        assertThat(request.toQuery()).containsEntry("areaCode", "919").containsEntry("quantity", 5);
    }

    @Test
    void segmentsAndQueryBecomeTheUri() {
        DashboardRequest request = DashboardRequest.builder()
                .accountId("9900123")
                .segment("inserviceNumbers")
                .query("areacode", "984")
                .build();

        URI uri = request.toUri(UriComponentsBuilder.fromUriString("https://dashboard.bandwidth.com/api"));

        assertThat(uri.toString()).isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900123/inserviceNumbers?areacode=984");
    }

    @Test
    void inserviceQueryPages() {
        InserviceQuery query = InserviceQuery.builder().npaNxx("919424").size(100).build();

        assertThat(query.nextPage().toQueryString()).isEqualTo("npaNxx=919424&page=2&size=100");
    }
}
