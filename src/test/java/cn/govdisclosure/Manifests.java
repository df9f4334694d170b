package cn.govdisclosure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the deployment files at the top of the project (k8s/, Dockerfile) and the settings the
 * application reads (application.properties), for tests that check they agree.
 */
public final class Manifests {

    public static final Path K8S = Path.of("k8s");
    public static final Path DOCKERFILE = Path.of("Dockerfile");
    public static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");
    /** The Secret is a template the operators fill in; kustomize does not apply it. */
    public static final String SECRET_TEMPLATE = "secret.example.yaml";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?}");

    private Manifests() {
    }

    /** Every YAML document of a file (a file may hold several, separated by ---). */
    public static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> result = new ArrayList<>();
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    result.add(doc);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    public static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.list(K8S)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resources kustomize applies: the documents of the files kustomization.yaml lists. */
    public static List<JsonNode> applied() {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode resource : documents(K8S.resolve("kustomization.yaml")).get(0).path("resources")) {
            result.addAll(documents(K8S.resolve(resource.asText())));
        }
        return result;
    }

    /** The one applied resource of this kind. */
    public static JsonNode one(String kind) {
        List<JsonNode> matches = applied().stream().filter(doc -> kind.equals(doc.path("kind").asText())).toList();
        if (matches.size() != 1) {
            throw new AssertionError("expected one " + kind + " in k8s/, found " + matches.size());
        }
        return matches.get(0);
    }

    public static JsonNode secretTemplate() {
        return documents(K8S.resolve(SECRET_TEMPLATE)).get(0);
    }

    /** The service's container in the Deployment. */
    public static JsonNode container() {
        JsonNode containers = one("Deployment").path("spec").path("template").path("spec").path("containers");
        if (containers.size() != 1) {
            throw new AssertionError("expected one container, found " + containers.size());
        }
        return containers.get(0);
    }

    /** The container port a probe or Service names, by name or by number. */
    public static int containerPort(JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode declared : container().path("ports")) {
            if (port.asText().equals(declared.path("name").asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        throw new AssertionError("the container declares no port named " + port.asText());
    }

    public static Properties applicationProperties() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * The environment variables the application reads: those its settings refer to as
     * {@code ${NAME}} or {@code ${NAME:default}}, and the environment form of each of its settings
     * ({@code quarkus.http.port} is {@code QUARKUS_HTTP_PORT}, {@code %prod.quarkus.x} is
     * {@code _PROD_QUARKUS_X}).
     */
    public static Set<String> variablesTheApplicationReads() {
        Set<String> names = new TreeSet<>();
        applicationProperties().forEach((key, value) -> {
            names.add(environmentForm(key.toString()));
            Matcher reference = ENV_REFERENCE.matcher(value.toString());
            while (reference.find()) {
                names.add(reference.group(1));
            }
        });
        return names;
    }

    /** The default of a setting given as {@code ${NAME:default}}, e.g. 8080 for {@code quarkus.http.port}. */
    public static String defaultOf(String property) {
        String value = applicationProperties().getProperty(property);
        if (value == null) {
            throw new AssertionError(property + " is not in application.properties");
        }
        Matcher reference = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):([^}]*)}").matcher(value);
        return reference.matches() ? reference.group(2) : value;
    }

    /** The variable a setting is read from, e.g. PORT for {@code quarkus.http.port}. */
    public static String variableOf(String property) {
        Matcher reference = ENV_REFERENCE.matcher(applicationProperties().getProperty(property, ""));
        if (!reference.find()) {
            throw new AssertionError(property + " is not read from an environment variable");
        }
        return reference.group(1);
    }

    /** SmallRye Config's environment form of a property name: non-alphanumerics become _, upper case. */
    public static String environmentForm(String property) {
        StringBuilder name = new StringBuilder();
        for (char c : property.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }

    public static List<String> dockerfileLines() {
        try {
            return Files.readAllLines(DOCKERFILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The arguments of each instruction of the Dockerfile with this keyword, in order. */
    public static List<String> dockerInstructions(String keyword) {
        return dockerfileLines().stream().map(String::strip)
                .filter(line -> line.regionMatches(true, 0, keyword + " ", 0, keyword.length() + 1))
                .map(line -> line.substring(keyword.length() + 1).strip()).toList();
    }
}
