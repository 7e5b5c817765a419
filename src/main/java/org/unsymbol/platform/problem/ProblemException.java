package org.unsymbol.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/** Thrown by services and resources to answer with a problem; the mapper turns it into the response. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(ErrorCode code, String detail) {
        super(detail, null, false, false); // control flow, not a failure: no stack trace to fill
        this.problem = new Problem(code, detail);
    }

    public ProblemException with(String member, Object value) {
        problem.with(member, value);
        return this;
    }

    public ProblemException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
