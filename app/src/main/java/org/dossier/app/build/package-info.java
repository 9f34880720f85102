/**
 * The build: input files to stored, analysed, clustered and consolidated stories, in one
 * workspace transaction per build.
 */
package org.dossier.app.build;
