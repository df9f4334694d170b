package cn.govdisclosure.platform;

/** A body of a media type the endpoint does not read. */
public final class UnsupportedMediaType extends DomainException {

    public UnsupportedMediaType(Message detail) {
        super(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, Message.of("title.unsupported-media-type"), detail);
    }
}
