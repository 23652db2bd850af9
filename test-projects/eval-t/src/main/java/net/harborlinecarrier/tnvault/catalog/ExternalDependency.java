package net.harborlinecarrier.tnvault.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a remote system a class talks to. Read at startup by the application and
 * logged/published on the admin port so that the platform team can draw the service map and the
 * egress firewall rules.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExternalDependency {

    String name();

    String url();

    String owner() default "numbering-team";
}
