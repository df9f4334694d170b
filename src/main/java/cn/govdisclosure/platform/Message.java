package cn.govdisclosure.platform;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text to show a user, said by its key in the message bundle ({@code messages*.properties}) and the values of its
 * placeholders {@code {0}}, {@code {1}} …; it is put into words in the reader's language only when the answer is
 * written ({@link Messages}). A value may itself be a message, or a collection (joined with commas).
 */
public record Message(String key, List<Object> args) {

    public static Message of(String key, Object... args) {
        return new Message(key, Collections.unmodifiableList(Arrays.asList(args.clone())));
    }
}
