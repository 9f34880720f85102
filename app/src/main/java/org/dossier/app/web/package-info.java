/**
 * The REST API and the web UI, served by one Javalin process over a workspace. Article text is
 * untrusted: every page escapes it, and the server binds to loopback unless told otherwise.
 */
package org.dossier.app.web;
