package org.unsymbol;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's code map is the code's: its route table (URL root → resource classes) is what the classes declare, a
 * root has one owner and any guest is listed beside it; the packages import each other in one direction only; the
 * grammar is reached through the injected parser, not a static default, outside the framework-free core. Plain JUnit
 * over the sources and compiled classes, no container.
 */
class CodeMapTest {

    private static final java.nio.file.Path SOURCES = java.nio.file.Path.of("src", "main", "java");
    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");
    private static final String BASE = "org.unsymbol.";
    /** A route table row: | `/root` | `package.Class` (owner), `package.Class` (guest) ... | what | */
    private static final Pattern ROUTE_ROW = Pattern.compile("^\\| `(/[^`]*)` \\| (`[^|]+)\\|");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("`([a-z.]+\\.[A-Z][A-Za-z]+)`");
    @Test
    void theReadmesRouteTableIsWhatTheResourcesDeclare() {
        Map<String, List<String>> declared = new TreeMap<>();
        for (Class<?> c : compiledClasses()) {
            Path path = c.getAnnotation(Path.class);
            if (path != null) {
                declared.computeIfAbsent(path.value(), k -> new ArrayList<>())
                        .add(c.getName().substring(BASE.length()));
            }
        }
        declared.values().forEach(l -> l.sort(null));
        Map<String, List<String>> documented = new TreeMap<>();
        for (String line : readme()) {
            Matcher row = ROUTE_ROW.matcher(line);
            if (row.find()) {
                List<String> classes = new ArrayList<>();
                Matcher code = CODE.matcher(row.group(2));
                while (code.find()) {
                    classes.add(code.group(1));
                }
                classes.sort(null);
                documented.put(row.group(1), classes);
            }
        }
        assertEquals(declared, documented, "README.md's route table (URL root | resource classes) against the "
                + "@Path of the resource classes");
    }

    @Test
    void aSharedRootHasOneOwnerAndItsGuestsNameIt() throws IOException {
        // the owner declares the root as a constant; every other resource under it uses that constant, so a reader
        // of either class sees the sharing
        Map<String, List<String>> byRoot = new HashMap<>();
        for (Class<?> c : compiledClasses()) {
            Path path = c.getAnnotation(Path.class);
            if (path != null) {
                byRoot.computeIfAbsent(path.value(), k -> new ArrayList<>()).add(c.getName());
            }
        }
        for (Map.Entry<String, List<String>> e : byRoot.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            List<String> owners = new ArrayList<>();
            for (String name : e.getValue()) {
                String source = source(name);
                if (Pattern.compile("public static final String ROOT = \"" + Pattern.quote(e.getKey()) + "\";")
                        .matcher(source).find()) {
                    owners.add(name);
                }
            }
            assertEquals(1, owners.size(), e.getKey() + " is shared by " + e.getValue()
                    + ": exactly one of them owns it (public static final String ROOT)");
            String owner = owners.get(0).substring(owners.get(0).lastIndexOf('.') + 1);
            for (String guest : e.getValue()) {
                if (!guest.equals(owners.get(0))) {
                    assertTrue(source(guest).contains("@Path(" + owner + ".ROOT)"),
                            guest + " shares " + e.getKey() + " and must declare @Path(" + owner + ".ROOT)");
                }
            }
        }
    }

    @Test
    void thePackagesImportEachOtherInOneDirection() throws IOException {
        Map<String, Set<String>> uses = packageUses();
        assertEquals(List.of(), cycles(uses), "package cycles (sets of packages that import each other)");
        assertTrue(!uses.getOrDefault("draft", Set.of()).contains("citegraph"),
                "the draft check records citations through draft.CitationRecorder, never citegraph itself");
    }

    @Test
    void theGrammarIsInjectedOutsideTheCore() throws IOException {
        List<String> statics = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(SOURCES)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = packageOf(f);
                if (pkg.equals("symbol") || pkg.equals("extract")) {
                    continue; // the framework-free core keeps its own default for plain callers
                }
                String text = COMMENT.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll(" ");
                if (text.contains("SymbolParser.standard()") || text.contains("ReferenceExtractor.standard()")) {
                    statics.add(SOURCES.relativize(f).toString());
                }
            }
        }
        assertEquals(List.of(), statics,
                "feature code takes the injected SymbolParser (symbolapi.SymbolParserProducer)");
    }

    // ---

    private static List<String> readme() {
        try {
            return Files.readAllLines(java.nio.file.Path.of("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String source(String className) throws IOException {
        String top = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        return Files.readString(SOURCES.resolve(top.replace('.', '/') + ".java"), StandardCharsets.UTF_8);
    }

    private static List<Class<?>> compiledClasses() {
        List<Class<?>> out = new ArrayList<>();
        java.nio.file.Path root = CLASSES.resolve("org/unsymbol");
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                out.add(Class.forName(name, false, CodeMapTest.class.getClassLoader()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static String packageOf(java.nio.file.Path file) {
        String rel = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
        return rel.startsWith(BASE) ? rel.substring(BASE.length()) : rel.equals("org.unsymbol") ? "" : rel;
    }

    /** Package → the packages its code names (imports and qualified names; comments aside), from the sources. */
    private static Map<String, Set<String>> packageUses() throws IOException {
        Pattern named = Pattern.compile("org\\.unsymbol\\.([a-z][a-z0-9.]*)\\.[A-Z]");
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<java.nio.file.Path> files = Files.walk(SOURCES)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = packageOf(f);
                Set<String> out = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                String code = COMMENT.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll(" ");
                Matcher m = named.matcher(code);
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        out.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }

    /** The strongly connected sets of more than one package (Tarjan). */
    private static List<Set<String>> cycles(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String p : uses.keySet()) {
            if (!index.containsKey(p)) {
                strongConnect(p, uses, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void strongConnect(String v, Map<String, Set<String>> uses, Map<String, Integer> index,
                                      Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                      List<Set<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : uses.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                strongConnect(w, uses, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }
}
