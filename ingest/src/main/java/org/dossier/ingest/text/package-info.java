/**
 * Plain text: strict decoding of input bytes and removal of crawl boilerplate (breadcrumbs, stamps,
 * bylines, widgets, disclaimers) so that only the article's headline and body paragraphs remain.
 */
package org.dossier.ingest.text;
