package dev.ztmm.collect;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes file bytes into {@link SourceText}, tolerating byte order marks and legacy bytes. */
public final class TextDecoder {

    private static final int BINARY_PROBE_BYTES = 8192;

    private TextDecoder() {}

    /**
     * Decodes {@code bytes}: UTF-16 when a UTF-16 byte order mark is present, otherwise UTF-8,
     * falling back to ISO-8859-1 (which accepts every byte) with a warning when the bytes are not
     * valid UTF-8.
     *
     * @throws CollectException when the bytes look binary (a NUL byte near the start)
     */
    public static SourceText decode(String path, byte[] bytes) throws CollectException {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return normalized(path, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null, 0);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return normalized(path, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null, 0);
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (looksBinary(bytes, offset)) {
            throw new CollectException("File contains NUL bytes and looks binary; not parsed.", null);
        }
        try {
            return normalized(path, strictUtf8(bytes, offset), null, 0);
        } catch (CharacterCodingException e) {
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
            int line = lineOfFirstInvalidByte(bytes, offset);
            String warning = "File is not valid UTF-8 (first invalid byte on line " + line
                    + "); read as ISO-8859-1. Save it as UTF-8 to silence this warning.";
            return normalized(path, text, warning, line);
        }
    }

    private static SourceText normalized(String path, String text, String warning, int warningLine) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String lf = withoutBom.indexOf('\r') < 0 ? withoutBom : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
        return new SourceText(path, lf, warning, warningLine);
    }

    private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static int lineOfFirstInvalidByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = offset;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    strictUtf8(java.util.Arrays.copyOfRange(bytes, lineStart, i), 0);
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    private static boolean looksBinary(byte[] bytes, int offset) {
        int end = Math.min(bytes.length, offset + BINARY_PROBE_BYTES);
        for (int i = offset; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
