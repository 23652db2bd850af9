package io.github.irismigrate.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SecretMasker}: each credential form is masked, ordinary code is left as it is. */
class ReportSecretMaskingTest {

    private static String mask(String text) {
        return SecretMasker.mask(text);
    }

    @Test
    void irisClientThreeArgumentFormMasksThePassword() {
        assertThat(mask("IrisClient client = new IrisClient(\"9900001\", \"apiuser\", \"s3cr3t!\");"))
                .isEqualTo("IrisClient client = new IrisClient(\"9900001\", \"apiuser\", \"****\");");
    }

    @Test
    void irisClientFiveArgumentFormMasksTheFourthArgumentOnly() {
        assertThat(mask("new IrisClient(\"https://dashboard.bandwidth.com\", accountId, \"apiuser\", \"p,w(\\\"x)\", \"v1.0\")"))
                .isEqualTo("new IrisClient(\"https://dashboard.bandwidth.com\", accountId, \"apiuser\", \"****\", \"v1.0\")");
    }

    @Test
    void irisClientWithAVariablePasswordIsUntouched() {
        String code = "new IrisClient(accountId, user, props.getProperty(\"iris.password\"))";
        assertThat(mask(code)).isEqualTo(code);
    }

    @Test
    void irisClientCutOffAtTheLineEndHidesBothPossiblePasswordPositions() {
        assertThat(mask("    new IrisClient(uri, \"9900001\", \"apiuser\", \"hunter2\","))
                .isEqualTo("    new IrisClient(uri, \"9900001\", \"****\", \"****\",");
    }

    @Test
    void irisClientInADiffIsMaskedOnBothSides() {
        String diff = """
                @@ -3 +3 @@
                -IrisClient c = new IrisClient("9900001", "apiuser", "hunter2");
                +IrisClient c = new IrisClient("https://dashboard.bandwidth.com", "9900001", "apiuser", "hunter2", "api/v2");
                """;
        assertThat(mask(diff)).doesNotContain("hunter2")
                .contains("new IrisClient(\"9900001\", \"apiuser\", \"****\");")
                .contains("\"apiuser\", \"****\", \"api/v2\");");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "curl -u apiuser:hunter2 https://dashboard.bandwidth.com/api/accounts | curl -u apiuser:**** https://dashboard.bandwidth.com/api/accounts",
            "curl --user 'apiuser:hunter2' https://x | curl --user 'apiuser:****' https://x",
    })
    void curlUserPassword(String in, String out) {
        assertThat(mask(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Authorization: Basic YXBpdXNlcjpodW50ZXIy | Authorization: Basic ****",
            "conn.setRequestProperty(\"Authorization\", \"Bearer eyJhbGciOi.J9x-y_z\"); | conn.setRequestProperty(\"Authorization\", \"Bearer ****\");",
            ".header(HttpHeaders.AUTHORIZATION, \"Basic YXBpdXNlcjpodW50ZXIy\") | .header(HttpHeaders.AUTHORIZATION, \"Basic ****\")",
    })
    void authorizationHeader(String in, String out) {
        assertThat(mask(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "iris.password=hunter2 | iris.password=****",
            "bandwidth.iris.secret = hunter2 | bandwidth.iris.secret = ****",
            "api.token:abc123 | api.token:****",
            "apiKey=AKIA1234 | apiKey=****",
            "'  password: hunter2' | '  password: ****'",
            "'  password: \"hunter 2\"  # prod' | '  password: \"****\"  # prod'",
            "'  - api-key: ''k3y''' | '  - api-key: ''****'''",
            "'    \"password\": \"hunter2\",' | '    \"password\": \"****\",'",
            "<password>hunter2</password> | <password>****</password>",
            "private static final String IRIS_PASSWORD = \"hunter2\"; | private static final String IRIS_PASSWORD = \"****\";",
            "val apiToken: String = \"abc\" | val apiToken: String = \"****\"",
            "GET /accounts/1/tns?apiKey=abc123&page=2 | GET /accounts/1/tns?apiKey=****&page=2",
            "// test user, password=hunter2 for the sandbox | // test user, password=**** for the sandbox",
    })
    void configValuesAndNamedLiterals(String in, String out) {
        assertThat(mask(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://apiuser:hunter2@dashboard.bandwidth.com/api/ | https://apiuser:****@dashboard.bandwidth.com/api/",
            "iris.url=https://u:p%40ss@api.inetwork.com/v1.0 | iris.url=https://u:****@api.inetwork.com/v1.0",
    })
    void urlUserInfo(String in, String out) {
        assertThat(mask(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "    private static final String BASE = \"https://dashboard.bandwidth.com/api/\";",
            "        if (tn.length() == 10) {",
            "new IrisClient(accountId, user, password)",
            "String password = config.getPassword();",
            "if (password == \"\") return;",
            "private final TokenService tokenService;",
            "tokenUrl: https://login.example.com/token",
            "iris.password=${IRIS_PASSWORD}",
            "  password: ${IRIS_PASSWORD}",
            "password:",
            "conn.setRequestProperty(\"Authorization\", \"Basic \" + encoded);",
            "Authorization: Bearer ${TOKEN}",
            "https://dashboard.bandwidth.com:443/api/v2/accounts",
            "\t<TelephoneNumber>9195551234</TelephoneNumber> <!-- \"Müller\" & <co> \\ 📞 -->",
            "String tokenizer = \"a,b\";",
            "curl -u \"$IRIS_USER:$IRIS_PASS\" https://x",
    })
    void ordinaryCodeIsUntouched(String code) {
        assertThat(mask(code)).isEqualTo(code);
        assertThat(SecretMasker.holdsSecret(code)).isFalse();
    }

    @Test
    void aRegionIsMaskedWithItsLineAsContext() {
        String line = "new IrisClient(\"9900001\", \"apiuser\", \"hunter2\");";
        int start = line.indexOf("\"hunter2\"");
        assertThat(SecretMasker.mask(line, start, start + "\"hunter2\"".length())).isEqualTo("\"****\"");
        assertThat(SecretMasker.mask(line, 0, start)).isEqualTo("new IrisClient(\"9900001\", \"apiuser\", ");
        // a region ending inside the secret still hides it
        assertThat(SecretMasker.mask(line, 0, start + 4)).isEqualTo("new IrisClient(\"9900001\", \"apiuser\", \"****");
    }

    @Test
    void noReportShowsTheCredentials(@TempDir Path dir) throws IOException {
        for (Path report : Reports.write(SampleScans.hostile(), EnumSet.allOf(ReportFormat.class), dir, "1")) {
            assertThat(Files.readString(report)).as(report.getFileName().toString()).doesNotContain("hunter2").contains(SecretMasker.MASK);
        }
        JsonNode results = new ObjectMapper().readTree(dir.resolve("findings.sarif").toFile()).at("/runs/0/results");
        JsonNode withPassword = results.get(2);
        assertThat(withPassword.at("/partialFingerprints/irisMigrate~1v1").asText()).isEqualTo("bw001:pw");
        // a SARIF fix would write the mask (or the password) into the code: none is offered, the masked diff stays
        assertThat(withPassword.has("fixes")).isFalse();
        assertThat(withPassword.at("/properties/fixDiff").asText()).contains("\"apiuser\", \"****\", \"api/v2\"");
        assertThat(withPassword.at("/locations/0/physicalLocation/region/snippet/text").asText())
                .isEqualTo("new IrisClient(\"9900001\", \"apiuser\", \"****\")");
        assertThat(results.get(0).has("fixes")).as("a diff without credentials keeps its fix").isTrue();
    }
}
