package net.larkspurtel.provisioning.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a settings field to an environment variable. Cloud Functions receive their
 * environment from {@code .env.yaml} at deploy time; locally {@link SettingsBinder} reads the same file.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface EnvVar {

    /** Name of the environment variable. */
    String name();

    /** Value used when neither the environment nor runtime-config.json provide one. */
    String defaultValue() default "";

    /** Secret values are never logged. */
    boolean secret() default false;
}
