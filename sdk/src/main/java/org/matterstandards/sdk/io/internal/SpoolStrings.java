package org.matterstandards.sdk.io.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Texts in the temporary files a run spools to (暂存文件中的文本): UTF-8 after its length in bytes, {@code -1} for
 * {@code null}. Unlike {@link DataOutput#writeUTF}, of any length.
 */
public final class SpoolStrings {

    private SpoolStrings() {
    }

    /**
     * @param out  where to write
     * @param text the text, or {@code null}
     * @throws IOException when writing fails
     */
    public static void write(DataOutput out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /**
     * @param in where to read
     * @return the text written by {@link #write}, or {@code null}
     * @throws IOException when reading fails or the input ends early
     */
    public static String read(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
