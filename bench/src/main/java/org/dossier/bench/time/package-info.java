/** TempEval-3 timex scoring: reading TimeML files and counting strict, relaxed and value matches. */
package org.dossier.bench.time;
