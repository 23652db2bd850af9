package net.halyardcomm.backoffice.callbacks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import net.halyardcomm.backoffice.xml.NotificationXml;

/** Rejects callbacks that would corrupt the inventory (seen once in 2021: an empty TN list). */
public class NotificationValidator {

    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
    private static final Pattern ORDER_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public List<String> problems(NotificationXml n) {
        List<String> problems = new ArrayList<String>();
        if (n.getOrderId() == null || !ORDER_ID.matcher(n.getOrderId()).matches()) {
            problems.add("bad OrderId " + n.getOrderId());
        }
        if (n.isComplete() && n.getCompletedTelephoneNumbers().isEmpty()) {
            problems.add("COMPLETE without numbers");
        }
        for (String tn : n.getCompletedTelephoneNumbers()) {
            if (!TEN_DIGITS.matcher(tn).matches()) {
                problems.add("unexpected number format " + tn);
            }
        }
        return problems;
    }
}
