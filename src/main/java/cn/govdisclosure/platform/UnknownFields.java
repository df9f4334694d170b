package cn.govdisclosure.platform;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Collects every unknown field of a request body instead of stopping at the first, so that a client sending
 * back a whole GET body (with its id, version, timestamps and status) learns all the fields it must drop in
 * one answer. The unknown fields are skipped while the body is read; when the outermost object ends, they
 * are thrown together as {@link Refused}.
 */
final class UnknownFields {

    private static final Object SEEN = UnknownFields.class.getName() + ".seen";
    private static final Object OBJECTS = UnknownFields.class.getName() + ".objects";

    private UnknownFields() {
    }

    /** Records an unknown field with the path of the object it is in, and skips its value. */
    static final class Collector extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws java.io.IOException {
            List<String> objects = objects(ctxt);
            String prefix = objects.isEmpty() ? "" : objects.get(objects.size() - 1);
            seen(ctxt).add(prefix.isEmpty() ? propertyName : prefix + "." + propertyName);
            p.skipChildren();
            return true;
        }
    }

    /** Wraps every bean deserializer so that the outermost one throws what the collector found. */
    static final class Thrower extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new Outermost(deserializer);
        }
    }

    /** A bean deserializer that, at the end of the outermost bean, refuses the body if it had unknown fields. */
    private static final class Outermost extends DelegatingDeserializer {

        Outermost(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Outermost(delegate);
        }

        /**
         * Reads the bean, with its path on top of the stack of open objects while it is read: records (all of whose
         * fields are constructor parameters) report their unknown fields only once they are built, from a buffer
         * that no longer knows where the object was.
         */
        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws java.io.IOException {
            List<String> objects = objects(ctxt);
            objects.add(path(p.getParsingContext().getParent()));
            Object value = super.deserialize(p, ctxt);
            objects.remove(objects.size() - 1);
            List<String> seen = seen(ctxt);
            if (objects.isEmpty() && !seen.isEmpty()) {
                throw new Refused(p, List.copyOf(seen), handledType());
            }
            return value;
        }
    }

    /** The path of the value a context holds: {@code applicant}, {@code items[2]}; empty for the body itself. */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            String part = at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.getCurrentName();
            path.insert(0, part);
        }
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> objects(DeserializationContext ctxt) {
        List<String> objects = (List<String>) ctxt.getAttribute(OBJECTS);
        if (objects == null) {
            objects = new ArrayList<>();
            ctxt.setAttribute(OBJECTS, objects);
        }
        return objects;
    }

    @SuppressWarnings("unchecked")
    private static List<String> seen(DeserializationContext ctxt) {
        List<String> seen = (List<String>) ctxt.getAttribute(SEEN);
        if (seen == null) {
            seen = new ArrayList<>();
            ctxt.setAttribute(SEEN, seen);
        }
        return seen;
    }

    /** The body had fields its resource does not have: each one's path, in the order of the body. */
    static final class Refused extends UnrecognizedPropertyException {

        private static final long serialVersionUID = 1L;

        private final transient List<String> paths;

        Refused(JsonParser p, List<String> paths, Class<?> type) {
            super(p, "Unknown fields " + paths, p.currentLocation(), type, paths.get(0), null);
            this.paths = paths;
        }

        List<String> paths() {
            return paths;
        }
    }
}
