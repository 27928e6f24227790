package org.matterstandards.sdk;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Keeps a caller's stream open when a reader closes its wrapper: whoever opened a stream closes it. */
final class NonClosingInputStream extends FilterInputStream {

    NonClosingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // The caller owns the stream.
    }
}
