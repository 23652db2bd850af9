package io.github.irismigrate.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KotlinTextTest {
    @Test
    void readsTheEscapesOfAKotlinStringAsTheTextTheyStandFor() {
        assertThat(KotlinText.unescape("\\${iris.url:https://dashboard.bandwidth.com/api}"))
                .isEqualTo("${iris.url:https://dashboard.bandwidth.com/api}");
        assertThat(KotlinText.unescape("{\\\"tn\\\":\\\"9195551234\\\"}\\n")).isEqualTo("{\"tn\":\"9195551234\"}\n");
        assertThat(KotlinText.unescape("caf\\u00e9 \\\\ \\t")).isEqualTo("café \\ \t");
    }

    @Test
    void leavesWhatIsNotAnEscapeAsWritten() {
        assertThat(KotlinText.unescape("https://dashboard.bandwidth.com/api")).isEqualTo("https://dashboard.bandwidth.com/api");
        assertThat(KotlinText.unescape("bad \\u12 and \\uzzzz")).isEqualTo("bad \\u12 and \\uzzzz");
        assertThat(KotlinText.unescape("ends with \\")).isEqualTo("ends with \\");
    }
}
