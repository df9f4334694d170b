package cn.govdisclosure.transfer;

/** A document that cannot be read at all: not of its declared kind, damaged, encrypted, or without text. */
class UnreadableDocumentException extends RuntimeException {

    UnreadableDocumentException(String message) {
        super(message);
    }

    UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
