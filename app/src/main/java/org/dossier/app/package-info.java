/** The command line: picocli commands over the workspace. Nothing depends on this package. */
package org.dossier.app;
