package cn.govdisclosure.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter that the operation does not declare, naming it and the ones it takes: a misspelt filter
 * must not silently return everything. The declared ones are read once per resource method from its
 * {@link QueryParam} parameters and the fields of its {@link BeanParam} classes, the same declarations the contract
 * is generated from.
 */
public class KnownQueryParameters {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(method, KnownQueryParameters::declaredBy);
        List<Violation> unknown = request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name)).sorted()
                .map(name -> known.isEmpty() ? Violation.of(name, "unknown-parameter", "parameter.unknown.none")
                        : Violation.of(name, "unknown-parameter", "parameter.unknown", String.join(", ", known)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
    }

    static Set<String> declaredBy(Method method) {
        java.util.SortedSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                addFields(parameter.getType(), names);
            }
        }
        return java.util.Collections.unmodifiableSortedSet(names);
    }

    private static void addFields(Class<?> type, Set<String> names) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                }
                if (field.isAnnotationPresent(BeanParam.class)) {
                    addFields(field.getType(), names);
                }
            }
        }
    }
}
