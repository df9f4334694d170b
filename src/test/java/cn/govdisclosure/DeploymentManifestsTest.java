package cn.govdisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The container image and the Kubernetes manifests agree with each other and with the application:
 * ports, probe paths, the environment variables set, the user, the shutdown timings.
 */
class DeploymentManifestsTest {

    private static final Map<String, String> PROBES = Map.of(
            "startupProbe", "/q/health/started",
            "readinessProbe", "/q/health/ready",
            "livenessProbe", "/q/health/live");

    @Test
    void everyManifestParsesAndKustomizeAppliesAllButTheSecretTemplate() {
        List<String> listed = new ArrayList<>();
        Manifests.documents(Manifests.K8S.resolve("kustomization.yaml")).get(0).path("resources")
                .forEach(resource -> listed.add(resource.asText()));
        List<String> files = Manifests.yamlFiles().stream().map(Path::getFileName).map(Path::toString)
                .filter(name -> !name.equals("kustomization.yaml") && !name.equals(Manifests.SECRET_TEMPLATE))
                .toList();
        assertEquals(files, listed.stream().sorted().toList());

        Set<String> kinds = new TreeSet<>();
        for (Path file : Manifests.yamlFiles()) {
            for (JsonNode doc : Manifests.documents(file)) {
                assertFalse(doc.path("apiVersion").asText().isEmpty(), file + " has a document without apiVersion");
                assertFalse(doc.path("kind").asText().isEmpty(), file + " has a document without kind");
                if (!file.endsWith("kustomization.yaml")) {
                    assertFalse(doc.path("metadata").path("name").asText().isEmpty(), file + ": a resource without name");
                }
            }
        }
        Manifests.applied().forEach(doc -> kinds.add(doc.path("kind").asText()));
        assertEquals(Set.of("ConfigMap", "Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service"),
                kinds);
    }

