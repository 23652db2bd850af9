package net.cedarline.numberdesk.iris;

/** Query parameter names the SDK search helpers pass through unchanged. */
public final class IrisQueryKeys {

    public static final String AREA_CODE = "areaCode";
    public static final String NPA_NXX = "npaNxx";
    public static final String QUANTITY = "quantity";
    public static final String STATE = "state";
    public static final String ENABLE_TN_DETAIL = "enableTNDetail";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    private IrisQueryKeys() {
    }
}
