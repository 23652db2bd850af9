package net.cedarline.numberdesk.templates;

/** Request bodies under src/main/resources/templates. */
public final class TemplateNames {

    public static final String ORDER_REQUEST = "order-request.xml";
    public static final String E911_ORDER = "e911-order.xml";
    public static final String IMPORT_TN_ORDER = "import-tn-order.xml";
    public static final String EXTERNAL_TNS_ORDER = "external-tns-order.xml";
    public static final String SIPPEER_TN_UPDATE = "sippeer-tn-update.xml";
    public static final String TN_OPTION_ORDER = "tn-option-order.xml";
    public static final String SUBSCRIPTION = "subscription.xml";
    public static final String REPORT_INSTANCE = "report-instance.xml";

    private TemplateNames() {
    }
}
