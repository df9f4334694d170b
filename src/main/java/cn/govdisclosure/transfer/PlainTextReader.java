package cn.govdisclosure.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;

import cn.govdisclosure.platform.Message;

/**
 * Reads text copied out of a published report: UTF-8 unless another charset is declared; GB2312 and GBK, which
 * GB18030 contains, are read as GB18030.
 */
final class PlainTextReader {

    DocumentText read(byte[] body, String charsetName) {
        Charset charset = charset(charsetName);
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(charset == StandardCharsets.UTF_8
                    ? Message.of("detail.document.not-utf8") : Message.of("detail.document.not-charset", charset.name()));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new DocumentText(List.of(text.split("\r\n|\r|\n", -1)));
    }

    /** The charset a declared name stands for; none declared is UTF-8. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String upper = name.strip().replace("\"", "").toUpperCase(Locale.ROOT);
        if (upper.equals("GB2312") || upper.equals("GBK") || upper.equals("CP936") || upper.equals("GB18030")) {
            return Charset.forName("GB18030");
        }
        try {
            return Charset.forName(upper);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnreadableDocumentException(Message.of("detail.document.unknown-charset", name));
        }
    }
}
