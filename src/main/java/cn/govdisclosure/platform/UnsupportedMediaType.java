package cn.govdisclosure.platform;

/** A body of a media type the endpoint does not read. */
public final class UnsupportedMediaType extends DomainException {

    public UnsupportedMediaType(String detail) {
        super(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", detail);
    }
}
