package org.dossier.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests sent byte for byte, so no client normalises the path first (path-traversal tests) or
 * corrects a header (a Content-Length the body does not have).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The whole response, status line first. */
    public static String get(int port, String path) throws IOException {
        return send(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /** The whole response to {@code request} (status line, headers, blank line and any body), sent as it is. */
    public static String send(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
