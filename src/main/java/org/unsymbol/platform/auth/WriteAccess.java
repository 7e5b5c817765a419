package org.unsymbol.platform.auth;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method (or class) that changes data: it needs {@code Authorization: Bearer <key>} with one of the
 * keys of {@code unsymbol.api-keys}. Reads stay public. Checked by {@link WriteAccessFilter}, the one place a write is
 * authorized.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface WriteAccess {

    /**
     * For a method that writes only on request: the query parameter that makes the request a write (present, even
     * with an empty value). Without it the request is a read and stays public. Empty (the default): always a write.
     */
    String whenQueryParameter() default "";
}
