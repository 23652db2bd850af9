package io.github.irismigrate.analysis;

/** A value of a configuration file, with the leaf that holds it. */
public record ConfigValue(String key, String text, Origin origin) {
}
