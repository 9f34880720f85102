/** Scale benchmark of story clustering: time and heap to cluster 100,000 articles and add 10,000. */
package org.dossier.bench.scale;
