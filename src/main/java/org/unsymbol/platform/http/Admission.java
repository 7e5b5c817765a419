package org.unsymbol.platform.http;

import org.unsymbol.platform.problem.ProblemException;

import java.util.Optional;

/**
 * A feature's say, at the edge, on whether a request can be served at all <em>before its body is read</em>: a
 * request that would only be refused once its body is in (every slot of a bounded pool taken) is refused here, so
 * that a client cannot make the service take in megabytes only to answer 503. Implementations are CDI beans of the
 * feature packages, asked by {@link EdgeHandlers} on the event loop after the rate limit is charged: they must answer
 * at once, without blocking. The feature still checks again when it runs (a slot may be taken between the two).
 */
public interface Admission {

    /** A refusal for this request, or empty to let it through. */
    Optional<ProblemException> refuse(RoutedPath path, String method, String contentType);
}
