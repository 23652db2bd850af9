package net.harborlight.numops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import net.harborlight.numops.support.Fixtures;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private final TemplateRenderer renderer = new TemplateRenderer();

    @Test
    void importOrderMatchesTheRecordedRequest() {
        String xml = renderer.render("import-tn-order.ftl", Map.of(
                "customerOrderId", "hm-4411",
                "siteId", "38127",
                "sipPeerId", "571092",
                "tns", List.of("2525550147", "2525550148")));

        assertThat(normalize(xml)).isEqualTo(normalize(Fixtures.read("expected-import-order.xml")));
    }

    @Test
    void sipPeerTemplateLeavesSmsOutWhenNotRequested() {
        String xml = renderer.render("sippeer-tn.ftl", Map.of("tn", "+19195550142", "callForward", "+19195550143"));

        assertThat(xml).doesNotContain("MessagingSettings").contains("<CallForward>+19195550143</CallForward>");
    }

    @Test
    void reportInstanceTemplate() {
        String xml = renderer.render("report-instance.ftl", Map.of(
                "accountId", "9900123", "outputFormat", "csv", "asOf", "2024-05-01", "expiresAt", "2024-05-04"));

        assertThat(xml).contains("<Value>9900123</Value>").contains("<OutputFormat>csv</OutputFormat>");
    }

    private static String normalize(String xml) {
        return xml.replaceAll("(?s)<!--.*?-->", "").replaceAll(">\\s+<", "><").trim();
    }
}
