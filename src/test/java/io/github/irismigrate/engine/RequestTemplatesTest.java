package io.github.irismigrate.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request templates (FreeMarker {@code .ftl}, Velocity {@code .vm}, Mustache) are read as the XML payloads they
 * render: findings on the template's own lines, fixes written back around FreeMarker's directives, and templates that
 * render no XML left alone without a word.
 */
class RequestTemplatesTest {
    @TempDir
    Path project;

    private static final String SMOKE_ORDER = """
            <#-- Nightly canary order for the Raleigh lab numbers (see CanaryNumbers). -->
            <Order>
                <CustomerOrderId>${customerOrderId}</CustomerOrderId>
                <SiteId>${siteId}</SiteId>
                <ExistingTelephoneNumberOrderType>
                    <TelephoneNumberList>
                        <TelephoneNumber>9192149911</TelephoneNumber>
                        <#if second><TelephoneNumber>9192149912</TelephoneNumber></#if>
                    </TelephoneNumberList>
                </ExistingTelephoneNumberOrderType>
            </Order>
            """;

    private static final String SIPPEER_TN = """
            <SipPeerTelephoneNumber>
                <FullNumber>${tn}</FullNumber>
                <#if callForward?has_content>
                <CallForward>${callForward}</CallForward>
                </#if>
                <#if smsEnabled??>
                <MessagingSettings>
                    <SmsEnabled>${smsEnabled?c}</SmsEnabled>
                </MessagingSettings>
                </#if>
            </SipPeerTelephoneNumber>
            """;

