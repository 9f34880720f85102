/**
 * The REST API and the web UI, served by one Javalin process over a workspace. Pages are rendered
 * by the templates of {@code org.dossier.app.render}; article text is untrusted: the template
 * engine escapes it, and the server binds to loopback unless told otherwise.
 */
package org.dossier.app.web;
