/**
 * Saved web pages to main text and metadata: charset sniffing, metadata from meta tags and JSON-LD,
 * and boilerplate removal by scoring the page's text blocks (jsoup).
 */
package org.dossier.ingest.html;
