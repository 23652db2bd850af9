package net.tidewatertel.numbering.support;

/**
 * Our own published numbers. Most of them live on the Dashboard like any customer number.
 */
public final class TidewaterNumbers {

    /** Customer care, published on every bill. */
    public static final String CUSTOMER_CARE = "7575550100";

    /** Repair desk (24x7). */
    public static final String REPAIR_DESK = "7575550101";

    /** Outer Banks walk-in office. */
    public static final String OBX_OFFICE = "2525550177";

    /**
     * Canary: a real number on our SIP peer whose details we fetch every minute to detect a
     * Dashboard outage before customers do.
     */
    public static final String CANARY_TN = "7575550199";

    /** Toll-free hotline printed on invoices; owned by the billing vendor, never on the Dashboard. */
    public static final String INVOICE_HOTLINE = "8885550123";

    /** Fax line of the porting desk (LOAs are still faxed by some losing carriers). */
    public static final String PORTING_FAX = "7575550188";

    private TidewaterNumbers() {
    }
}
