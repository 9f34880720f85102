/** Throughput and memory of the whole article analysis, one thread and all cores. */
package org.dossier.bench.throughput;
