package com.northforktel.numbering.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a field of a settings holder to a flattened configuration key. When the key is
 * missing from every config store the {@link #fallback()} is used; an empty fallback means the
 * key is mandatory.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Setting {

    String key();

    String fallback() default "";
}
