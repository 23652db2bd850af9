package net.korvalink.edge.dashboard;

import static net.korvalink.edge.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.korvalink.edge.config.DashboardProperties;

class NumberSearchServiceTest {

    private final DashboardHttpClient dashboard = mock(DashboardHttpClient.class);
    private NumberSearchService service;

    @BeforeEach
    void setUp() {
        DashboardProperties props = new DashboardProperties();
        props.setAccountId("9900112");
        service = new NumberSearchService(dashboard, props, new XmlMapper());
    }

    @Test
    void dropsMalformedNumbersFromTheSearchResult() {
        when(dashboard.execute(any())).thenReturn(fixture("search-result.xml"));

        List<String> numbers = service.searchByAreaCode("919", 3);

        assertThat(numbers).containsExactly("9195550160", "9195550161");
        assertThat(numbers).allSatisfy(tn -> assertThat(tn).hasSize(10));
    }

    @Test
    void groupsByAreaCode() {
        Map<String, List<String>> grouped = service.groupByAreaCode(List.of("9195550160", "9845550161"));

        assertThat(grouped).containsOnlyKeys("919", "984");
    }
}
