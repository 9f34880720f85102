/** Story clustering on ECB+: reading the benchmark, pairwise and BCubed scores. */
package org.dossier.bench.clusters;
