package org.unsymbol.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads every manifest in k8s/ with the fabric8 Kubernetes model and checks it against the application's real
 * configuration: port, probe paths, environment names, secrets and selectors. Runs inside the application so that
 * "a real configuration name" means one this build actually knows.
 */
@QuarkusTest
@WithDatabase
class DeploymentManifestsTest {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();
    private static final Path K8S = Path.of("k8s");
    private static final Map<String, List<JsonNode>> BY_KIND = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(K8S)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                for (JsonNode doc : YAML.readValues(YAML.createParser(f.toFile()), JsonNode.class).readAll()) {
                    BY_KIND.computeIfAbsent(doc.path("kind").asText(), k -> new ArrayList<>()).add(doc);
                }
            }
        }
    }

    private static <T> T one(String kind, Class<T> type) throws IOException {
        List<JsonNode> docs = BY_KIND.get(kind);
        assertNotNull(docs, "no " + kind + " in k8s/");
        assertEquals(1, docs.size(), kind);
        return YAML.treeToValue(docs.get(0), type);
    }

    private static Container container() throws IOException {
        return one("Deployment", Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** The port the packaged service listens on (tests run on a random one). */
    private static int httpPort() {
        try (var in = DeploymentManifestsTest.class.getResourceAsStream("/application.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return Integer.parseInt(p.getProperty("quarkus.http.port"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theContainerServesTheConfiguredPortAndItsRealHealthPaths() throws IOException {
        Container c = container();
        ContainerPort http = c.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst().orElseThrow();
        assertEquals(8080, httpPort(), "application.properties");
        assertEquals(httpPort(), http.getContainerPort());
        assertProbe(c.getReadinessProbe(), "/q/health/ready");
        assertProbe(c.getLivenessProbe(), "/q/health/live");
        assertProbe(c.getStartupProbe(), "/q/health/started");
    }

    private static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal());
        io.restassured.RestAssured.given().get(path).then().statusCode(200); // the path really answers
    }

    @Test
    void everyEnvironmentNameIsAConfigurationThisBuildKnows() throws IOException {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        Set<String> known = new HashSet<>();
        for (String name : config.getPropertyNames()) {
            known.add(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        Set<String> names = new HashSet<>(one("ConfigMap", ConfigMap.class).getData().keySet());
        container().getEnv().stream().map(EnvVar::getName).forEach(names::add);
        names.remove("JAVA_OPTS"); // read by the image's entrypoint, not by the application
        for (String name : names) {
            assertTrue(known.contains(name), name + " is not a configuration name of this build");
        }
    }

    @Test
    void secretsAndConfigMapReferencesResolve() throws IOException {
        Map<String, Set<String>> secretKeys = new HashMap<>();
        for (JsonNode doc : BY_KIND.get("Secret")) {
            Secret s = YAML.treeToValue(doc, Secret.class);
            secretKeys.put(s.getMetadata().getName(), s.getStringData().keySet());
        }
        for (EnvVar e : container().getEnv()) {
            if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                var ref = e.getValueFrom().getSecretKeyRef();
                assertTrue(secretKeys.getOrDefault(ref.getName(), Set.of()).contains(ref.getKey()),
                        e.getName() + " -> " + ref.getName() + "/" + ref.getKey());
            }
        }
        String configMap = container().getEnvFrom().get(0).getConfigMapRef().getName();
        assertEquals(one("ConfigMap", ConfigMap.class).getMetadata().getName(), configMap);
    }

    @Test
    void thePodIsHardenedAndSized() throws IOException {
        Deployment d = one("Deployment", Deployment.class);
        assertTrue(d.getSpec().getReplicas() >= 2);
        assertTrue(d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot());
        Container c = container();
        assertTrue(c.getSecurityContext().getReadOnlyRootFilesystem());
        assertTrue(!c.getSecurityContext().getAllowPrivilegeEscalation());
        assertNotNull(c.getResources().getRequests().get("memory"));
        assertNotNull(c.getResources().getLimits().get("memory"));
        assertTrue(c.getVolumeMounts().stream().anyMatch(m -> "/tmp".equals(m.getMountPath())),
                "a read-only root needs a writable /tmp");
    }

    @Test
    void serviceAutoscalerBudgetAndPolicyPointAtThePods() throws IOException {
        Deployment d = one("Deployment", Deployment.class);
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        Service s = one("Service", Service.class);
        assertTrue(podLabels.entrySet().containsAll(s.getSpec().getSelector().entrySet()));
        assertEquals("http", s.getSpec().getPorts().get(0).getTargetPort().getStrVal());
        HorizontalPodAutoscaler hpa = one("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
        assertEquals(d.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2);
        PodDisruptionBudget pdb = one("PodDisruptionBudget", PodDisruptionBudget.class);
        assertTrue(podLabels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()));
        NetworkPolicy np = one("NetworkPolicy", NetworkPolicy.class);
        assertTrue(podLabels.entrySet().containsAll(np.getSpec().getPodSelector().getMatchLabels().entrySet()));
        assertEquals(httpPort(), np.getSpec().getIngress().get(0).getPorts().get(0).getPort().getIntVal());
    }

    @Test
    void theDatabaseClusterMatchesTheCredentialsAndUrl() throws IOException {
        JsonNode cluster = BY_KIND.get("Cluster").get(0);
        String name = cluster.path("metadata").path("name").asText();
        JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
        Secret credentials = BY_KIND.get("Secret").stream().map(n -> convert(n, Secret.class))
                .filter(s -> s.getMetadata().getName().equals(initdb.path("secret").path("name").asText()))
                .findFirst().orElseThrow();
        assertEquals(initdb.path("owner").asText(), credentials.getStringData().get("username"));
        String url = BY_KIND.get("Secret").stream().map(n -> convert(n, Secret.class))
                .map(s -> s.getStringData().get("jdbc-url")).filter(u -> u != null).findFirst().orElseThrow();
        assertEquals("jdbc:postgresql://" + name + "-rw:5432/" + initdb.path("database").asText(), url);
    }

    @Test
    void theKustomizationListsEveryManifest() throws IOException {
        JsonNode k = BY_KIND.get("Kustomization").get(0);
        Set<String> listed = new HashSet<>();
        k.path("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(K8S)) {
            Set<String> present = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml")).collect(Collectors.toSet());
            assertEquals(present, listed);
        }
    }

    @Test
    void theImageAndComposeFileUseTheSamePortsPathsAndNames() throws IOException {
        String dockerfile = Files.readString(Path.of("docker", "Dockerfile.jvm"));
        assertTrue(dockerfile.contains("EXPOSE " + httpPort()));
        assertTrue(dockerfile.contains("/q/health/ready"));
        assertTrue(dockerfile.contains("USER 10001"));
        JsonNode compose = YAML.readTree(Path.of("docker", "docker-compose.yml").toFile());
        JsonNode env = compose.path("services").path("unsymbol").path("environment");
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        Set<String> known = new HashSet<>();
        config.getPropertyNames().forEach(n -> known.add(n.toUpperCase().replaceAll("[^A-Z0-9]", "_")));
        env.fieldNames().forEachRemaining(n -> assertTrue(known.contains(n), n));
    }

    /**
     * An OutOfMemoryError leaves a JVM half dead (threads killed at random): every launch path exits instead. And
     * every launch path lets the JVM give the Word/PDF extraction threads their low OS priority (DraftExtractions).
     */
    @Test
    void everyLaunchPathExitsOnOutOfMemoryAndMapsThreadPriorities() throws IOException {
        List<String> flags = new ArrayList<>(List.of("-XX:+ExitOnOutOfMemoryError"));
        flags.addAll(List.of(org.unsymbol.draft.DraftExtractions.PRIORITY_FLAGS.split(" ")));
        String dockerfile = Files.readString(Path.of("docker", "Dockerfile.jvm"));
        java.util.regex.Matcher opts = java.util.regex.Pattern.compile("JAVA_OPTS=\"([^\"]*)\"").matcher(dockerfile);
        assertTrue(opts.find(), "Dockerfile.jvm sets JAVA_OPTS");
        assertTrue(dockerfile.contains("java $JAVA_OPTS"), "the entrypoint passes JAVA_OPTS");
        String javaOpts = container().getEnv().stream().filter(e -> e.getName().equals("JAVA_OPTS"))
                .map(EnvVar::getValue).findFirst().orElse("");
        java.util.regex.Matcher jvmArgs = java.util.regex.Pattern.compile("<jvm\\.args>([^<]*)</jvm\\.args>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(jvmArgs.find(), "quarkus:dev's jvm.args in pom.xml");
        String reliability = Files.readString(Path.of("scripts", "reliability.sh"));
        for (String flag : flags) {
            assertTrue(List.of(opts.group(1).split(" ")).contains(flag), "Dockerfile.jvm JAVA_OPTS: " + flag);
            assertTrue(List.of(javaOpts.split(" ")).contains(flag), "k8s JAVA_OPTS: " + flag);
            assertTrue(List.of(jvmArgs.group(1).split(" ")).contains(flag), "pom.xml jvm.args: " + flag);
            assertTrue(reliability.contains("java " + String.join(" ", flags)), "scripts/reliability.sh: " + flag);
        }
    }

    private static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return YAML.treeToValue(node, type);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
