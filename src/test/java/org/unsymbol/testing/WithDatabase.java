package org.unsymbol.testing;

import io.quarkus.test.common.QuarkusTestResource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on every {@code @QuarkusTest}: one PostgreSQL for the whole run. Every test class carries the same resource,
 * so Quarkus keeps one application (and one database) across classes instead of restarting per class. The fake
 * OAI-PMH endpoint the harvest tests drive ({@link FakeOaiResource}) is started with it for the same reason.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(FakeOaiResource.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithDatabase {
}
