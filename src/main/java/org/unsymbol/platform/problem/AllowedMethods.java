package org.unsymbol.platform.problem;

import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.Deployment;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.handlers.ClassRoutingHandler;
import org.jboss.resteasy.reactive.server.handlers.RestInitialHandler;
import org.jboss.resteasy.reactive.server.mapping.RequestMapper;
import org.jboss.resteasy.reactive.server.mapping.RuntimeResource;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The methods a path really supports, asked of the REST layer's own routing tables: Quarkus REST's 405 carries an
 * empty {@code Allow}, but the same tables answer its automatic OPTIONS. Every resource class whose template matches
 * the path is asked which of its methods match the rest of it, as {@link ClassRoutingHandler} does; GET brings HEAD,
 * and OPTIONS is always answered.
 */
final class AllowedMethods {

    private static volatile Deployment deployment;
    private static volatile RequestMapper<RestInitialHandler.InitialMatch> classes;

    private AllowedMethods() {
    }

    /** The current request's allowed methods, sorted; empty when there is no REST request to ask about. */
    static Set<String> ofCurrentRequest() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        Set<String> allowed = new TreeSet<>();
        if (request == null) {
            return allowed;
        }
        String path = request.getPathWithoutPrefix();
        RequestMapper<RestInitialHandler.InitialMatch> mapper = classMapper(request.getDeployment());
        for (RequestMapper.RequestMatch<RestInitialHandler.InitialMatch> match = mapper.map(path); match != null;
             match = mapper.continueMatching(path, match)) {
            String remaining = match.remaining == null || match.remaining.isEmpty() ? "/" : match.remaining;
            for (ServerRestHandler handler : match.value.handlers) {
                if (handler instanceof ClassRoutingHandler routing) {
                    for (Map.Entry<String, RequestMapper<RuntimeResource>> byMethod : routing.getMappers().entrySet()) {
                        if (byMethod.getKey() != null && byMethod.getValue().map(remaining) != null) {
                            allowed.add(byMethod.getKey());
                        }
                    }
                }
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
        }
        return allowed;
    }

    private static RequestMapper<RestInitialHandler.InitialMatch> classMapper(Deployment current) {
        if (deployment != current || classes == null) {
            synchronized (AllowedMethods.class) {
                if (deployment != current || classes == null) {
                    classes = new RequestMapper<>(current.getClassMappers());
                    deployment = current;
                }
            }
        }
        return classes;
    }
}
