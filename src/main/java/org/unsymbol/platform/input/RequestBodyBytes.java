package org.unsymbol.platform.input;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyReader;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A request body as {@code byte[]} (the draft endpoints take theirs so), read with one copy and a half instead of the
 * REST layer's {@code readAllBytes}, which holds the body in 8 KB pieces and copies it whole at the end, ~2x the body
 * in garbage (10 MB for a 5 MB Word draft, on top of the HTTP layer's own copy). Here: the first half of a declared
 * {@code Content-Length} is read into 64 KB chunks, then the exact array is made and the rest read straight into it;
 * a body without a length is read into chunks and joined once. The chunks stay under half a G1 region, so only the
 * result is a large array. The array is never sized from the declared length alone: a client that announces 20 MB
 * and sends a few bytes costs what it sent, twice at most. The endpoint's size limit is the REST layer's input
 * stream's (the edge sets it), unchanged.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class RequestBodyBytes implements ServerMessageBodyReader<byte[]> {

    static final int CHUNK = 64 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo lazyMethod,
                              MediaType mediaType) {
        return type == byte[].class;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == byte[].class;
    }

    @Override
    public byte[] readFrom(Class<byte[]> type, Type genericType, MediaType mediaType, ServerRequestContext context)
            throws IOException {
        return read(context.getInputStream(), declared(context.getRequestHeaders().getHeaderString(
                HttpHeaders.CONTENT_LENGTH)));
    }

    @Override
    public byte[] readFrom(Class<byte[]> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream in) throws IOException {
        return read(in, declared(headers.getFirst(HttpHeaders.CONTENT_LENGTH)));
    }

    /** The declared length, or -1 when there is none (or it is not a length: the edge refuses those). */
    static long declared(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** All of {@code in}; {@code declared} is the length announced for it (-1 for none), a hint, never trusted. */
    static byte[] read(InputStream in, long declared) throws IOException {
        List<byte[]> chunks = new ArrayList<>();
        long received = 0;
        boolean known = declared >= 0 && declared <= Integer.MAX_VALUE - 8;
        // a small body gets its exact array at once; a larger one once half of it has arrived
        long sizeAt = !known ? Long.MAX_VALUE : declared <= CHUNK ? 0 : declared / 2;
        while (received < sizeAt) {
            byte[] chunk = new byte[CHUNK];
            int n = in.readNBytes(chunk, 0, CHUNK);
            if (n > 0) {
                chunks.add(chunk);
                received += n;
            }
            if (n < CHUNK) {
                return join(chunks, received, null); // the end
            }
        }
        byte[] body = new byte[(int) declared];
        int at = (int) copy(chunks, received, body, 0);
        chunks.clear();
        at += in.readNBytes(body, at, body.length - at);
        if (at < body.length) {
            return java.util.Arrays.copyOf(body, at); // shorter than announced
        }
        int next = in.read();
        if (next < 0) {
            return body;
        }
        // longer than announced (the HTTP layer frames a body by its length, so this is not expected): go on in
        // chunks after it
        byte[] more = new byte[CHUNK];
        more[0] = (byte) next;
        int n = 1 + in.readNBytes(more, 1, CHUNK - 1);
        chunks.add(more);
        received = n;
        while (n == CHUNK) {
            more = new byte[CHUNK];
            n = in.readNBytes(more, 0, CHUNK);
            chunks.add(more);
            received += n;
        }
        return join(chunks, received, body);
    }

    private static byte[] join(List<byte[]> chunks, long received, byte[] head) {
        int headLength = head == null ? 0 : head.length;
        if (received + headLength > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("A request body over 2 GB cannot be held as one array");
        }
        byte[] all = new byte[(int) (received + headLength)];
        if (head != null) {
            System.arraycopy(head, 0, all, 0, headLength);
        }
        copy(chunks, received, all, headLength);
        return all;
    }

    /** Copies the {@code received} bytes held in {@code chunks} into {@code into} from {@code at}; gives the end. */
    private static long copy(List<byte[]> chunks, long received, byte[] into, int at) {
        long left = received;
        for (byte[] chunk : chunks) {
            int n = (int) Math.min(chunk.length, left);
            System.arraycopy(chunk, 0, into, at, n);
            at += n;
            left -= n;
        }
        return at;
    }
}
