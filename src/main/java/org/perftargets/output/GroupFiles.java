package org.perftargets.output;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A group's folder, for outputs to write in. Names are relative to it ({@code 申报表/名称.pdf}) and
 * must be safe file names ({@link SafeFileName}). A file appears under its name only when
 * complete, so a failed or killed run leaves the previous one in place.
 */
public interface GroupFiles {

    /** What writes a file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file written over several calls (a booklet whose pages come with the sheets). */
    interface Pending {
        OutputStream out();

        /** Puts the finished file in place; a file never committed is dropped at the group's end. */
        void commit() throws IOException;
    }

    void write(String name, Content content) throws IOException;

    Pending open(String name) throws IOException;
}
