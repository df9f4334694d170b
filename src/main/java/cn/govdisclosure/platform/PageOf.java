package cn.govdisclosure.platform;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection: the items, the 0-based page number, the page size and the total count. */
@Schema(name = "Page")
public record PageOf<T>(List<T> items, int page, int size, long totalItems) {

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
