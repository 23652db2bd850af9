package io.github.irismigrate.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * What Dashboard API payloads look like: which elements carry telephone numbers, which documents are requests the
 * customer sends, and which are responses or callbacks the API sends back (those are never rewritten).
 */
public final class IrisPayload {
    /** XML elements of Dashboard requests that hold one telephone number. */
    public static final Set<String> NUMBER_ELEMENTS = Set.of("TelephoneNumber", "FullNumber", "BillingTelephoneNumber",
            "Tn", "TN", "PhoneNumber", "CallForward", "ReservedTn", "AccountTelephoneNumber", "StartingTelephoneNumber",
            "CallbackNumber");

    /** JSON member names (compared ignoring case) that hold a telephone number or a list of them. */
    private static final Set<String> NUMBER_MEMBERS = Set.of("telephonenumber", "telephonenumbers", "telephonenumberlist",
            "tn", "tns", "tnlist", "fullnumber", "billingtelephonenumber", "reservedtn", "listofphonenumbers");

    /** Root elements of Dashboard request bodies. */
    private static final Set<String> REQUEST_ROOTS = Set.of("TnOptionOrder", "SipPeerTelephoneNumber", "SipPeerTelephoneNumbers",
            "LnpOrder", "LnpOrderSupp", "DisconnectTelephoneNumberOrder", "ImportTnOrder", "ExternalTnsOrder",
            "RemoveImportedTnOrder", "Reservation", "NumberPortabilityRequest", "ImportTnCheckerPayload", "LineOptionOrder",
            "TnLineOptionOrder", "Subscription", "Instance", "PortOutPasscodeOrder", "CsrOrder", "E911Order");

    /** Elements only Dashboard requests have; one of them makes a generic root ({@code Order}) a Dashboard request. */
    private static final Set<String> REQUEST_MARKERS = Set.of("ExistingTelephoneNumberOrderType", "TelephoneNumberList",
            "TnOptionGroups", "TnOptionGroup", "ListOfPhoneNumbers", "SiteId", "SipPeerId", "PeerId", "CustomerOrderId",
            "PartialAllowed", "LoaAuthorizingPerson", "LoaType", "DisconnectTelephoneNumberOrderType", "BackOrderRequested",
            "AreaCodeSearchAndOrderType", "TnAttributes", "CallingNameDisplay", "RPIDFormat");

    /** JSON member names of Dashboard requests (compared ignoring case). */
    private static final Set<String> JSON_MARKERS = Set.of("siteid", "sippeerid", "peerid", "customerorderid", "partialallowed",
            "loaauthorizingperson", "loatype", "tnoptiongroups", "existingtelephonenumberordertype");

    /** Roots and elements of what the API sends back: responses, callbacks, search results, errors. */
    private static final Set<String> RESPONSE_ROOTS = Set.of("Notification", "SearchResult", "SearchResultForAvailableNpaNxx",
            "TNs", "ResponseStatus", "ErrorList");
    private static final Set<String> RESPONSE_MARKERS = Set.of("ResponseStatus", "ErrorCode", "OrderStatus",
            "CompletedTelephoneNumbers", "CompletedNumbers", "FailedNumbers", "ProcessingStatus", "OrderCreateDate",
            "TelephoneNumberCount", "TotalCount", "ResultCount", "Links");

    /** Generic list containers a request fragment may start with. */
    private static final Set<String> LIST_ROOTS = Set.of("TelephoneNumberList", "TelephoneNumbers", "TnList", "ListOfPhoneNumbers");

    private IrisPayload() {
    }

    /** Roots that name only a Dashboard request; {@code Subscription}, {@code Instance} and {@code Reservation} are common words. */
    private static final Set<String> DISTINCT_REQUEST_ROOTS = REQUEST_ROOTS.stream()
            .filter(r -> !Set.of("Subscription", "Instance", "Reservation").contains(r))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * True for a class named for a Dashboard request body ({@code ExternalTnsOrder}, also its nested
     * {@code ExternalTnsOrder$Builder}): what it holds is sent to the Dashboard API.
     */
    public static boolean isRequestModel(String qualifiedName) {
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        for (String part : simple.split("[$.]")) {
            if (DISTINCT_REQUEST_ROOTS.contains(part) || DISTINCT_REQUEST_ROOTS.contains(MODEL_SUFFIX.matcher(part).replaceFirst(""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a team appends to a request's name for its model class ({@code ImportTnOrderPayload},
     * {@code ExternalTnsOrderRequest}), or for the client that sends it, in which the model is nested
     * ({@code ImportTnOrderClient.ImportRequest}).
     */
    private static final java.util.regex.Pattern MODEL_SUFFIX = java.util.regex.Pattern.compile(
            "(?:Payload|Request|Body|Dto|DTO|Model|Xml|Document|Client)$");

    /**
     * True for an element name only Dashboard request bodies have: a request's root ({@code ExternalTnsOrder}, not the
     * common words {@code Subscription}, {@code Instance}, {@code Reservation}) or a marker ({@code CustomerOrderId},
     * {@code SiteId}, {@code SipPeerId}).
     */
    public static boolean isRequestElement(String name) {
        return DISTINCT_REQUEST_ROOTS.contains(name) || REQUEST_MARKERS.contains(name);
    }

    /** The Dashboard's query parameters that carry a telephone number ({@code ?tn=}, {@code &startingTn=}). */
    public static final java.util.List<String> NUMBER_QUERY_PARAMETERS =
            java.util.List.of("tn", "tns", "telephoneNumber", "fullNumber", "startingTn", "endingTn");

    /**
     * A regular expression that finds, in another regular expression, a capture of one of these elements' content
     * ({@code <FullNumber>([^<]+)</FullNumber>}, {@code <Tn>\\s*(\\d{10})}), not a lookahead group after it.
     */
    public static java.util.regex.Pattern captureOf(java.util.Collection<String> elements) {
        return java.util.regex.Pattern.compile("<(?:" + String.join("|", elements) + ")>\\s*\\((?!\\?[=!])");
    }

    public static boolean isNumberElement(String name) {
        return NUMBER_ELEMENTS.contains(name) || NUMBER_MEMBERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** How far a payload text can be trusted to be a Dashboard request. */
    public enum Kind {
        /** A Dashboard request body: its root or one of its elements is Dashboard-only. */
        REQUEST,
        /** A piece of a body with no root of its own ({@code "<TelephoneNumber>" + tn + "</TelephoneNumber>"}). */
        FRAGMENT,
        /** A response, callback or search result the API sends back. */
        RESPONSE,
        /** A document of another schema (the customer's own XML or JSON). */
        FOREIGN
    }

    public static Kind classify(PayloadReader.Outline o) {
        // a JSON document has no root element: its first member stands for one ({"NumberPortabilityRequest": {..}})
        String root = o.root() != null ? o.root() : o.names().stream().findFirst().orElse(null);
        if (root != null && (root.endsWith("Response") || RESPONSE_ROOTS.contains(root))
                || o.names().stream().anyMatch(RESPONSE_MARKERS::contains)) {
            return Kind.RESPONSE;
        }
        if (root != null && REQUEST_ROOTS.contains(root) || o.names().stream().anyMatch(REQUEST_MARKERS::contains)
                || o.names().stream().anyMatch(n -> JSON_MARKERS.contains(n.toLowerCase(Locale.ROOT)))) {
            return Kind.REQUEST;
        }
        if (root == null || NUMBER_ELEMENTS.contains(root) || LIST_ROOTS.contains(root)) {
            return Kind.FRAGMENT;
        }
        return Kind.FOREIGN;
    }
}
