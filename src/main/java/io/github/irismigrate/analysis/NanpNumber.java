package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a North American (NANP) telephone number in national format from the other 10-digit numbers code is full
 * of: {@code 9195551234} and {@code 19195551234} are numbers; {@code 2147483647}, {@code 1234567890}, epoch
 * seconds and millis, ids and sizes are not. A valid number has a 3-digit area code (NPA) {@code [2-9][0-8][0-9]}
 * that is not an N11 service code, a 3-digit exchange (NXX) {@code [2-9][0-9][0-9]} that is not an N11 code, and a
 * 4-digit line; 11 digits must start with the country code 1.
 */
public final class NanpNumber {
    /** A run of 10 or 11 digits that no other digit, '+' or decimal point touches. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d+.])(1?\\d{10})(?![\\d.])");

    /** Numbers that have the shape of a phone number but are well-known constants. */
    private static final Set<String> NOT_NUMBERS = Set.of(
            "2147483647", // Integer.MAX_VALUE
            "2147483648", // -Integer.MIN_VALUE
            "4294967295", // unsigned 32-bit max
            "4294967296", // 2^32
            "2305843009", // leading digits of Long.MAX_VALUE / 4
            "9223372036"); // leading digits of Long.MAX_VALUE

    private NanpNumber() {
    }

    /** The E.164 form ({@code +19195551234}) when {@code digits} is a NANP number, 10 digits or 11 starting with 1; else null. */
    public static @Nullable String e164(String digits) {
        String national;
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            national = digits.substring(1);
        } else if (digits.length() == 10) {
            national = digits;
        } else {
            return null;
        }
        return isNational(national) ? "+1" + national : null;
    }

    public static boolean isNumber(String digits) {
        return e164(digits) != null;
    }

    /** True for a valid 10-digit NANP number that is not a well-known constant or a digit pattern. */
    static boolean isNational(String d) {
        if (d.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (d.charAt(i) < '0' || d.charAt(i) > '9') {
                return false;
            }
        }
        char npa0 = d.charAt(0);
        char npa1 = d.charAt(1);
        char nxx0 = d.charAt(3);
        if (npa0 < '2' || npa1 == '9' || nxx0 < '2') {
            return false; // NPA [2-9][0-8]X, NXX [2-9]XX: epoch seconds (1...), 0... ids, 1234567890
        }
        if (isN11(d, 0) || isN11(d, 3)) {
            return false; // 211..911 are service codes, never an area code or an exchange
        }
        if (NOT_NUMBERS.contains(d) || isPattern(d)) {
            return false;
        }
        return true;
    }

    private static boolean isN11(String d, int at) {
        return d.charAt(at + 1) == '1' && d.charAt(at + 2) == '1';
    }

    /** All one digit ({@code 2222222222}), or a run up or down ({@code 2345678901}, {@code 9876543210}). */
    private static boolean isPattern(String d) {
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < d.length(); i++) {
            int prev = d.charAt(i - 1) - '0';
            int cur = d.charAt(i) - '0';
            same &= cur == prev;
            up &= cur == (prev + 1) % 10;
            down &= cur == (prev + 9) % 10;
        }
        return same || up || down;
    }

    /** A NANP number found in a text: where its digits are and its E.164 form. */
    public record Match(int start, int end, String digits, String e164) {
    }

    /** The first NANP number in {@code text} that stands alone (no digit, '+' or '.' touches it), or null. */
    public static @Nullable Match find(String text, int from) {
        Matcher m = CANDIDATE.matcher(text);
        int at = from;
        while (at <= text.length() && m.find(at)) {
            String e = e164(m.group(1));
            if (e != null) {
                return new Match(m.start(1), m.end(1), m.group(1), e);
            }
            at = m.end();
        }
        return null;
    }

    /**
     * True when {@code text} holds a NANP number that stands alone, as {@link #find} would find one: one pass over
     * the digit runs of the text, for the pre-filter, which asks this of every file.
     */
    public static boolean holdsNumber(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            int len = i - start;
            if ((len == 10 || len == 11) && (start == 0 || text.charAt(start - 1) != '+' && text.charAt(start - 1) != '.')
                    && (i == n || text.charAt(i) != '.') && e164(text.substring(start, i)) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} is exactly a NANP number in national form, surrounding blanks aside. */
    public static @Nullable Match whole(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        String e = e164(t);
        if (e == null) {
            return null;
        }
        int start = text.indexOf(t);
        return new Match(start, start + t.length(), t, e);
    }
}
