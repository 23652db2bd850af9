package io.github.irismigrate.analysis;

/** Where a root text sits, which decides how much context a rule needs before it fires there. */
public enum RootKind {
    /** Code that builds a request: an argument, an initializer, a return value. */
    CODE,
    /** A client interface's mapping annotation (Feign, Retrofit, HTTP interface, MicroProfile client). */
    CLIENT_MAPPING,
    /** A value in a properties, YAML, XML or JSON file. */
    CONFIG
}