    private void write(String path, String text) throws Exception {
        Path f = project.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private void templates() throws Exception {
        write("src/main/resources/templates/smoke-order.ftl", SMOKE_ORDER);
        write("src/main/resources/templates/sippeer-tn.ftl", SIPPEER_TN);
        // templates that render no XML payload: an e-mail, and HTML that is not well-formed XML
        write("src/main/resources/templates/welcome-email.ftl", "Hello ${name},\nyour number 9195550142 is live.\n");
        write("src/main/resources/templates/page.ftl", "<html><body><p>Call 9195550142<br></p>\n<#list tns as tn>${tn}</#list></body></html>\n");
    }

    private static List<String> positions(ScanResult r) {
        return r.findings().stream().map(f -> f.rule().id() + " " + f.file() + ":" + f.line()).toList();
    }

    @Test
    void findingsSitOnTheTemplatesOwnLines() throws Exception {
        templates();
        ScanResult r = new Engine(m -> { }).check(ScanRequest.of(project, List.of()));
        assertThat(positions(r)).containsExactlyInAnyOrder(
                "BW006 src/main/resources/templates/smoke-order.ftl:7",
                "BW006 src/main/resources/templates/smoke-order.ftl:8",
                "BW009 src/main/resources/templates/sippeer-tn.ftl:7");
        assertThat(r.errors()).isEmpty();
        // the fix shown for the number on a line of its own is the template's own text, directives and all
        assertThat(r.findings()).filteredOn(f -> f.line() == 7 && f.file().endsWith("smoke-order.ftl")).singleElement()
                .satisfies(f -> assertThat(f.fixDiff()).contains("+            <TelephoneNumber>+19192149911</TelephoneNumber>")
                        .contains("<#if second>"));
        // the number on the line with a directive is the reviewer's: not fixable, no diff
        assertThat(r.findings()).filteredOn(f -> f.line() == 8 && f.file().endsWith("smoke-order.ftl")).singleElement()
                .satisfies(f -> {
                    assertThat(f.fixable()).isFalse();
                    assertThat(f.fixDiff()).isNull();
                });
    }

    @Test
    void aFixIsWrittenAroundTheDirectivesAndNeverOnTheirLines() throws Exception {
        templates();
        ScanResult r = new Engine(m -> { }).fix(ScanRequest.of(project, List.of()));
        String fixed = Files.readString(project.resolve("src/main/resources/templates/smoke-order.ftl"), StandardCharsets.UTF_8);
        // the number on a line of its own is fixed; the line with a directive is left as it was, and the error says so
        assertThat(fixed).isEqualTo(SMOKE_ORDER.replace(">9192149911<", ">+19192149911<"));
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("src/main/resources/templates/smoke-order.ftl");
            assertThat(e.message()).contains("line 8 not fixed").contains("FreeMarker directive");
        });
        assertThat(positions(r)).contains("BW006 src/main/resources/templates/smoke-order.ftl:8");
        assertThat(Files.readString(project.resolve("src/main/resources/templates/welcome-email.ftl")))
                .contains("9195550142");
        // a second run changes nothing more
        new Engine(m -> { }).fix(ScanRequest.of(project, List.of()));
        assertThat(Files.readString(project.resolve("src/main/resources/templates/smoke-order.ftl"), StandardCharsets.UTF_8))
                .isEqualTo(fixed);
    }

    @Test
    void aFixOnLinesWithoutDirectivesIsWrittenAndTheCommentKept() throws Exception {
        String oneLine = SMOKE_ORDER.replace("<#if second><TelephoneNumber>9192149912</TelephoneNumber></#if>",
                "<TelephoneNumber>9192149912</TelephoneNumber>");
        write("src/main/resources/templates/smoke-order.ftl", oneLine);
        ScanResult r = new Engine(m -> { }).fix(ScanRequest.of(project, List.of()));
        assertThat(r.errors()).isEmpty();
        assertThat(Files.readString(project.resolve("src/main/resources/templates/smoke-order.ftl"), StandardCharsets.UTF_8))
                .isEqualTo(oneLine.replace(">9192149911<", ">+19192149911<").replace(">9192149912<", ">+19192149912<"));
    }

    /**
     * A Velocity template of an order: its hard-coded number is found and fixed, and the number a Java caller fills
     * into its {@code $tn} placeholder is found at the caller.
     */
    @Test
    void velocityTemplateAndTheNumberFilledIntoItsPlaceholder() throws Exception {
        write("src/main/resources/templates/order.vm", """
                <Order>
                    <SiteId>$siteId</SiteId>
                    <ExistingTelephoneNumberOrderType>
                        <TelephoneNumberList>
                            <TelephoneNumber>9192149911</TelephoneNumber>
                #foreach($n in $extra)
                            <TelephoneNumber>$n</TelephoneNumber>
                #end
                            <TelephoneNumber>$!tn</TelephoneNumber>
                        </TelephoneNumberList>
                    </ExistingTelephoneNumberOrderType>
                </Order>
                """);
        write("src/main/java/com/acme/Orders.java", """
                package com.acme;
                import java.util.Map;
                class Orders {
                    String canary(Templates t) {
                        return t.render("templates/order.vm", Map.of("siteId", "743", "tn", "9192149912"));
                    }
                    interface Templates { String render(String name, Map<String, Object> model); }
                }
                """);
        ScanResult r = new Engine(m -> { }).check(ScanRequest.of(project, List.of()));
        assertThat(positions(r)).containsExactlyInAnyOrder(
                "BW006 src/main/resources/templates/order.vm:5",
                "BW006 src/main/java/com/acme/Orders.java:5");
        new Engine(m -> { }).fix(ScanRequest.of(project, List.of()));
        assertThat(Files.readString(project.resolve("src/main/resources/templates/order.vm")))
                .contains("<TelephoneNumber>+19192149911</TelephoneNumber>").contains("#foreach($n in $extra)");
    }
    /**
     * A Velocity template that opens with comments ({@code ## ..}, {@code #* .. *#}) before its root element, and
     * writes a default number where it is given none ({@code #if( $btn )$btn#else3365550190#end}): the default is
     * found and fixed on its line, the comments kept.
     */
    @Test
    void velocityTemplateWithCommentsAndADefaultNumber() throws Exception {
        write("src/main/resources/templates/lnp-order.vm", """
                <?xml version="1.0" encoding="UTF-8"?>
                ## Port-in request. The billing number defaults to the main office line
                ## when the customer did not give one on the port form.
                #* reviewed by the porting desk *#
                <LnpOrder>
                  <CustomerOrderId>$customerOrderId</CustomerOrderId>
                  <BillingTelephoneNumber>#if( $btn )$btn#else3365550190#end</BillingTelephoneNumber>
                </LnpOrder>
                """);
        ScanResult r = new Engine(m -> { }).check(ScanRequest.of(project, List.of()));
        assertThat(positions(r)).containsExactly("BW006 src/main/resources/templates/lnp-order.vm:7");
        new Engine(m -> { }).fix(ScanRequest.of(project, List.of()));
        assertThat(Files.readString(project.resolve("src/main/resources/templates/lnp-order.vm")))
                .contains("#else+13365550190#end").contains("## Port-in request.").contains("#* reviewed by the porting desk *#");
    }
}
