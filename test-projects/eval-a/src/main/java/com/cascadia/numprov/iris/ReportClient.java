package com.cascadia.numprov.iris;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the "Iris Telephone Number Inventory Report" and parses its CSV output. Used by the
 * nightly reconciliation against the billing database.
 */
public class ReportClient {

    private static final Pattern TN_COLUMN = Pattern.compile("^\"?(\\d{10})\"?(,|$)");

    private final IrisHttp http;

    public ReportClient(IrisHttp http) {
        this.http = http;
    }

    /** Starts a report instance; returns the Location of the new instance. */
    public String startInventoryReport(String reportId, String siteId) {
        String xml = """
                <Instance>
                    <OutputFormat>csv</OutputFormat>
                    <Parameters>
                        <Parameter>
                            <Name>Account</Name>
                            <Value>%s</Value>
                        </Parameter>
                        <Parameter>
                            <Name>Sub-account</Name>
                            <Value>%s</Value>
                        </Parameter>
                    </Parameters>
                    <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(http.accountId(), siteId, LocalDate.now().plusDays(7));
        String url = AccountResource.REPORTS.url(http.baseUrl(), http.accountId(), reportId) + "/instances";
        return http.post(url, xml);
    }

    public String download(String reportId, String instanceId) {
        return http.get(AccountResource.REPORTS.url(http.baseUrl(), http.accountId(), reportId)
                + "/instances/" + instanceId + "/file");
    }

    /** The set of numbers listed in an inventory report CSV. */
    public Set<String> numbersInReport(String csv) {
        Set<String> tns = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher m = TN_COLUMN.matcher(line);
                if (m.find()) {
                    tns.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tns;
    }
}
