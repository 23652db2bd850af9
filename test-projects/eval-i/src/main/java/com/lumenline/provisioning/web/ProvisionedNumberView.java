package com.lumenline.provisioning.web;

import com.lumenline.provisioning.store.ProvisionedNumber;

/**
 * How the portal shows a number. Pretty-printing only; the stored value is untouched.
 */
public record ProvisionedNumberView(String number, String display, String status, String areaCode) {

    public static ProvisionedNumberView of(ProvisionedNumber n) {
        String tn = n.tenDigitNumber();
        String display = tn.length() == 10
                ? "(" + tn.substring(0, 3) + ") " + tn.substring(3, 6) + "-" + tn.substring(6)
                : tn;
        return new ProvisionedNumberView(tn, display, n.status().name(), n.billingAreaCode());
    }
}
