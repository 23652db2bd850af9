package net.kestrelridge.provisioning.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an outbound dependency of a class. Read at build time by the service-catalog exporter
 * (netops-catalog-maven-plugin) to draw the dependency graph; it has no effect at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(ExternalDependency.List.class)
public @interface ExternalDependency {

    String name();

    String url();

    String owner() default "netops";

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        ExternalDependency[] value();
    }
}
