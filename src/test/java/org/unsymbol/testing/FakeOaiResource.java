package org.unsymbol.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server standing in for the Digital Library's OAI-PMH endpoint, started once per test run; the
 * service is configured to harvest from it. What it answers is the {@link HttpHandler} a test puts under
 * {@link #HANDLER} in the system properties (a JDK type, so it crosses the test's class loaders); without one it
 * answers 503.
 */
public class FakeOaiResource implements QuarkusTestResourceLifecycleManager {

    public static final String HANDLER = "unsymbol.test.fake-oai.handler";

    private HttpServer server;

    /** The handler the fake endpoint delegates to from now on. */
    public static void serve(HttpHandler handler) {
        if (handler == null) {
            System.getProperties().remove(HANDLER);
        } else {
            System.getProperties().put(HANDLER, handler);
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-oai");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/oai2d", FakeOaiResource::delegate);
        server.start();
        return Map.of("unsymbol.harvest.base-url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/oai2d");
    }

    private static void delegate(HttpExchange exchange) throws IOException {
        Object handler = System.getProperties().get(HANDLER);
        if (handler instanceof HttpHandler h) {
            h.handle(exchange);
        } else {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
