package com.cobaltline.numbering.util;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pulls telephone numbers out of Dashboard XML without binding the whole document. */
public final class TnXml {

    private static final Pattern TELEPHONE_NUMBER = Pattern.compile("<TelephoneNumber>\\s*([^<\\s]+)\\s*</TelephoneNumber>");
    private static final Pattern FULL_NUMBER = Pattern.compile("<FullNumber>\\s*([^<\\s]+)\\s*</FullNumber>");

    private TnXml() {
    }

    public static List<String> telephoneNumbers(String xml) {
        List<String> numbers = collect(TELEPHONE_NUMBER, xml);
        numbers.addAll(collect(FULL_NUMBER, xml));
        return numbers;
    }

    private static List<String> collect(Pattern pattern, String xml) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(xml);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
