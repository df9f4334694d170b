package cn.govdisclosure.transfer;

import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.Messages;

/** A document that cannot be read at all: not of its declared kind, damaged, encrypted, or without text. */
class UnreadableDocumentException extends RuntimeException {

    private final transient Message reason;

    UnreadableDocumentException(Message reason) {
        super(Messages.english(reason));
        this.reason = reason;
    }

    UnreadableDocumentException(Message reason, Throwable cause) {
        super(Messages.english(reason), cause);
        this.reason = reason;
    }

    /** Why the document cannot be read, for the reader of the answer. */
    Message reason() {
        return reason;
    }
}
