package org.unsymbol.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints an OpenAPI 3.1 document as {@code redocly lint} (its "recommended" rule set) does for the rules that matter
 * to clients and code generators, inside {@code ./mvnw verify} and without node: the document's structure as
 * swagger-parser reads it, then each rule below, reported as {@code rule-name: where: what}. The rule names are
 * redocly's, so that a finding here can be looked up there.
 */
final class ContractLint {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9\\-._~]+");
    private static final String BASE = "urn:unsymbol:openapi";

    private final JsonNode api;
    private final List<String> findings = new ArrayList<>();

    private ContractLint(JsonNode api) {
        this.api = api;
    }

    static List<String> lint(String yaml) throws Exception {
        ContractLint lint = new ContractLint(YAML.readTree(yaml));
        lint.structure(yaml);
        lint.rootRules();
        lint.operations();
        lint.ambiguousPaths();
        lint.examples();
        return lint.findings;
    }

    private void report(String rule, String where, String what) {
        findings.add(rule + ": " + where + ": " + what);
    }

    /** redocly's "struct": what a generator's parser rejects (unknown or missing fields, wrong types). */
    private void structure(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
        if (parsed.getOpenAPI() == null) {
            report("struct", "/", "not an OpenAPI document");
        }
        for (String message : parsed.getMessages() == null ? List.<String>of() : parsed.getMessages()) {
            report("struct", "/", message);
        }
        if (!api.path("openapi").asText().startsWith("3.1")) {
            report("struct", "/openapi", "expected 3.1.x, found " + api.path("openapi").asText());
        }
    }

    private void rootRules() {
        if (!api.path("servers").isArray() || api.path("servers").isEmpty()) {
            report("no-empty-servers", "/servers", "servers must be a non-empty array");
        }
        JsonNode license = api.path("info").path("license");
        if (license.isMissingNode() || (!license.has("url") && !license.has("identifier"))) {
            report("info-license-strict", "/info/license", "needs url or identifier");
        }
        Set<String> declared = new HashSet<>();
        for (JsonNode tag : api.path("tags")) {
            declared.add(tag.path("name").asText());
            if (tag.path("description").asText().isBlank()) {
                report("tag-description", "/tags/" + tag.path("name").asText(), "no description");
            }
        }
        for (Op op : operations(api)) {
            for (JsonNode tag : op.node.path("tags")) {
                if (!declared.contains(tag.asText())) {
                    report("operation-tag-defined", op.where, "tag " + tag.asText() + " is not declared");
                }
            }
        }
    }

    private void operations() {
        Map<String, String> ids = new HashMap<>();
        JsonNode schemes = api.path("components").path("securitySchemes");
        boolean rootSecurity = api.has("security");
        for (Op op : operations(api)) {
            String id = op.node.path("operationId").asText("");
            if (id.isEmpty()) {
                report("operation-operationId", op.where, "no operationId");
            } else {
                String earlier = ids.putIfAbsent(id, op.where);
                if (earlier != null) {
                    report("operation-operationId-unique", op.where, id + " is also the id of " + earlier);
                }
                if (!URL_SAFE.matcher(id).matches()) {
                    report("operation-operationId-url-safe", op.where, id + " is not URL-safe");
                }
            }
            if (op.node.path("summary").asText().isBlank()) {
                report("operation-summary", op.where, "no summary");
            }
            security(op, schemes, rootSecurity);
            pathParameters(op);
            responses(op);
        }
    }

    private void security(Op op, JsonNode schemes, boolean rootSecurity) {
        JsonNode security = op.node.has("security") ? op.node.get("security") : api.path("security");
        if (!op.node.has("security") && !rootSecurity) {
            report("security-defined", op.where, "no security on the operation or the root");
        }
        boolean named = false;
        for (JsonNode requirement : security) {
            for (Iterator<String> it = requirement.fieldNames(); it.hasNext(); ) {
                String scheme = it.next();
                named = true;
                if (!schemes.has(scheme)) {
                    report("security-defined", op.where, "there is no " + scheme + " security scheme defined");
                }
            }
        }
        if (op.node.path("responses").has("401") && !named) {
            // a 401 the contract does not say how to avoid: Swagger UI could not try this operation
            report("security-defined", op.where, "documents 401 but names no security scheme");
        }
    }

    private void pathParameters(Op op) {
        Set<String> inTemplate = new LinkedHashSet<>();
        Matcher m = TEMPLATE.matcher(op.path);
        while (m.find()) {
            inTemplate.add(m.group(1));
        }
        Set<String> declared = new LinkedHashSet<>();
        List<JsonNode> parameters = new ArrayList<>();
        api.path("paths").path(op.path).path("parameters").forEach(parameters::add);
        op.node.path("parameters").forEach(parameters::add);
        Set<String> seen = new HashSet<>();
        for (JsonNode p : parameters) {
            String name = p.path("name").asText();
            if (!seen.add(p.path("in").asText() + ":" + name)) {
                report("operation-parameters-unique", op.where, "parameter " + name + " is declared twice");
            }
            if (!p.has("schema") && !p.has("content")) {
                report("struct", op.where, "parameter " + name + " has neither schema nor content");
            }
            if (!"path".equals(p.path("in").asText())) {
                continue;
            }
            declared.add(name);
            if (!p.path("required").asBoolean(false)) {
                report("struct", op.where, "path parameter " + name + " must be required");
            }
            if (!inTemplate.contains(name)) {
                report("path-params-defined", op.where, "path parameter " + name + " is not in the path");
            }
        }
        for (String name : inTemplate) {
            if (!declared.contains(name)) {
                report("path-parameters-defined", op.where, "does not define the path parameter {" + name + "}");
            }
        }
    }

    private void responses(Op op) {
        boolean success = false;
        boolean clientError = false;
        for (Iterator<String> it = op.node.path("responses").fieldNames(); it.hasNext(); ) {
            String status = it.next().toUpperCase();
            success |= status.startsWith("2") || status.startsWith("3");
            clientError |= status.startsWith("4");
        }
        if (!success) {
            report("operation-2xx-response", op.where, "no 2XX (or 3XX) response");
        }
        if (!clientError) {
            report("operation-4xx-response", op.where, "no 4XX response");
        }
    }

    /**
     * redocly's "no-ambiguous-paths" / "no-identical-paths": two templates that one request path could match, where
     * neither is the more specific (each has a literal where the other has a variable), or that differ only in names.
     */
    private void ambiguousPaths() {
        List<String> paths = new ArrayList<>();
        api.path("paths").fieldNames().forEachRemaining(paths::add);
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                String[] a = paths.get(i).split("/");
                String[] b = paths.get(j).split("/");
                if (a.length != b.length) {
                    continue;
                }
                boolean overlap = true;
                boolean aMoreSpecific = false;
                boolean bMoreSpecific = false;
                for (int k = 0; k < a.length && overlap; k++) {
                    boolean av = TEMPLATE.matcher(a[k]).matches();
                    boolean bv = TEMPLATE.matcher(b[k]).matches();
                    if (!av && !bv) {
                        overlap = a[k].equals(b[k]);
                    } else if (av && !bv) {
                        bMoreSpecific = true;
                    } else if (!av) {
                        aMoreSpecific = true;
                    }
                }
                if (overlap && aMoreSpecific == bMoreSpecific) {
                    report(aMoreSpecific ? "no-ambiguous-paths" : "no-identical-paths", paths.get(i),
                            "a request could match both it and " + paths.get(j));
                }
            }
        }
    }

    /** redocly's "no-invalid-media-type-examples": every example of a response or body is valid for its schema. */
    private void examples() throws Exception {
        // the document itself is the schema resource; its OpenAPI members (info, paths, example...) are annotations
        JsonMetaSchema dialect = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword)).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(dialect)
                        .schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, api.toString()))));
        for (Op op : operations(api)) {
            String at = "/paths/" + escape(op.path) + "/" + op.method;
            List<String[]> media = new ArrayList<>();
            collectMedia(op.node.path("requestBody").path("content"), at + "/requestBody/content", media);
            for (Iterator<Map.Entry<String, JsonNode>> it = op.node.path("responses").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> r = it.next();
                collectMedia(r.getValue().path("content"), at + "/responses/" + escape(r.getKey()) + "/content",
                        media);
            }
            for (String[] m : media) {
                JsonNode node = api.at(m[0]);
                JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + "#" + m[0] + "/schema"));
                List<JsonNode> values = new ArrayList<>();
                if (node.has("example")) {
                    values.add(node.get("example"));
                }
                for (JsonNode example : node.path("examples")) {
                    if (example.has("value")) {
                        values.add(example.get("value"));
                    }
                }
                for (JsonNode value : values) {
                    if (value.isTextual() && !m[1].contains("json")) {
                        continue; // a text body shown as text
                    }
                    JsonNode instance = value.isTextual() ? tryJson(value.asText()) : value;
                    for (ValidationMessage error : schema.validate(instance)) {
                        report("no-invalid-media-type-examples", op.where + " " + m[1], error.getMessage());
                    }
                }
            }
        }
    }

    private static void collectMedia(JsonNode content, String at, List<String[]> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> m = it.next();
            if (m.getValue().has("schema")) {
                out.add(new String[]{at + "/" + escape(m.getKey()), m.getKey()});
            }
        }
    }

    private static JsonNode tryJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private record Op(String path, String method, JsonNode node, String where) {
    }

    private static List<Op> operations(JsonNode api) {
        List<Op> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> op = it.next();
                if (METHODS.contains(op.getKey())) {
                    ops.add(new Op(path.getKey(), op.getKey(), op.getValue(),
                            op.getKey().toUpperCase() + " " + path.getKey()));
                }
            }
        }
        return ops;
    }
}
