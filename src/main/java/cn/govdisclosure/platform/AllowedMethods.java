package cn.govdisclosure.platform;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The methods each resource path supports, read once from the resource classes, so that a 405 can
 * carry the {@code Allow} header RFC 9110 requires.
 */
@ApplicationScoped
public class AllowedMethods {

    private final BeanManager beans;
    private volatile Map<Pattern, Set<String>> byPath;

    AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    /** The methods allowed on a request path, joined for the header; empty when the path is unknown. */
    public String forPath(String path) {
        List<String> methods = new ArrayList<>();
        index().forEach((pattern, allowed) -> {
            if (pattern.matcher(path).matches()) {
                methods.addAll(allowed);
            }
        });
        return String.join(", ", new TreeSet<>(methods));
    }

    private Map<Pattern, Set<String>> index() {
        if (byPath == null) {
            Map<String, Set<String>> templates = new TreeMap<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = verb(method);
                    if (verb == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String template = join(root.value(), sub == null ? "" : sub.value());
                    templates.computeIfAbsent(template, key -> new TreeSet<>()).add(verb);
                }
            }
            Map<Pattern, Set<String>> compiled = new java.util.LinkedHashMap<>();
            templates.forEach((template, verbs) -> {
                verbs.add("OPTIONS");
                if (verbs.contains("GET")) {
                    verbs.add("HEAD");
                }
                compiled.put(Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+") + "/?"), verbs);
            });
            byPath = compiled;
        }
        return byPath;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
