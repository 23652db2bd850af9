package net.kestrelcable.provisioning.billing;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import net.kestrelcable.provisioning.util.PhoneNumbers;

import org.springframework.stereotype.Component;

/**
 * Pipe-separated activation feed for the billing platform. Numbers come from the activation
 * portal (customer input), never from the Dashboard.
 */
@Component
public class BillingExportFormatter {

    /** Billing wants an explicit "no cutover" marker: 2100-01-01T00:00:00Z in epoch seconds. */
    static final String NO_CUTOVER = "4102444800";

    public record Activation(String portalTn, String plan, Instant activatedAt) {
    }

    public String format(List<Activation> activations) {
        return activations.stream().map(this::line).collect(Collectors.joining("\n", header(), "\n"));
    }

    String line(Activation a) {
        String digits = PhoneNumbers.digits(a.portalTn());
        if (digits.length() != 10) {
            throw new IllegalArgumentException("portal number must have 10 digits: " + a.portalTn());
        }
        String npa = digits.substring(0, 3);
        String line = digits.substring(3);
        return String.join("|", npa, line, a.plan(), Long.toString(a.activatedAt().getEpochSecond()), NO_CUTOVER);
    }

    private static String header() {
        return "NPA|LINE|PLAN|ACTIVATED|CUTOVER\n";
    }
}
