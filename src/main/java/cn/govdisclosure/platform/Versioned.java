package cn.govdisclosure.platform;

/** A view of a resource with the version its strong ETag is made from. */
public record Versioned<T>(T view, long version) {
}
