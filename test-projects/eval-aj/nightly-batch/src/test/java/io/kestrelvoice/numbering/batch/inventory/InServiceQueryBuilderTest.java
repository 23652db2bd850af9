package io.kestrelvoice.numbering.batch.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class InServiceQueryBuilderTest {

    @Test
    void repeatsAreaCodeParameter() {
        assertThat(InServiceQueryBuilder.query(List.of("919", "984"), 500))
                .isEqualTo("?size=500&areaCode=919&areaCode=984");
    }

    @Test
    void noAreaCodesMeansWholeAccount() {
        assertThat(InServiceQueryBuilder.query(List.of(), 2147483647)).isEqualTo("?size=2147483647");
    }
}
