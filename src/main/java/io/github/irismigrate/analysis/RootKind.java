package io.github.irismigrate.analysis;

/** Where a root text sits, which decides how much context a rule needs before it fires there. */
public enum RootKind {
    /** Code that builds a request: an argument, an initializer, a return value. */
    CODE,
    /**
     * A literal handed as it is to a method ({@code post("importTnOrders", body)}): a helper's path segment, when the
     * code talks to the Dashboard. Otherwise read like {@link #CODE}.
     */
    ARGUMENT,
    /** A client interface's mapping annotation (Feign, Retrofit, HTTP interface, MicroProfile client). */
    CLIENT_MAPPING,
    /** A value in a properties, YAML, XML or JSON file. */
    CONFIG
}