    @Test
    void probesCallTheHealthEndpointsOnTheApplicationsPort() {
        JsonNode container = Manifests.container();
        // the health endpoints keep their default location: nothing moves /q or /q/health
        assertFalse(Manifests.applicationProperties().stringPropertyNames().stream()
                .anyMatch(key -> key.endsWith("non-application-root-path") || key.endsWith("smallrye-health.root-path")
                        || key.endsWith("quarkus.http.root-path")));

        int applicationPort = applicationPort();
        PROBES.forEach((probe, path) -> {
            JsonNode get = container.path(probe).path("httpGet");
            assertEquals(path, get.path("path").asText(), probe);
            assertEquals(applicationPort, Manifests.containerPort(get.path("port")), probe + " port");
        });
        JsonNode annotations = Manifests.one("Deployment").path("spec").path("template").path("metadata")
                .path("annotations");
        assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText());
        assertEquals(Integer.toString(applicationPort), annotations.path("prometheus.io/port").asText());
    }

    @Test
    void imageServiceAndDeploymentUseTheSamePort() {
        int applicationPort = applicationPort();
        assertEquals(List.of(Integer.toString(applicationPort)), Manifests.dockerInstructions("EXPOSE"));
        JsonNode ports = Manifests.container().path("ports");
        assertEquals(1, ports.size());
        assertEquals(applicationPort, ports.get(0).path("containerPort").asInt());

        JsonNode service = Manifests.one("Service");
        assertEquals(1, service.path("spec").path("ports").size());
        JsonNode servicePort = service.path("spec").path("ports").get(0);
        assertEquals(applicationPort, Manifests.containerPort(servicePort.path("targetPort")));
        assertEquals(applicationPort, servicePort.path("port").asInt());
    }

    @Test
    void selectorsFindTheDeploymentsPods() {
        JsonNode deployment = Manifests.one("Deployment");
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        assertMatches(deployment.path("spec").path("selector").path("matchLabels"), podLabels, "Deployment selector");
        assertMatches(Manifests.one("Service").path("spec").path("selector"), podLabels, "Service selector");
        assertMatches(Manifests.one("PodDisruptionBudget").path("spec").path("selector").path("matchLabels"), podLabels,
                "PodDisruptionBudget selector");

        JsonNode target = Manifests.one("HorizontalPodAutoscaler").path("spec").path("scaleTargetRef");
        assertEquals("Deployment", target.path("kind").asText());
        assertEquals(deployment.path("metadata").path("name").asText(), target.path("name").asText());
    }

    @Test
    void severalReplicasRollOneByOneWithinBoundedResources() {
        JsonNode spec = Manifests.one("Deployment").path("spec");
        assertTrue(spec.path("replicas").asInt() >= 2, "at least two replicas");
        assertEquals("RollingUpdate", spec.path("strategy").path("type").asText());
        assertEquals(0, spec.path("strategy").path("rollingUpdate").path("maxUnavailable").asInt());

        JsonNode hpa = Manifests.one("HorizontalPodAutoscaler").path("spec");
        assertEquals(spec.path("replicas").asInt(), hpa.path("minReplicas").asInt());
        assertTrue(hpa.path("maxReplicas").asInt() > hpa.path("minReplicas").asInt());
        assertEquals(1, Manifests.one("PodDisruptionBudget").path("spec").path("maxUnavailable").asInt());

        JsonNode resources = Manifests.container().path("resources");
        for (String resource : List.of("cpu", "memory")) {
            double requested = quantity(resources.path("requests").path(resource).asText());
            double limit = quantity(resources.path("limits").path(resource).asText());
            assertTrue(requested > 0 && limit >= requested, resource + ": request " + requested + ", limit " + limit);
        }
        // every pod's pool, during a rolling update too, fits in MySQL's default max_connections (151)
        int poolSize = Integer.parseInt(configMap().get("DB_POOL_MAX_SIZE"));
        assertTrue((hpa.path("maxReplicas").asInt() + 1) * poolSize < 151);
    }

    @Test
    void podRunsAsTheImagesNonRootUserOnAReadOnlyFilesystemWithAWritableTmp() {
        JsonNode pod = Manifests.one("Deployment").path("spec").path("template").path("spec");
        JsonNode container = Manifests.container();
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean());
        List<String> users = Manifests.dockerInstructions("USER");
        assertEquals(1, users.size());
        String imageUser = users.get(0).split(":")[0];
        assertTrue(imageUser.matches("[1-9][0-9]*"), "the image's USER is a numeric non-root id: " + imageUser);
        assertEquals(imageUser, pod.path("securityContext").path("runAsUser").asText());

        assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean());
        assertFalse(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true));
        JsonNode tmp = null;
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals("/tmp")) {
                tmp = mount;
            }
        }
        assertTrue(tmp != null, "/tmp is mounted");
        String volume = tmp.path("name").asText();
        boolean emptyDir = false;
        for (JsonNode declared : pod.path("volumes")) {
            emptyDir |= declared.path("name").asText().equals(volume) && declared.has("emptyDir");
        }
        assertTrue(emptyDir, "/tmp is an emptyDir");
    }

    @Test
    void everyVariableTheManifestsSetIsOneTheApplicationReads() {
        Set<String> read = Manifests.variablesTheApplicationReads();
        Map<String, String> set = variablesSet();
        List<String> unknown = set.keySet().stream().filter(name -> !read.contains(name)).toList();
        assertEquals(List.of(), unknown, "set by the manifests but read by nothing; the application reads "
                + read.stream().filter(name -> !name.startsWith("QUARKUS_") && !name.startsWith("_")).toList()
                + " and the environment form (QUARKUS_…) of each property in application.properties");
        // the required prod settings do come from the Secret
        for (String required : List.of("DB_URL", "DB_USERNAME", "DB_PASSWORD")) {
            assertEquals("Secret", set.get(required), required);
        }
    }

    @Test
    void theSecretTemplateHoldsEveryReferencedKeyButNoSecret() {
        JsonNode template = Manifests.secretTemplate();
        assertEquals("Secret", template.path("kind").asText());
        assertFalse(template.has("data"), "values in stringData only, readable placeholders");
        JsonNode values = template.path("stringData");
        for (JsonNode variable : Manifests.container().path("env")) {
            JsonNode ref = variable.path("valueFrom").path("secretKeyRef");
            if (!ref.isMissingNode()) {
                assertEquals(template.path("metadata").path("name").asText(), ref.path("name").asText());
                assertTrue(values.has(ref.path("key").asText()), "the template has " + ref.path("key").asText());
            }
        }
        assertTrue(values.path("DB_PASSWORD").asText().startsWith("change-me"), "DB_PASSWORD is a placeholder");
        assertTrue(values.path("DISCLOSURE_ENCRYPTION_KEYS").asText().startsWith("k1:change-me"),
                "DISCLOSURE_ENCRYPTION_KEYS is a placeholder");
        JsonNode configRef = Manifests.container().path("envFrom").get(0).path("configMapRef");
        assertEquals(Manifests.one("ConfigMap").path("metadata").path("name").asText(), configRef.path("name").asText());
    }

    @Test
    void inFlightRequestsFinishWithinTheTerminationGracePeriod() {
        Map<String, String> config = configMap();
        Duration shutdown = duration(config.get("SHUTDOWN_DELAY")).plus(duration(config.get("SHUTDOWN_TIMEOUT")));
        long grace = Manifests.one("Deployment").path("spec").path("template").path("spec")
                .path("terminationGracePeriodSeconds").asLong();
        assertTrue(shutdown.getSeconds() + 5 <= grace, shutdown + " of shutdown, " + grace + " s of grace");
        // and the defaults in application.properties agree with the ConfigMap
        assertEquals(Manifests.defaultOf("%prod.quarkus.shutdown.delay"), config.get("SHUTDOWN_DELAY"));
        assertEquals(Manifests.defaultOf("quarkus.shutdown.timeout"), config.get("SHUTDOWN_TIMEOUT"));
    }

    @Test
    void theImageIsBuiltOnAJdk17AndRunsOnAJre17() {
        List<String> stages = Manifests.dockerInstructions("FROM");
        assertEquals(2, stages.size(), "a build stage and a run stage");
        assertTrue(stages.get(0).matches("eclipse-temurin:17-jdk\\S* AS build"), stages.get(0));
        assertTrue(stages.get(1).matches("eclipse-temurin:17-jre\\S*"), stages.get(1));
        assertTrue(Manifests.dockerInstructions("RUN").stream().anyMatch(run -> run.startsWith("./mvnw ")));
        assertEquals(List.of("[\"sh\", \"-c\", \"exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar\"]"),
                Manifests.dockerInstructions("ENTRYPOINT"));
    }

    @Test
    void theRunStageRecordsTheClassDataArchiveThatJavaOptsNames() {
        List<String> lines = Manifests.dockerfileLines().stream().map(String::strip).toList();
        int javaOpts = indexOf(lines, line -> line.startsWith("JAVA_OPTS=\""));
        assertTrue(List.of(lines.get(javaOpts).split("[\" ]")).contains("-XX:SharedArchiveFile=/deployments/app-cds.jsa"),
                lines.get(javaOpts));
        // recorded after JAVA_OPTS is set, in the run stage: by the JRE that runs the service, for the jar the
        // ENTRYPOINT starts, with a heap bound as in the pod
        int recording = indexOf(lines, line -> line.contains("sh /tmp/class-data-archive.sh "));
        int runStage = lines.lastIndexOf(Manifests.dockerInstructions("FROM").stream().reduce((first, last) -> last)
                .map(stage -> "FROM " + stage).orElseThrow());
        assertTrue(recording > runStage && recording > javaOpts, "line " + recording);
        assertTrue(lines.get(recording).matches(
                ".*JAVA_OPTS=\"\\$JAVA_OPTS -XX:MaxRAM=\\d+m\" sh /tmp/class-data-archive.sh /deployments/quarkus-run.jar.*"),
                lines.get(recording));
    }

    private static int indexOf(List<String> lines, Predicate<String> wanted) {
        for (int i = 0; i < lines.size(); i++) {
            if (wanted.test(lines.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such line in the Dockerfile");
    }

    /** The port the application listens on in the pod: the ConfigMap's PORT, else the default. */
    private static int applicationPort() {
        String variable = Manifests.variableOf("quarkus.http.port");
        return Integer.parseInt(configMap().getOrDefault(variable, Manifests.defaultOf("quarkus.http.port")));
    }

    private static Map<String, String> configMap() {
        Map<String, String> values = new TreeMap<>();
        Manifests.one("ConfigMap").path("data").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    /** Each variable the container gets, with where it comes from (ConfigMap, Secret or value). */
    private static Map<String, String> variablesSet() {
        Map<String, String> set = new TreeMap<>();
        JsonNode container = Manifests.container();
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                configMap().keySet().forEach(name -> set.put(name, "ConfigMap"));
            } else if (source.has("secretRef")) {
                Manifests.secretTemplate().path("stringData").fieldNames().forEachRemaining(name -> set.put(name, "Secret"));
            } else {
                throw new AssertionError("unexpected envFrom " + source);
            }
        }
        for (JsonNode variable : container.path("env")) {
            set.put(variable.path("name").asText(),
                    variable.path("valueFrom").has("secretKeyRef") ? "Secret"
                            : variable.path("valueFrom").has("configMapKeyRef") ? "ConfigMap" : "value");
        }
        return set;
    }

    private static void assertMatches(JsonNode selector, JsonNode labels, String what) {
        assertTrue(selector.size() > 0, what + " is empty");
        selector.fields().forEachRemaining(e -> assertEquals(e.getValue().asText(), labels.path(e.getKey()).asText(),
                what + " " + e.getKey()));
    }

    /** A Kubernetes quantity in base units: 250m = 0.25, 512Mi = 536870912. */
    private static double quantity(String text) {
        Map<String, Double> suffixes = Map.of("m", 1e-3, "Ki", 1024.0, "Mi", 1024.0 * 1024, "Gi", 1024.0 * 1024 * 1024);
        for (Map.Entry<String, Double> suffix : suffixes.entrySet()) {
            if (text.endsWith(suffix.getKey())) {
                return Double.parseDouble(text.substring(0, text.length() - suffix.getKey().length())) * suffix.getValue();
            }
        }
        return Double.parseDouble(text);
    }

    /** A Quarkus duration such as 5S or 1M. */
    private static Duration duration(String text) {
        return Duration.parse("PT" + text.toUpperCase());
    }
}
