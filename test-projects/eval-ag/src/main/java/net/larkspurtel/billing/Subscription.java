package net.larkspurtel.billing;

import java.time.LocalDate;

/** A customer's Larkspur plan, as exported nightly by billing. */
public class Subscription {

    public enum Plan { STARTER, BUSINESS, ENTERPRISE }

    private final String customerId;
    private final Plan plan;
    private final int numberAllowance;
    private final LocalDate renewsOn;
    private String callbackUrl;

    public Subscription(String customerId, Plan plan, int numberAllowance, LocalDate renewsOn) {
        this.customerId = customerId;
        this.plan = plan;
        this.numberAllowance = numberAllowance;
        this.renewsOn = renewsOn;
    }

    public static Subscription create(String customerId, Plan plan) {
        int allowance = switch (plan) {
            case STARTER -> 5;
            case BUSINESS -> 100;
            case ENTERPRISE -> 5000;
        };
        return new Subscription(customerId, plan, allowance, LocalDate.now().plusYears(1));
    }

    public boolean allows(int alreadyAssigned, int requested) {
        return alreadyAssigned + requested <= numberAllowance;
    }

    public String customerId() {
        return customerId;
    }

    public Plan plan() {
        return plan;
    }

    public LocalDate renewsOn() {
        return renewsOn;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }
}
