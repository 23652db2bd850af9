package io.github.irismigrate.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class HoconReaderTest {

    private static final String CONF = """
      # Typesafe Config
      dashboard {
        base-url = "https://dashboard.bandwidth.com/api"   # production
        base-url = ${?DASHBOARD_URL}
        "account-id": 9900417
        paths {
          accounts = ${dashboard.base-url}"/accounts/"${dashboard.account-id}
        }
        area-codes = ["919", "984"]
      }
      messaging.api-base = https://messaging.bandwidth.com/api/v2
      include "secrets.conf"
      // a comment with "https://dashboard.bandwidth.com/api" in it
      jobs { poll { interval = 60s }, size = 5 }
      """;

    private static Map<String, List<String>> texts(List<HoconReader.Value> values) {
        return values.stream().collect(Collectors.groupingBy(HoconReader.Value::key, java.util.LinkedHashMap::new,
                Collectors.mapping(v -> v.pieces().stream().map(p -> p instanceof HoconReader.Text t ? t.text()
                        : "${" + (((HoconReader.Substitution) p).optional() ? "?" : "") + ((HoconReader.Substitution) p).key() + "}")
                        .collect(Collectors.joining()), Collectors.toList())));
    }

    @Test
    void nestedKeysValuesAndWhereTheyAreWritten() {
        List<HoconReader.Value> values = HoconReader.read(CONF);
        assertThat(texts(values)).containsExactly(
                Map.entry("dashboard.base-url", List.of("https://dashboard.bandwidth.com/api", "${?DASHBOARD_URL}")),
                Map.entry("dashboard.account-id", List.of("9900417")),
                Map.entry("dashboard.paths.accounts", List.of("${dashboard.base-url}/accounts/${dashboard.account-id}")),
                Map.entry("dashboard.area-codes", List.of("919", "984")),
                Map.entry("messaging.api-base", List.of("https://messaging.bandwidth.com/api/v2")),
                Map.entry("jobs.poll.interval", List.of("60s")),
                Map.entry("jobs.size", List.of("5")));
        HoconReader.Text base = values.get(0).single();
        assertThat(CONF.substring(base.offset(), base.offset() + base.text().length())).isEqualTo(base.text());
        HoconReader.Text path = (HoconReader.Text) values.get(3).pieces().get(1);
        assertThat(CONF.substring(path.offset(), path.offset() + path.text().length())).isEqualTo("/accounts/");
    }

    @Test
    void aQuotedStringWithEscapesIsLeftOut() {
        assertThat(HoconReader.read("a = \"x\\\"y\"\nb = \"ok\"\n")).extracting(HoconReader.Value::key).containsExactly("b");
    }
}
