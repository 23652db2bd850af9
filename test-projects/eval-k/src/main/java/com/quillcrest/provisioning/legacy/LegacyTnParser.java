package com.quillcrest.provisioning.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls telephone numbers out of Dashboard XML responses (search results, order responses)
 * without binding the whole document. Used by the porting jobs.
 */
public final class LegacyTnParser {

    private static final Pattern TN_ELEMENT = Pattern.compile("<TelephoneNumber>(\\d{10})</TelephoneNumber>");
    private static final Pattern FULL_NUMBER = Pattern.compile("<FullNumber>([^<]+)</FullNumber>");

    public static List<String> telephoneNumbers(String responseXml) {
        List<String> tns = new ArrayList<>();
        Matcher m = TN_ELEMENT.matcher(responseXml);
        while (m.find()) {
            tns.add(m.group(1));
        }
        return tns;
    }

    /** Area code of the first FullNumber of a TN details response. */
    public static int areaCodeOfDetails(String tnDetailsXml) {
        Matcher m = FULL_NUMBER.matcher(tnDetailsXml);
        if (!m.find()) {
            throw new IllegalArgumentException("no FullNumber in response");
        }
        String npa = m.group(1).substring(0, 3);
        return Integer.parseInt(npa);
    }

    private LegacyTnParser() {
    }
}
