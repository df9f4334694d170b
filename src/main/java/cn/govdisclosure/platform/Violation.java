package cn.govdisclosure.platform;

/**
 * One rejected field of a request, before it is put into words: the field's JSON path (or parameter name), a stable
 * code a client can key its own texts on ({@link FieldError} lists them), and the message.
 */
public record Violation(String field, String code, Message message) {

    /** A violation whose message is the bundle's key {@code key} with these values. */
    public static Violation of(String field, String code, String key, Object... args) {
        return new Violation(field, code, Message.of(key, args));
    }
}
