package io.kestrelvoice.numbering.dashboard.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls telephone numbers and single values out of Dashboard XML responses. The responses are
 * small and flat enough that a regex is cheaper than binding every response type.
 */
public final class TelephoneNumberXml {

    private static final Pattern TELEPHONE_NUMBER = Pattern.compile("<TelephoneNumber>(\\d{10})</TelephoneNumber>");
    private static final Pattern FULL_NUMBER = Pattern.compile("<FullNumber>([^<]+)</FullNumber>");

    private TelephoneNumberXml() {
    }

    public static List<String> telephoneNumbers(String xml) {
        return all(TELEPHONE_NUMBER, xml);
    }

    public static List<String> fullNumbers(String xml) {
        return all(FULL_NUMBER, xml);
    }

    public static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    public static List<String> elements(String xml, String name) {
        return all(Pattern.compile("<" + name + ">([^<]*)</" + name + ">"), xml);
    }

    private static List<String> all(Pattern pattern, String xml) {
        List<String> out = new ArrayList<>();
        if (xml == null) {
            return out;
        }
        Matcher m = pattern.matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
