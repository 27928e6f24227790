package org.matterstandards.sdk.input.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens a text file in the right encoding (文本编码识别): a byte-order mark decides (UTF-8, UTF-16, GB18030); without
 * one the caller's encoding is used, else UTF-8, else GB18030 (which includes GBK) when the start of the file is valid
 * GB18030 but not valid UTF-8 — the usual case of a list saved as CSV by Excel on a Chinese Windows. Decoding is
 * strict: bytes that are not valid in the chosen encoding raise {@link CharacterCodingException} when read, never
 * turn into replacement characters.
 */
public final class TextDecoding {

    /** GB18030, which decodes GBK and GB2312 text too. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private static final int SNIFF = 1 << 16;

    /**
     * What a bad byte sequence decodes to when bad bytes are marked: U+FFFF, a noncharacter that no valid text
     * holds, unlike U+FFFD, which a record may contain on purpose.
     */
    public static final char BAD_BYTES = '\uFFFF';

    /**
     * An opened text.
     *
     * @param reader  the characters, after any byte-order mark
     * @param charset the encoding used
     * @param guessed {@code true} when GB18030 was chosen from the content alone
     */
    public record Decoded(Reader reader, Charset charset, boolean guessed) {
    }

    private TextDecoding() {
    }

    /**
     * Opens a stream.
     *
     * @param in     the bytes; closed with the reader
     * @param forced the encoding to use, {@code null} to detect it
     * @return the reader
     * @throws IOException when the stream cannot be read
     */
    public static Decoded open(InputStream in, Charset forced) throws IOException {
        return open(in, forced, false);
    }

    /**
     * Opens a stream, optionally marking bad bytes instead of failing on them.
     *
     * @param in             the bytes; closed with the reader
     * @param forced         the encoding to use, {@code null} to detect it
     * @param markBadBytes   {@code true} to turn each byte sequence that is not valid in the encoding into
     *                       {@link #BAD_BYTES}, so that only the record holding it is lost; {@code false} to fail
     * @return the reader
     * @throws IOException when the stream cannot be read
     */
    public static Decoded open(InputStream in, Charset forced, boolean markBadBytes) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF + 8);
        buffered.mark(SNIFF + 8);
        byte[] head = buffered.readNBytes(SNIFF);
        buffered.reset();
        Charset bomCharset = null;
        int bomLength = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            bomCharset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(head, 0x84, 0x31, 0x95, 0x33)) {
            bomCharset = GB18030;
            bomLength = 4;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            bomCharset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            bomCharset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        }
        buffered.skipNBytes(bomLength);
        Charset charset;
        boolean guessed = false;
        if (bomCharset != null) {
            charset = bomCharset;
        } else if (forced != null) {
            charset = forced;
        } else if (!decodes(StandardCharsets.UTF_8, head, head.length == SNIFF)
                && decodes(GB18030, head, head.length == SNIFF)) {
            charset = GB18030;
            guessed = true;
        } else {
            charset = StandardCharsets.UTF_8;
        }
        return new Decoded(new StrictReader(buffered, charset, markBadBytes), charset, guessed);
    }

    /**
     * Decodes strictly, and hands out every character before a bad byte sequence before it fails, so that the
     * failure is raised while the row that holds the bad bytes is read, and that row can be named.
     */
    private static final class StrictReader extends Reader {

        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
        private CharacterCodingException failure;
        private boolean endOfInput;
        private boolean flushed;

        StrictReader(InputStream in, Charset charset, boolean markBadBytes) {
            this.in = in;
            CodingErrorAction action = markBadBytes ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
            this.decoder = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
            if (markBadBytes) {
                decoder.replaceWith(String.valueOf(BAD_BYTES));
            }
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (failure != null) {
                throw failure;
            }
            if (flushed) {
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (true) {
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                int count = out.position() - offset;
                if (result.isError()) {
                    failure = result.isMalformed()
                            ? new java.nio.charset.MalformedInputException(result.length())
                            : new java.nio.charset.UnmappableCharacterException(result.length());
                    if (count > 0) {
                        return count;
                    }
                    throw failure;
                }
                if (result.isOverflow()) {
                    return count;
                }
                if (endOfInput) {
                    if (!flushed) {
                        flushed = true;
                        decoder.flush(out);
                        count = out.position() - offset;
                    }
                    return count > 0 ? count : -1;
                }
                if (count > 0) {
                    return count;
                }
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * Whether bytes begin with a prefix: a byte-order mark, a container's magic number.
     *
     * @param bytes  the first bytes of a file
     * @param prefix the expected bytes, each 0–255
     * @return {@code true} when the bytes begin with the prefix
     */
    public static boolean startsWith(byte[] bytes, int... prefix) {
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

    /** Whether bytes decode cleanly; a sequence cut off at the end of a partial buffer does not count against them. */
    private static boolean decodes(Charset charset, byte[] bytes, boolean partial) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 16);
        CoderResult result = decoder.decode(input, output, !partial);
        if (result.isError()) {
            return false;
        }
        return partial || !decoder.flush(output).isError();
    }
}
