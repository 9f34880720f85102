package org.dossier.story.cluster;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** How a {@link ClusterState} format writes its strings. */
enum StateStrings {

    /** Version 5: {@link DataOutputStream#writeUTF}, at most 65,535 bytes a string. */
    MODIFIED_UTF8 {
        @Override
        void write(DataOutputStream out, String s) throws IOException {
            out.writeUTF(s);
        }

        @Override
        String read(DataInputStream in) throws IOException {
            return in.readUTF();
        }
    },

    /** Version 6 on: the UTF-8 byte count, then the bytes; any length. */
    LENGTH_PREFIXED {
        @Override
        void write(DataOutputStream out, String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        @Override
        String read(DataInputStream in) throws IOException {
            int length = in.readInt();
            if (length < 0) {
                throw new IOException("string of negative length " + length);
            }
            // Read in chunks: a damaged length must not allocate gigabytes up front.
            byte[] bytes = in.readNBytes(length);
            if (bytes.length < length) {
                throw new EOFException("string of " + length + " bytes cut after " + bytes.length);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    };

    abstract void write(DataOutputStream out, String s) throws IOException;

    abstract String read(DataInputStream in) throws IOException;

    /** The strings of format {@code version}. */
    static StateStrings of(byte version) {
        return version <= 5 ? MODIFIED_UTF8 : LENGTH_PREFIXED;
    }
}
