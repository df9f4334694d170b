package cn.govdisclosure.platform;

/**
 * The outcome of an idempotent create: the stored resource, and whether this request created it
 * ({@code false} when the same request had already been accepted).
 */
public record Creation<T>(Versioned<T> stored, boolean created) {
}
