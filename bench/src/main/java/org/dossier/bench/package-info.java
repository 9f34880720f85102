/** Accuracy evaluation over the shared benchmark sets, printed beside reference tools' scores; throughput benchmarks. */
package org.dossier.bench;
