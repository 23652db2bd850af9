package io.github.irismigrate.report;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static io.github.irismigrate.report.ReportFormat.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportFormatTest {

    @Test
    void fileNames() {
        assertThat(SARIF.fileName()).isEqualTo("findings.sarif");
        assertThat(JSON.fileName()).isEqualTo("findings.json");
        assertThat(MARKDOWN.fileName()).isEqualTo("findings.md");
        assertThat(HTML.fileName()).isEqualTo("findings.html");
    }

    @Test
    void parsesTheDefaultList() {
        assertThat(parse("sarif,json,md,html")).isEqualTo(EnumSet.allOf(ReportFormat.class));
    }

    @Test
    void parsingIgnoresCaseBlanksEmptyEntriesAndDuplicates() {
        assertThat(parse(" SARIF , Json,,sarif ")).containsExactly(SARIF, JSON);
        assertThat(parse("Markdown,HTML")).containsExactly(MARKDOWN, HTML);
        assertThat(parse("md")).containsExactly(MARKDOWN);
    }

    @Test
    void unknownNameIsRejectedListingTheValidOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("sarif,xml"))
                .withMessage("Unknown report format 'xml': use any of sarif, json, md, html");
    }

    @Test
    void emptyListIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse(" , "))
                .withMessageContaining("use any of sarif, json, md, html");
    }
}
