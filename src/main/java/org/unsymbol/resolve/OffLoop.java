package org.unsymbol.resolve;

import io.smallrye.mutiny.infrastructure.Infrastructure;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * How the resolver's resources answer: a cache hit is a completed stage made on the event loop (no thread hop, and
 * none of the context capture a {@code Uni} subscription costs per request); a miss, which reads the catalogue over
 * JDBC, runs on a worker thread.
 */
final class OffLoop {

    private OffLoop() {
    }

    static <T> CompletionStage<T> now(T value) {
        return CompletableFuture.completedFuture(value);
    }

    /**
     * The value computed on a worker. A failure completes the stage with the exception itself, not wrapped, so the
     * REST layer maps a problem thrown there exactly as one thrown on the event loop.
     */
    static <T> CompletionStage<T> onWorker(Supplier<T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                answer.complete(work.get());
            } catch (Throwable t) {
                answer.completeExceptionally(t);
            }
        });
        return answer;
    }
}
